#include "text/normalize.h"

#include <gtest/gtest.h>
#include <xxhash.h>

#include <string>
#include <utility>

namespace dyad {
namespace {

std::string Norm(std::string s) {
  NormalizeText(&s);
  return s;
}

TEST(NormalizeTest, AsciiAlreadyNormalIsUnchanged) {
  EXPECT_EQ(Norm("Rebels freed two hostages.\n\nThe army said so."),
            "Rebels freed two hostages.\n\nThe army said so.");
  EXPECT_EQ(Norm(""), "");
}

// The ASCII check skips 32- and 16-byte windows and then 8-byte words at
// once, carrying a space at the end of one into the next: a double space,
// a space before a line break, a control byte or a byte >= 0x7F at any
// position relative to those windows and words (inside one, across two,
// in the bytes after the last) must still send the text through
// normalisation. 90 bytes are two 32-byte windows, one of 16, one 8-byte
// word and 2 bytes for the byte loop; spaces every 2 to 9 bytes put spaces
// at every position of a window and a word.
TEST(NormalizeTest, AsciiCheckCatchesEveryPosition) {
  for (size_t every = 2; every <= 9; ++every) {
    std::string normal(90, 'x');
    for (size_t k = every - 1; k + 1 < normal.size(); k += every) normal[k] = ' ';  // single spaces are normal
    EXPECT_EQ(Norm(normal), normal) << "a space every " << every;
    // The last is a decomposed "é" (e and U+0301), which NFC composes: the
    // check must not pass bytes >= 0x80.
    for (std::string bad : {"  ", " \n", "\t", "\x7f", "\x01", "e\xcc\x81"}) {
      for (size_t pos = 1; pos + bad.size() < 89; ++pos) {
        std::string s = normal;
        s.replace(pos, bad.size(), bad);
        if (s[pos - 1] == ' ' || s[pos + bad.size()] == ' ') continue;  // keep the rest normal
        std::string out = s;
        NormalizeText(&out);
        EXPECT_NE(out, s) << "bad bytes at " << pos << ", a space every " << every;
        EXPECT_EQ(out.find("  "), std::string::npos);
        EXPECT_EQ(out.find(" \n"), std::string::npos);
      }
    }
  }
  std::string normal = "Officials met on Tuesday in the capital, a spokesman said.";
  std::string out = normal;
  NormalizeText(&out);
  EXPECT_EQ(out, normal);
}

TEST(NormalizeTest, ComposesDecomposedAccents) {
  EXPECT_EQ(Norm("Bogota\u0301 talks"), "Bogot\u00e1 talks");
  EXPECT_EQ(Norm("Bogota\u0301"), Norm("Bogot\u00e1"));
}

TEST(NormalizeTest, LineEndings) {
  EXPECT_EQ(Norm("First line.\r\n\r\nSecond line.\r\n"), "First line.\n\nSecond line.");
  EXPECT_EQ(Norm("First line.\r\rSecond line."), "First line.\n\nSecond line.");
}

TEST(NormalizeTest, SpacesAndInvisibleCharacters) {
  EXPECT_EQ(Norm("the\u00a0minister\u2009said"), "the minister said");
  EXPECT_EQ(Norm("  two   spaces\tand tab  "), "two spaces and tab");
  EXPECT_EQ(Norm("peace\u00adkeeping\u200b force\ufeff"), "peacekeeping force");
  EXPECT_EQ(Norm("line end   \n\nnext"), "line end\n\nnext");
}

TEST(NormalizeTest, KeepsQuotesAndDashes) {
  std::string s = "\u201cNo,\u201d he said \u2014 \u00abnunca\u00bb \u2013 \u2212 5";
  EXPECT_EQ(Norm(s), s);
  EXPECT_EQ(Norm("cease\u2010fire"), "cease-fire");
}

TEST(NormalizeTest, ParagraphBreaks) {
  EXPECT_EQ(Norm("One.\n\n\n\nTwo."), "One.\n\nTwo.");
  EXPECT_EQ(Norm("One.\n  \n \nTwo."), "One.\n\nTwo.");
  // Hard-wrapped line: joined.
  EXPECT_EQ(Norm("The rebels said they would\nrelease the hostages."),
            "The rebels said they would release the hostages.");
  // A line that ends a sentence followed by a new sentence: new paragraph.
  EXPECT_EQ(Norm("Talks ended.\nThe rebels left."), "Talks ended.\n\nThe rebels left.");
  // A headline line above the body.
  EXPECT_EQ(Norm("Rebels Free Hostages\nThe rebels freed them."), "Rebels Free Hostages\n\nThe rebels freed them.");
  // Not the first line: a capitalised name after a wrap (a line of wrapping
  // length, 60-100 bytes) stays joined.
  EXPECT_EQ(Norm("Talks ended.\n\nDelegates of the two countries said on Tuesday that they met with\n"
                 "President Smith."),
            "Talks ended.\n\nDelegates of the two countries said on Tuesday that they met with "
            "President Smith.");
  // A short line with no final punctuation above a capitalised one is a
  // headline or dateline, wherever it stands.
  EXPECT_EQ(Norm("Talks ended.\n\nDecember 10, 2013\nThe rebels left."),
            "Talks ended.\n\nDecember 10, 2013\n\nThe rebels left.");
  // A line too long to be a wrap, or followed by one, ends its paragraph.
  const std::string lead(120, 'x');
  EXPECT_EQ(Norm("Talks ended.\n\nA subtitle that is long enough to look like a wrapped line of copy\nThe " + lead),
            "Talks ended.\n\nA subtitle that is long enough to look like a wrapped line of copy\n\nThe " + lead);
  // Lower case after the break: a wrap, whatever the lengths.
  EXPECT_EQ(Norm("Talks ended.\n\nThe rebels\nleft."), "Talks ended.\n\nThe rebels left.");
  EXPECT_EQ(Norm("Demands:\n- a truce"), "Demands:\n\n- a truce");
  EXPECT_EQ(Norm("para\u2029next"), "para\n\nnext");
}

// Wire services indent paragraphs and wrap lines flush left (AFP's Spanish
// service, Reuters' originals): an indented line starts a paragraph, so a
// headline's verb and the lead's never meet in one sentence.
TEST(NormalizeTest, IndentedLineStartsParagraph) {
  EXPECT_EQ(Norm("PROTESTAN LOS MAESTROS\n   La huelga de los docentes entra en su tercera semana y los\n"
                 "sindicatos anuncian nuevas marchas.\n   El gobierno no responde."),
            "PROTESTAN LOS MAESTROS\n\nLa huelga de los docentes entra en su tercera semana y los "
            "sindicatos anuncian nuevas marchas.\n\nEl gobierno no responde.");
  // Even a lower-case start: indentation is the paragraph mark.
  EXPECT_EQ(Norm("Resumen\n\tel texto sigue"), "Resumen\n\nel texto sigue");
  // A trailing space before the break is not indentation.
  EXPECT_EQ(Norm("Los obreros de la empresa estatal marcharon el lunes hacia el centro de \nla capital."),
            "Los obreros de la empresa estatal marcharon el lunes hacia el centro de la capital.");
}

TEST(NormalizeTest, WideGapsInsideALineAreLayout) {
  EXPECT_EQ(Norm("MIAMI:   EXILIADOS PROTESTAN   Con gritos y pancartas, los exiliados marcharon."),
            "MIAMI:\n\nEXILIADOS PROTESTAN\n\nCon gritos y pancartas, los exiliados marcharon.");
  EXPECT_EQ(Norm("Rubber    130.00    132.00"), "Rubber\n\n130.00\n\n132.00");
  // Two spaces are a typing habit; a lower-case word after a wide gap, a slip.
  EXPECT_EQ(Norm("He left.  The talks   continued."), "He left. The talks continued.");
}

TEST(NormalizeTest, ContentHash) {
  std::string h = ContentHash("abc");
  EXPECT_EQ(h.size(), 32u);
  EXPECT_EQ(h, ContentHash("abc"));
  EXPECT_NE(h, ContentHash("abd"));
  for (char c : h) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << h;
  // Stable across builds and machines: XXH3-128 of the empty string.
  EXPECT_EQ(ContentHash(""), "99aa06d3014798d86001c324468d497f");
}

// The normaliser leaves the content hash to the store's path (CodeArticle,
// RunnerTest.ContentHashOnlyForTheStore); two spellings of one text still
// hash alike once normalised.
TEST(NormalizeTest, NormalizerLeavesTheHashForTheStore) {
  Normalizer n;
  EXPECT_EQ(n.name(), "normalize");
  Doc a, b;
  a.article.text = "Bogota\u0301\r\nsaid  no.";
  a.article.title = "Two\nLines";
  b.article.text = "Bogot\u00e1 said no.";
  n.Run(a);
  n.Run(b);
  EXPECT_EQ(a.article.text, "Bogot\u00e1 said no.");
  EXPECT_EQ(a.article.title, "Two Lines");
  EXPECT_TRUE(a.article.content_hash.empty());
  EXPECT_TRUE(b.article.content_hash.empty());
  EXPECT_EQ(ContentHash(a.article.text), ContentHash(b.article.text));
}

// A title comes out as one line with single spaces whether or not it had a
// line break: the loop that joins lines runs only when there is one, and
// relies on NormalizeText for runs of spaces.
TEST(NormalizeTest, NormalizerMakesTitleOneLine) {
  Normalizer n;
  const std::pair<std::string, std::string> cases[] = {
      {"Rebels\n\nfree  two   hostages\t", "Rebels free two hostages"},
      {"Army   Says Talks  Failed", "Army Says Talks Failed"},  // three spaces read as a paragraph break
      {"Ceasefire holds\nin the north", "Ceasefire holds in the north"},
      {"  Plain title ", "Plain title"},
      {"Plain title", "Plain title"},
  };
  for (const auto& [in, want] : cases) {
    Doc d;
    d.article.title = in;
    n.Run(d);
    EXPECT_EQ(d.article.title, want) << in;
  }
}

// ContentHash is the XXH3-128 digest of the text as libxxhash computes it,
// in canonical (big-endian) hex, for short texts and for the long ones
// hashed with the AVX2 kernel alike: stored articles are deduplicated by it.
TEST(ContentHashTest, SameDigestAsLibxxhash) {
  std::string text;
  for (int i = 0; text.size() < 6000; ++i) text += "Line " + std::to_string(i * 7919 % 1000) + " of the wire copy. ";
  for (size_t size : {size_t{0}, size_t{17}, size_t{239}, size_t{1023}, size_t{1024}, size_t{4097}, text.size()}) {
    const std::string_view s(text.data(), size);
    XXH128_canonical_t c;
    XXH128_canonicalFromHash(&c, XXH3_128bits(s.data(), s.size()));
    std::string hex;
    for (unsigned char byte : c.digest) {
      hex += "0123456789abcdef"[byte >> 4];
      hex += "0123456789abcdef"[byte & 15];
    }
    EXPECT_EQ(ContentHash(s), hex) << size;
  }
}

}  // namespace
}  // namespace dyad
