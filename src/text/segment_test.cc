#include "text/segment.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "config/paths.h"
#include "model/token_hash_inline.h"
#include "text/normalize.h"
#include "time/timex.h"

namespace dyad {
namespace {

using ::testing::ElementsAre;

class SegmentTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    segmenter_ = Segmenter::Load(std::string(dyad::SourceDir()) + "/data/text/abbreviations.en.txt", &error).release();
    ASSERT_NE(segmenter_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete segmenter_;
    segmenter_ = nullptr;
  }

  // Segments `text` into doc_ and returns the token surfaces.
  std::vector<std::string> Tokens(const std::string& text) {
    Segment(text);
    std::vector<std::string> out;
    for (const Token& t : doc_.tokens) out.emplace_back(doc_.text(t.span));
    return out;
  }
  std::vector<std::string> Sentences(const std::string& text) {
    Segment(text);
    std::vector<std::string> out;
    for (const Sentence& s : doc_.sentences) out.emplace_back(doc_.text(s.span));
    return out;
  }
  void Segment(const std::string& text) {
    doc_.Clear();
    doc_.article.text = text;
    segmenter_->Run(doc_);
  }
  const Token& Find(std::string_view surface) {
    for (const Token& t : doc_.tokens) {
      if (doc_.text(t.span) == surface) return t;
    }
    ADD_FAILURE() << "no token " << surface;
    static Token none;
    return none;
  }

  static Segmenter* segmenter_;
  Doc doc_;
};

// The fast paths must build the token the general rules build, field by
// field: every stage after the segmenter reads these fields.
void ExpectSameToken(const Token& t, const Token& general, const std::string& label) {
  EXPECT_EQ(t.span.begin, general.span.begin) << label;
  EXPECT_EQ(t.span.end, general.span.end) << label;
  EXPECT_EQ(t.lower, general.lower) << label;
  EXPECT_EQ(t.lower_hash, general.lower_hash) << label;
  EXPECT_EQ(t.lemma, general.lemma) << label;
  EXPECT_EQ(t.lemma_hash, general.lemma_hash) << label;
  EXPECT_EQ(t.flags, general.flags) << label;
  EXPECT_EQ(t.finder, general.finder) << label;
}

Segmenter* SegmentTest::segmenter_ = nullptr;

TEST_F(SegmentTest, Basics) {
  EXPECT_EQ(segmenter_->name(), "segment");
  EXPECT_GT(segmenter_->num_abbreviations(), 50u);
  EXPECT_THAT(Tokens("Rebels freed 12 hostages, officials said."),
              ElementsAre("Rebels", "freed", "12", "hostages", ",", "officials", "said", "."));
  EXPECT_TRUE(Tokens("").empty());
  EXPECT_TRUE(doc_.sentences.empty());
}

TEST_F(SegmentTest, LowerAndHashes) {
  Tokens("NATO troops left Kabul");
  const Token& nato = doc_.tokens[0];
  EXPECT_EQ(nato.lower, "nato");
  EXPECT_EQ(nato.lower_hash, TokenHash("nato"));
  EXPECT_EQ(nato.lemma, "nato");
  EXPECT_EQ(nato.lemma_hash, nato.lower_hash);
  EXPECT_EQ(nato.tag, Tag::kNone);
  EXPECT_TRUE(nato.has(kAllCaps));
  EXPECT_TRUE(nato.has(kCapitalized));
  EXPECT_TRUE(nato.has(kSentenceStart));
  EXPECT_TRUE(nato.has(kParagraphStart));
  EXPECT_FALSE(nato.has(kSpaceBefore));
  const Token& troops = doc_.tokens[1];
  EXPECT_TRUE(troops.has(kSpaceBefore));
  EXPECT_FALSE(troops.has(kCapitalized));
  // Lower-case ASCII words point into the text: no copy.
  EXPECT_EQ(troops.lower.data(), doc_.article.text.data() + troops.span.begin);
  EXPECT_FALSE(doc_.tokens[3].has(kAllCaps));
}

// Words of one or two letters take their hash from the segmenter's table
// (lower-case and capitalised, on the fast path and the general one: "of"
// before a period), which must give TokenHash's value for every such word;
// three letters and other shapes are hashed as before.
TEST_F(SegmentTest, ShortWordHashesFromTheTable) {
  std::string text;
  std::vector<std::string> words;
  for (char a = 'a'; a <= 'z'; ++a) {
    words.push_back(std::string(1, a));
    words.push_back(std::string(1, static_cast<char>(a - 'a' + 'A')));
    for (char b = 'a'; b <= 'z'; ++b) {
      words.push_back(std::string{a, b});
      words.push_back(std::string{static_cast<char>(a - 'a' + 'A'), b});
    }
  }
  for (const std::string& w : words) text += w + " ";
  text += "of. Zy, oz; abc Mx";
  Tokens(text);
  ASSERT_EQ(doc_.tokens.size(), words.size() + 8);
  for (const Token& t : doc_.tokens) {
    std::string low(doc_.text(t.span));
    for (char& c : low) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    EXPECT_EQ(t.lower, low) << doc_.text(t.span);
    EXPECT_EQ(t.lower_hash, TokenHash(low)) << doc_.text(t.span);
    EXPECT_EQ(t.lemma_hash, t.lower_hash) << doc_.text(t.span);
  }
}

// Scan takes runs of lower-case letters eight bytes at a time; these words
// are longer than eight bytes and end at each kind of byte that must stop
// such a run (space, apostrophe, digit, hyphen, comma, capital, UTF-8), and
// at the end of the paragraph and the text, where fewer than eight bytes
// are left.
TEST_F(SegmentTest, LongLowerCaseWords) {
  EXPECT_THAT(Tokens("internationalisation counterinsurgency's peacekeepers2 ceasefire-monitoring "
                     "mediators, negotiationsZ negociaci\xC3\xB3n\n\nreconstruction\n\nreconstructionagreement"),
              ElementsAre("internationalisation", "counterinsurgency", "'s", "peacekeepers2", "ceasefire-monitoring",
                          "mediators", ",", "negotiationsZ", "negociaci\xC3\xB3n", "reconstruction",
                          "reconstructionagreement"));
  const Token& word = Find("internationalisation");
  EXPECT_EQ(word.lower.data(), doc_.article.text.data() + word.span.begin);
  EXPECT_EQ(word.lower_hash, TokenHash("internationalisation"));
  EXPECT_EQ(word.lemma_hash, word.lower_hash);
  EXPECT_EQ(word.flags, kSentenceStart | kParagraphStart | kPlainCase);
  const Token& last = Find("reconstructionagreement");
  EXPECT_EQ(last.lower, "reconstructionagreement");
  EXPECT_TRUE(last.has(kParagraphStart));
  EXPECT_TRUE(last.has(kSpaceBefore));  // after the blank line
  EXPECT_EQ(Find("negotiationsZ").lower, "negotiationsz");
  EXPECT_FALSE(Find("peacekeepers2").has(kNumber));
  EXPECT_TRUE(Find("mediators").has(kSpaceBefore));
}

TEST_F(SegmentTest, DottedAbbreviations) {
  EXPECT_THAT(Tokens("The U.S. and the U.N. met at 9 a.m. today."),
              ElementsAre("The", "U.S.", "and", "the", "U.N.", "met", "at", "9", "a.m.", "today", "."));
  EXPECT_TRUE(Find("U.S.").has(kAbbreviation));
  EXPECT_TRUE(Find("U.S.").has(kCapitalized));
  EXPECT_EQ(Find("U.S.").lower, "u.s.");
  EXPECT_EQ(doc_.sentences.size(), 1u);
  EXPECT_THAT(Tokens("a U.S.-led force"), ElementsAre("a", "U.S.-led", "force"));
  EXPECT_TRUE(Find("U.S.-led").has(kHyphen));
}

TEST_F(SegmentTest, KnownAbbreviationsDoNotSplit) {
  EXPECT_THAT(Sentences("The vote is on Sept. 26 in the capital. Gen. Smith and Mr. Petro met on Jan. 3."),
              ElementsAre("The vote is on Sept. 26 in the capital.", "Gen. Smith and Mr. Petro met on Jan. 3."));
  EXPECT_TRUE(Find("Sept.").has(kAbbreviation));
  EXPECT_TRUE(Find("Mr.").has(kAbbreviation));
  EXPECT_THAT(Sentences("He lives at No. 10 Downing Street. He moved to St. Louis."),
              ElementsAre("He lives at No. 10 Downing Street.", "He moved to St. Louis."));
  EXPECT_TRUE(Find("No.").has(kAbbreviation));
  // "No." before a non-number is a word and a period.
  EXPECT_THAT(Tokens("She said No. Then she left."), ElementsAre("She", "said", "No", ".", "Then", "she", "left", "."));
  EXPECT_EQ(doc_.sentences.size(), 2u);
}

TEST_F(SegmentTest, InitialsDoNotSplit) {
  EXPECT_THAT(Sentences("J. R. Smith arrived. He spoke."), ElementsAre("J. R. Smith arrived.", "He spoke."));
  EXPECT_TRUE(Find("J.").has(kAbbreviation));
}

TEST_F(SegmentTest, USAtSentenceEnd) {
  EXPECT_THAT(Sentences("Petro criticized the U.S. The embassy declined to comment."),
              ElementsAre("Petro criticized the U.S.", "The embassy declined to comment."));
  EXPECT_THAT(Sentences("Officials met U.S. President Trump on Monday."),
              ElementsAre("Officials met U.S. President Trump on Monday."));
  EXPECT_THAT(Sentences("Shares of Acme Inc. rose. Acme Inc. It said so."),
              ElementsAre("Shares of Acme Inc. rose.", "Acme Inc.", "It said so."));
}

TEST_F(SegmentTest, Clitics) {
  EXPECT_THAT(Tokens("Colombia's president don't can't won't they're I'm"),
              ElementsAre("Colombia", "'s", "president", "do", "n't", "ca", "n't", "wo", "n't", "they", "'re", "I",
                          "'m"));
  EXPECT_FALSE(Find("'s").has(kSpaceBefore));
  EXPECT_THAT(Tokens("O'Brien visited Cote d'Ivoire's capital"),
              ElementsAre("O'Brien", "visited", "Cote", "d'Ivoire", "'s", "capital"));
  // Curly apostrophes split the same way and lower to the straight form.
  EXPECT_THAT(Tokens("Petro\u2019s aides don\u2019t"), ElementsAre("Petro", "\u2019s", "aides", "do", "n\u2019t"));
  EXPECT_EQ(doc_.tokens[1].lower, "'s");
  EXPECT_EQ(doc_.tokens[4].lower, "n't");
  EXPECT_EQ(doc_.tokens[4].lower_hash, TokenHash("n't"));
  EXPECT_THAT(Tokens("DON'T"), ElementsAre("DO", "N'T"));
}

TEST_F(SegmentTest, HyphensNumbersAndPunctuation) {
  EXPECT_THAT(Tokens("pro-Palestinian protesters -- about 1,500 -- paid $3.5 million (10%) at 10:30... Why?!"),
              ElementsAre("pro-Palestinian", "protesters", "--", "about", "1,500", "--", "paid", "$", "3.5", "million",
                          "(", "10", "%", ")", "at", "10:30", "...", "Why", "?", "!"));
  EXPECT_TRUE(Find("pro-Palestinian").has(kHyphen));
  EXPECT_TRUE(Find("1,500").has(kNumber));
  EXPECT_TRUE(Find("3.5").has(kNumber));
  EXPECT_TRUE(Find("$").has(kPunct));
  EXPECT_FALSE(Find("1,500").has(kPunct));
  EXPECT_THAT(Tokens("In 2025, AT&T sold 1980s gear."),
              ElementsAre("In", "2025", ",", "AT&T", "sold", "1980s", "gear", "."));
  EXPECT_TRUE(Find("2025").has(kNumber));
  EXPECT_FALSE(Find("1980s").has(kNumber));
}

TEST_F(SegmentTest, UrlsAndHandles) {
  EXPECT_THAT(Tokens("See https://example.org/a?b=1. Or www.example.com, or reuters.com/world."),
              ElementsAre("See", "https://example.org/a?b=1", ".", "Or", "www.example.com", ",", "or",
                          "reuters.com/world", "."));
  EXPECT_TRUE(Find("https://example.org/a?b=1").has(kUrl));
  EXPECT_TRUE(Find("reuters.com/world").has(kUrl));
  EXPECT_THAT(Tokens("Write to press.office@example.org or @petro_g about #Paz2025."),
              ElementsAre("Write", "to", "press.office@example.org", "or", "@petro_g", "about", "#Paz2025", "."));
  EXPECT_TRUE(Find("press.office@example.org").has(kUrl));
  EXPECT_TRUE(Find("@petro_g").has(kHandle));
  EXPECT_TRUE(Find("#Paz2025").has(kHandle));
  // A missing space after a period is not a domain.
  EXPECT_THAT(Tokens("It ended.The talks"), ElementsAre("It", "ended", ".", "The", "talks"));
}

// Scan's start-byte fast paths take a word of 'a'..'z' or a capital and
// 'a'..'z' ended by a space or plain punctuation, and one-byte punctuation;
// every other shape must reach the general path. These are the boundaries:
// URL prefixes in any case against words that only start like them, words
// that go on past their letters, and the paragraph's end.
TEST_F(SegmentTest, StartByteFastPathsAndTheirBoundaries) {
  EXPECT_THAT(Tokens("HTTP://UN.ORG/x Www.un.org wwf htmlish hTtps://a.org he with"),
              ElementsAre("HTTP://UN.ORG/x", "Www.un.org", "wwf", "htmlish", "hTtps://a.org", "he", "with"));
  EXPECT_TRUE(Find("HTTP://UN.ORG/x").has(kUrl));
  EXPECT_TRUE(Find("Www.un.org").has(kUrl));
  EXPECT_FALSE(Find("wwf").has(kUrl));
  EXPECT_EQ(Find("htmlish").lower.data(), doc_.article.text.data() + Find("htmlish").span.begin);
  // "www." is a URL prefix even before a space, so "www" is a URL token
  // (UrlTail gives the period back); a fast path for words before a period
  // must leave it to the URL rule.
  EXPECT_THAT(Tokens("see www. now"), ElementsAre("see", "www", ".", "now"));
  EXPECT_TRUE(Find("www").has(kUrl));
  EXPECT_THAT(Tokens("Minister's Reuters-led Bogot\xC3\xA1 Gen. A J. Wu2 Ab;Cd"),
              ElementsAre("Minister", "'s", "Reuters-led", "Bogot\xC3\xA1", "Gen.", "A", "J.", "Wu2", "Ab", ";",
                          "Cd"));
  const Token& a = Find("A");
  EXPECT_EQ(a.flags, kCapitalized | kSpaceBefore | kPlainCase);
  EXPECT_EQ(a.lower, "a");
  EXPECT_EQ(a.lower_hash, TokenHash("a"));
  const Token& cd = Find("Cd");  // at the paragraph's end, after punctuation
  EXPECT_EQ(cd.flags, kCapitalized | kPlainCase);
  EXPECT_EQ(cd.lower, "cd");
  EXPECT_EQ(cd.lower_hash, TokenHash("cd"));
  EXPECT_FALSE(Find("Wu2").has(kNumber));
  EXPECT_EQ(Find("Wu2").lower, "wu2");
  // Numbers of digits only and lone periods have fast paths too; a digit
  // run followed by a comma, period, colon, hyphen, letter or apostrophe
  // is not one, nor is a period followed by another.
  EXPECT_THAT(Tokens("In 2025, 12 of 30 (1,500.5 at 10:30) 5-0 3rd 1990's 7. Then.. end...\n\n42"),
              ElementsAre("In", "2025", ",", "12", "of", "30", "(", "1,500.5", "at", "10:30", ")", "5-0", "3rd",
                          "1990", "'s", "7", ".", "Then", ".", ".", "end", "...", "42"));
  // Every number may start a time expression (kTimeCue).
  EXPECT_EQ(Find("2025").flags & ~kSentenceStart, kNumber | kTimeCue | kSpaceBefore | kPlainCase);
  EXPECT_EQ(Find("2025").lower_hash, TokenHash("2025"));
  EXPECT_EQ(Find("42").flags & ~(kSentenceStart | kParagraphStart), kNumber | kTimeCue | kSpaceBefore | kPlainCase);
  EXPECT_FALSE(Find("3rd").has(kNumber));
  EXPECT_EQ(Find("7").flags & ~kSentenceStart, kNumber | kTimeCue | kSpaceBefore | kPlainCase);
  EXPECT_EQ(doc_.tokens[16].lower_hash, TokenHash("."));
  EXPECT_EQ(doc_.tokens[16].flags & ~kSentenceStart, kPunct | kPlainCase);
  // kSpaceBefore after each kind of gap: none, one space, several, a tab, a
  // no-break space, a blank line (the paragraph's first token), and none
  // after a word whose following space the fast path skipped.
  Tokens("aa,bb  Cc\t;\xC2\xA0" "dd\xC2\xA0" "Ee;\n\nff (gg)");
  const uint16_t expected[] = {0, 0, 0, kSpaceBefore, kSpaceBefore, kSpaceBefore, kSpaceBefore, 0,
                               kSpaceBefore, kSpaceBefore, 0, 0};
  ASSERT_EQ(doc_.tokens.size(), std::size(expected));
  for (size_t k = 0; k < doc_.tokens.size(); ++k) {
    EXPECT_EQ(doc_.tokens[k].flags & kSpaceBefore, expected[k]) << doc_.text(doc_.tokens[k].span);
  }
  // The same gaps after one-byte punctuation, whose following space Scan
  // skips as it does after a word: one space, two, a tab, none, a
  // no-break space, a comma ending the paragraph; the token after the gap
  // keeps its own bytes and kSpaceBefore.
  Tokens("xx, yy,  zz,\tww,vv; Uu ,\xC2\xA0tt ,");
  const std::vector<std::string> surfaces = {"xx", ",", "yy", ",", "zz", ",", "ww", ",", "vv", ";", "Uu", ",", "tt", ","};
  const uint16_t after_punct[] = {0, 0, kSpaceBefore, 0, kSpaceBefore, 0, kSpaceBefore, 0, 0, 0,
                                  kSpaceBefore, kSpaceBefore, kSpaceBefore, kSpaceBefore};
  ASSERT_EQ(doc_.tokens.size(), surfaces.size());
  for (size_t k = 0; k < doc_.tokens.size(); ++k) {
    EXPECT_EQ(doc_.text(doc_.tokens[k].span), surfaces[k]) << k;
    EXPECT_EQ(doc_.tokens[k].flags & kSpaceBefore, after_punct[k]) << k << " " << surfaces[k];
  }
  // Every one-byte punctuation token: kPunct, its own hash, lower = surface.
  const std::string punct = "!$%()*+,/;<=>?[\\]^_{|}~&:";
  std::string text;
  for (char c : punct) text += std::string("x ") + c;
  Tokens(text);
  ASSERT_EQ(doc_.tokens.size(), 2 * punct.size());
  for (size_t k = 0; k < punct.size(); ++k) {
    const Token& t = doc_.tokens[2 * k + 1];
    const std::string_view surface(&punct[k], 1);
    EXPECT_EQ(doc_.text(t.span), surface);
    EXPECT_EQ(t.lower, surface);
    EXPECT_EQ(t.lower_hash, TokenHash(surface)) << surface;
    EXPECT_EQ(t.lemma_hash, t.lower_hash);
    EXPECT_EQ(t.flags & ~kSentenceStart, kPunct | kSpaceBefore | kPlainCase) << surface;
  }
}

// A word of letters before a period that is not its own ("said.",
// "Wednesday.") has a fast path in Scan; the same word before a semicolon
// takes the older one. Both must give the same token, and the period must
// be a token of its own that ends the sentence. Words whose period may be
// theirs (abbreviations, initials, "a.m.", domains, "www.") are not taken.
TEST_F(SegmentTest, WordBeforePeriodFastAndOtherPathsAlike) {
  for (const char* w : {"said", "a", "i", "it", "to", "war", "year", "Reuters", "Monday", "today", "May", "Of",
                        "internationally", "Counterinsurgency"}) {
    Tokens(std::string("x ") + w + ";");
    ASSERT_EQ(doc_.tokens.size(), 3u) << w;
    const Token other = doc_.tokens[1];
    EXPECT_THAT(Tokens(std::string("x ") + w + ". Then"), ElementsAre("x", w, ".", "Then"));
    const Token& t = doc_.tokens[1];
    EXPECT_EQ(t.span.size(), other.span.size()) << w;
    EXPECT_EQ(t.lower, other.lower) << w;
    EXPECT_EQ(t.lower_hash, other.lower_hash) << w;
    EXPECT_EQ(t.lower_hash, TokenHash(t.lower)) << w;
    EXPECT_EQ(t.lemma, other.lemma) << w;
    EXPECT_EQ(t.lemma_hash, other.lemma_hash) << w;
    EXPECT_EQ(t.flags, other.flags) << w;
    EXPECT_EQ(doc_.tokens[2].flags, kPunct | kPlainCase) << w;
    ASSERT_EQ(doc_.sentences.size(), 2u) << w;
    EXPECT_EQ(doc_.sentences[1].tokens.begin, 3u) << w;
  }
  // At the paragraph's end, and before a blank line.
  EXPECT_THAT(Sentences("He said.\n\nShe left."), ElementsAre("He said.", "She left."));
  EXPECT_EQ(doc_.tokens.size(), 6u);
  // The period is the word's: listed abbreviations (either case), lone
  // capitals, and a "num" abbreviation before a number only.
  EXPECT_THAT(Tokens("Gen. Lee, Mr. Wu, etc. J. Doe A. Bo no. 5 and said no. Then"),
              ElementsAre("Gen.", "Lee", ",", "Mr.", "Wu", ",", "etc.", "J.", "Doe", "A.", "Bo", "no.", "5", "and",
                          "said", "no", ".", "Then"));
  EXPECT_TRUE(Find("etc.").has(kAbbreviation));
  EXPECT_TRUE(Find("A.").has(kAbbreviation));
  EXPECT_FALSE(Find("no").has(kAbbreviation));
  // A second period: no abbreviation ("Gen..." is "Gen" and "...").
  EXPECT_THAT(Tokens("Gen... said.. end"), ElementsAre("Gen", "...", "said", ".", ".", "end"));
  EXPECT_EQ(Find("Gen").flags & ~(kSentenceStart | kParagraphStart), kCapitalized | kPlainCase);
  // A letter or digit after the period: dotted letters, domains, and a
  // missing space, all by the general rules.
  EXPECT_THAT(Tokens("at 9 a.m. see un.org or end.it and x.5"),
              ElementsAre("at", "9", "a.m.", "see", "un.org", "or", "end", ".", "it", "and", "x", ".", "5"));
  EXPECT_TRUE(Find("un.org").has(kUrl));
  // URL prefixes stay with the URL rule, look-alikes do not.
  EXPECT_THAT(Tokens("go www. or http. wwf. htm."), ElementsAre("go", "www", ".", "or", "http", ".", "wwf", ".",
                                                                "htm", "."));
  EXPECT_TRUE(Find("www").has(kUrl));
  EXPECT_FALSE(Find("http").has(kUrl));
  EXPECT_FALSE(Find("wwf").has(kUrl));
}

// A letter word and the clitic "'s" before a space, a comma or plain
// punctuation ("China's ") have a fast path in Scan; before a period they
// take the general rules. Both must give the same two tokens.
TEST_F(SegmentTest, PossessiveSFastAndGeneralAlike) {
  for (const char* w : {"China", "country", "it", "a", "I", "Monday", "today", "Counterinsurgency"}) {
    EXPECT_THAT(Tokens(std::string("x ") + w + "'s."), ElementsAre("x", w, "'s", ".")) << w;
    const std::vector<Token> general = doc_.tokens;
    for (const char* after : {" y", ",", ";", ")", "\"", ""}) {
      EXPECT_EQ(Tokens(std::string("x ") + w + "'s" + after)[2], "'s") << w << after;
      for (size_t k : {1, 2}) {
        const Token& t = doc_.tokens[k];
        EXPECT_EQ(t.span.begin, general[k].span.begin) << w << after;
        EXPECT_EQ(t.span.end, general[k].span.end) << w << after;
        EXPECT_EQ(t.lower, general[k].lower) << w << after;
        EXPECT_EQ(t.lower_hash, general[k].lower_hash) << w << after;
        EXPECT_EQ(t.lower_hash, TokenHash(t.lower)) << w << after;
        EXPECT_EQ(t.lemma, general[k].lemma) << w << after;
        EXPECT_EQ(t.lemma_hash, general[k].lemma_hash) << w << after;
        EXPECT_EQ(t.flags, general[k].flags) << w << after;
      }
    }
  }
  EXPECT_EQ(Find("'s").flags, kPlainCase);
  // Not the fast path's: a capital S, a longer run, a word byte after it,
  // the curly apostrophe (the general rules split the clitics all the same).
  EXPECT_THAT(Tokens("CHINA'S Bo'sun it's2 Wu\xE2\x80\x99s Li's\xC3\xA9"),
              ElementsAre("CHINA", "'S", "Bo'sun", "it's2", "Wu", "\xE2\x80\x99s", "Li's\xC3\xA9"));
}

// MakeToken classifies an ASCII token of up to 16 bytes with one 16-byte
// load when the text has 16 bytes from the token's start, and byte by byte
// otherwise (near the end of the text, non-ASCII tokens). The same token
// alone (the byte loop) and followed by padding (the load) must come out
// alike, for every shape that reaches MakeToken.
TEST_F(SegmentTest, TokenShapesAlikeByLoadAndByByteLoop) {
  for (const char* w : {"McCain", "iPhone", "G7", "AB1", "3rd", "1990s", "H5N1", "U.S.", "a.m.", "Asia-Pacific",
                        "NATO-led", "two-day", "1,500.5", "10:30", "5-0", "--", "...", "don't", "WE'RE", "@un_news",
                        "#Peace", "AT&T", "Wu2", "Ab-Cd-Ef-Gh-Ij", "X-1,2", "Sept.", "e.g.", "No.", "x-ray",
                        "1.", "7:", "0,5", "Z", "z", "9"}) {
    Arena arena;
    std::vector<Token> alone, padded;
    segmenter_->Tokenize(w, &alone, &arena);
    const std::string text = std::string(w) + std::string(20, ' ');
    segmenter_->Tokenize(text, &padded, &arena);
    ASSERT_EQ(alone.size(), padded.size()) << w;
    for (size_t k = 0; k < alone.size(); ++k) {
      EXPECT_EQ(alone[k].span.begin, padded[k].span.begin) << w << " " << k;
      EXPECT_EQ(alone[k].span.end, padded[k].span.end) << w << " " << k;
      EXPECT_EQ(alone[k].lower, padded[k].lower) << w << " " << k;
      EXPECT_EQ(padded[k].lower_hash, TokenHash(padded[k].lower)) << w << " " << k;
      EXPECT_EQ(alone[k].lemma_hash, padded[k].lemma_hash) << w << " " << k;
      EXPECT_EQ(alone[k].flags, padded[k].flags) << w << " " << k;
    }
  }
  // The load path's flags, by hand, for a few shapes.
  Arena arena;
  std::vector<Token> t;
  const std::string text = "McCain 1,500 NATO-led x-ray ...                ";
  segmenter_->Tokenize(text, &t, &arena);
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].flags & (kCapitalized | kAllCaps | kPlainCase), kCapitalized);
  EXPECT_EQ(t[0].lower, "mccain");
  EXPECT_EQ(t[1].flags & (kNumber | kPunct | kPlainCase), kNumber | kPlainCase);
  EXPECT_EQ(t[2].flags & (kCapitalized | kAllCaps | kHyphen), kCapitalized | kHyphen);
  EXPECT_EQ(t[2].lower, "nato-led");
  EXPECT_EQ(t[3].flags & (kCapitalized | kHyphen | kPlainCase), kHyphen | kPlainCase);
  EXPECT_EQ(t[3].lower.data(), text.data() + t[3].span.begin);  // no capital: `lower` is the surface
  EXPECT_EQ(t[4].flags & (kPunct | kPlainCase), kPunct | kPlainCase);
}

// A word of two or more ASCII capitals ended by a space, a comma, plain
// punctuation or the paragraph's end has a fast path of its own; the same
// word before a period goes through the general rules (MakeToken). Both
// must give the same token: kCapitalized and kAllCaps, `lower` folded, no
// kPlainCase, kTimeCue only for a time word ("MONDAY"). Capitals that go
// on (clitic, hyphen, digit, URL prefix) are not taken by it.
TEST_F(SegmentTest, AllCapitalWordsFastAndGeneralAlike) {
  EXPECT_THAT(Tokens("UN and UN. MONDAY, MONDAY. NATO's US-led G7 AB1 WWW.UN.ORG (EU) IMF"),
              ElementsAre("UN", "and", "UN", ".", "MONDAY", ",", "MONDAY", ".", "NATO", "'s", "US-led", "G7", "AB1",
                          "WWW.UN.ORG", "(", "EU", ")", "IMF"));
  const std::vector<Token>& t = doc_.tokens;
  const uint16_t context = kSentenceStart | kParagraphStart | kSpaceBefore;
  for (size_t fast : {0, 4}) {
    const Token& a = t[fast];
    const Token& b = t[fast + 2];  // the same word before a period
    EXPECT_EQ(a.flags & ~context, b.flags & ~context) << doc_.text(a.span);
    EXPECT_EQ(a.lower, b.lower);
    EXPECT_EQ(a.lower_hash, TokenHash(a.lower));
    EXPECT_EQ(a.lemma_hash, a.lower_hash);
    EXPECT_EQ(a.lemma, a.lower);
  }
  EXPECT_EQ(t[0].flags & ~context, kCapitalized | kAllCaps);
  EXPECT_EQ(t[0].lower, "un");
  EXPECT_EQ(t[4].flags & ~context, kCapitalized | kAllCaps | kTimeCue);
  EXPECT_EQ(t[4].lower, "monday");
  EXPECT_TRUE(t[10].has(kHyphen));
  EXPECT_TRUE(t[13].has(kUrl));
  EXPECT_EQ(t[15].flags, kCapitalized | kAllCaps);  // after '(', no space
  EXPECT_EQ(t[17].flags, kCapitalized | kAllCaps | kSpaceBefore);  // the paragraph's end
  EXPECT_EQ(t[17].lower, "imf");
}

// Sentences end only after the tokens Scan lists as candidates: every
// kind of terminator and abbreviation, with closing quotes and brackets
// and further terminators kept with the sentence they close.
TEST_F(SegmentTest, EveryKindOfSentenceEnd) {
  EXPECT_THAT(Sentences("Troops left! Did they? \"Yes.\" Talks stalled... Rain fell\xE2\x80\xA6 Then?! (It ended.) "
                        "Gen. Wu spoke in the U.S. The vote. Then.. more"),
              ElementsAre("Troops left!", "Did they?", "\"Yes.\"", "Talks stalled...", "Rain fell\xE2\x80\xA6",
                          "Then?!", "(It ended.)", "Gen. Wu spoke in the U.S.", "The vote.", "Then.. more"));
}

// kPlainCase says `lower` is the surface (no capital flags) or the surface
// with its first byte, an ASCII capital, lower-cased (kCapitalized, not
// kAllCaps): the tagger's memo trusts it instead of comparing bytes, so
// it must never be set where that is false, and should be set on the
// shapes news is made of. Every path of Scan is visited: fast words,
// capitalised words, digits, one-byte punctuation, the general rules
// (hyphens, clitics, abbreviations, URLs, handles, non-ASCII, all
// capitals, mixed case).
TEST_F(SegmentTest, PlainCaseFlag) {
  Tokens("Envoys from Quebec met NATO's McCain-era staff in Bogot\xC3\xA1 at 9:45 on 3 May.\n\n"
         "\xC3\x89lodie wasn't told; the U.S. team (led by Wu) said \xE2\x80\x9Cno\xE2\x80\x9D to "
         "ex-Minister's plan via www.example.org and @deskwatch, 1,200 km \xE2\x80\x94 Fort-de-France "
         "negociaci\xC3\xB3n IMF-backed x2 Ab2");
  ASSERT_GT(doc_.tokens.size(), 40u);
  for (const Token& t : doc_.tokens) {
    const std::string_view surface = doc_.text(t.span);
    if (!t.has(kPlainCase)) continue;
    if (t.has(kCapitalized)) {
      EXPECT_FALSE(t.has(kAllCaps)) << surface;
      ASSERT_EQ(t.lower.size(), surface.size()) << surface;
      EXPECT_TRUE(surface[0] >= 'A' && surface[0] <= 'Z') << surface;
      EXPECT_EQ(t.lower[0], surface[0] | 0x20) << surface;
      EXPECT_EQ(t.lower.substr(1), surface.substr(1)) << surface;
    } else {
      EXPECT_FALSE(t.has(kAllCaps)) << surface;
      EXPECT_EQ(t.lower, surface) << surface;
    }
  }
  // Set on the common shapes...
  for (std::string_view w : {"Envoys", "from", "Quebec", "'s", "staff", "9:45", "3", ".", "was", "n't", "(",
                             "www.example.org", "@deskwatch", "1,200", "\xE2\x80\x94", "\xE2\x80\x9C",
                             "negociaci\xC3\xB3n", "x2", "Ab2", "Wu"})
    EXPECT_TRUE(Find(w).has(kPlainCase)) << w;
  // ... and not where `lower` differs from the surface in more than a
  // first ASCII capital: all capitals, two capitals, a capital after the
  // first byte, a non-ASCII capital.
  for (std::string_view w : {"NATO", "U.S.", "IMF-backed", "McCain-era", "Fort-de-France", "ex-Minister",
                             "\xC3\x89lodie"})
    EXPECT_FALSE(Find(w).has(kPlainCase)) << w;
}

TEST_F(SegmentTest, QuotesAndFlags) {
  Tokens("He said: \u201cWe will not go.\u201d");
  EXPECT_TRUE(Find("\u201c").has(kOpenQuote));
  EXPECT_TRUE(Find("\u201d").has(kCloseQuote));
  EXPECT_TRUE(Find("\u201c").has(kPunct));

  Tokens("\"We will win,\" he said. \"Never.\"");
  ASSERT_EQ(doc_.tokens.size(), 13u);
  EXPECT_TRUE(doc_.tokens[0].has(kOpenQuote));
  EXPECT_TRUE(doc_.tokens[5].has(kCloseQuote));
  EXPECT_TRUE(doc_.tokens[9].has(kOpenQuote));
  EXPECT_TRUE(doc_.tokens[12].has(kCloseQuote));
  EXPECT_EQ(doc_.sentences.size(), 2u);

  // Single quotes at word boundaries; apostrophes and possessives are not quotes.
  EXPECT_THAT(Tokens("the 'peace' plan of the Joneses' farm"),
              ElementsAre("the", "'", "peace", "'", "plan", "of", "the", "Joneses", "'", "farm"));
  EXPECT_TRUE(doc_.tokens[1].has(kOpenQuote));
  EXPECT_TRUE(doc_.tokens[3].has(kCloseQuote));
  EXPECT_FALSE(doc_.tokens[8].has(kOpenQuote));
  EXPECT_FALSE(doc_.tokens[8].has(kCloseQuote));
}

// The straight double quote's rule (taken first in the general path):
// opening after a space and before a word, closing the other way round,
// toggling when both sides or neither look open; a one-byte punctuation
// token with its own hash.
TEST_F(SegmentTest, StraightDoubleQuoteRule) {
  EXPECT_THAT(Tokens("say \"yes\" now x\"y\"z \" \" (\"a\")"),
              ElementsAre("say", "\"", "yes", "\"", "now", "x", "\"", "y", "\"", "z", "\"", "\"", "(", "\"", "a",
                          "\"", ")"));
  const uint16_t open = kOpenQuote, close = kCloseQuote;
  const size_t quotes[] = {1, 3, 6, 8, 10, 11, 13, 15};
  const uint16_t expected[] = {open, close, open, close, open, close, open, close};
  for (size_t k = 0; k < std::size(quotes); ++k) {
    EXPECT_EQ(doc_.tokens[quotes[k]].flags & (kOpenQuote | kCloseQuote), expected[k]) << k;
  }
  const Token& first = doc_.tokens[1];
  EXPECT_EQ(first.flags, kOpenQuote | kPunct | kPlainCase | kSpaceBefore);
  EXPECT_EQ(first.lower, "\"");
  EXPECT_EQ(first.lower_hash, TokenHash("\""));
  EXPECT_EQ(doc_.tokens[3].flags, kCloseQuote | kPunct | kPlainCase);
}

// Scan takes a straight double quote between two ASCII bytes itself,
// reading Scanner::LeftOpen and RightOpen from a table; one with a
// non-ASCII neighbour goes to ScanGeneral's rule. For each ASCII
// neighbour, a non-ASCII one that the rule treats alike (an em dash opens
// on the left like a space, "…" closes on the right like ".", a letter is
// a letter) must give the quote the same flags, in both quote states and
// at the paragraph's edges.
TEST_F(SegmentTest, StraightQuoteFastAndGeneralAlike) {
  struct Side {
    const char* ascii;
    const char* other;
  };
  const Side lefts[] = {{" ", "\u00a0"}, {"(", "\u2014"}, {"-", "\u2013"}, {"/", "\u3000"},
                        {"a", "\u00e9"}, {".", "\u00bb"}, {"x", "\u4e2d"}, {"", ""}};
  const Side rights[] = {{" ", "\u2009"}, {".", "\u2026"}, {")", "\u201d"}, {"'", "\u2019"},
                         {"b", "\u00f1"}, {"(", "\u00ab"}, {"7", "\u0661"}, {"", ""}};
  for (const Side& l : lefts) {
    for (const Side& r : rights) {
      for (const char* before : {"", "\"q\" "}) {  // quote state closed, then open
        const std::string ascii = std::string(before) + "w" + l.ascii + "\"" + r.ascii + "z";
        const std::string other = std::string(before) + "w" + l.other + "\"" + r.other + "z";
        // The quote bits only: a skipped non-ASCII space after the quote
        // also gives it kTimeCue (ScanGeneral's rule for such spaces).
        Segment(ascii);
        std::vector<uint16_t> fast;
        for (const Token& t : doc_.tokens) {
          if (doc_.text(t.span) == "\"") fast.push_back(t.flags & (kOpenQuote | kCloseQuote));
        }
        Segment(other);
        std::vector<uint16_t> general;
        for (const Token& t : doc_.tokens) {
          if (doc_.text(t.span) == "\"") general.push_back(t.flags & (kOpenQuote | kCloseQuote));
        }
        EXPECT_EQ(fast, general) << ascii << " | " << other;
        ASSERT_FALSE(fast.empty());
        EXPECT_NE(fast.back(), 0) << ascii;
      }
    }
  }
  // At the paragraph's edges (nothing before or after: both open sides).
  EXPECT_TRUE(Tokens("\"").size() == 1 && doc_.tokens[0].has(kOpenQuote));
  EXPECT_THAT(Tokens("\"Go\""), ElementsAre("\"", "Go", "\""));
  EXPECT_TRUE(doc_.tokens[0].has(kOpenQuote));
  EXPECT_TRUE(doc_.tokens[2].has(kCloseQuote));
  EXPECT_EQ(doc_.tokens[0].finder, kFinderSeparator);
  EXPECT_EQ(doc_.tokens[0].lower_hash, TokenHash("\""));
}

// ScanGeneral builds a hyphenated word of lower-case ASCII letters ended
// by a kE byte (space, comma, ...) or the text's end at once; before a
// period the general rules take it (a period may join a word). Both must
// give the same token, field by field.
TEST_F(SegmentTest, LowerHyphenatedWordFastAndGeneralAlike) {
  for (const char* w : {"anti-tank", "two-day", "a-b", "x-ray", "state-of-the-art", "well-known", "ht-tp", "ww-w",
                        "twenty-four-hour-long-negotiations"}) {
    EXPECT_THAT(Tokens(std::string("x ") + w + "."), ElementsAre("x", w, ".")) << w;
    const Token general = doc_.tokens[1];
    EXPECT_TRUE(general.has(kHyphen)) << w;
    for (const char* after : {" y", ",", ";", ")", "\"", "!", ""}) {
      EXPECT_EQ(Tokens(std::string("x ") + w + after)[1], w) << w << after;
      const Token& t = doc_.tokens[1];
      ExpectSameToken(t, general, std::string(w) + after);
      EXPECT_EQ(t.lower_hash, TokenHash(w)) << w << after;
    }
  }
  // Not this shape, left to the general rules: a capital or digit after a
  // hyphen, a hyphen not followed by a letter, a clitic, a word running on.
  EXPECT_THAT(Tokens("anti-Tank b-52 well- a--b co-op's x-ray\xC3\xA9 pre-war:"),
              ElementsAre("anti-Tank", "b-52", "well", "-", "a", "--", "b", "co-op", "'s", "x-ray\xC3\xA9",
                          "pre-war", ":"));
  EXPECT_TRUE(Find("anti-Tank").has(kCapitalized) == false && Find("anti-Tank").lower == "anti-tank");
}

// ScanGeneral builds a number with separators ended by a kE byte or the
// end, and digits before a comma no digit follows, at once; before a
// period (not followed by a digit) the general rules take them. Both must
// give the same token, field by field.
TEST_F(SegmentTest, NumberWithSeparatorsFastAndGeneralAlike) {
  struct Case {
    const char* number;
    std::vector<const char*> afters;
  };
  const Case cases[] = {
      {"1,200", {" y", ",", ", 3", ",x", ";", ")", "\"", "!", ""}},
      {"13.68", {" y", ",", ";", ")", ""}},
      {"10:30", {" y", ",", ""}},
      {"1,189.42", {" y", ",", ""}},
      {"1.2.3:4,5", {" y", ""}},
      {"1991", {",", ", y", ",x", ",,"}},
      {"7", {",", ", 5"}},
  };
  for (const Case& c : cases) {
    EXPECT_THAT(Tokens(std::string("x ") + c.number + ". y"), ElementsAre("x", c.number, ".", "y")) << c.number;
    const Token general = doc_.tokens[1];
    EXPECT_TRUE(general.has(kNumber)) << c.number;
    for (const char* after : c.afters) {
      EXPECT_EQ(Tokens(std::string("x ") + c.number + after)[1], c.number) << c.number << after;
      const Token& t = doc_.tokens[1];
      ExpectSameToken(t, general, std::string(c.number) + after);
      EXPECT_EQ(t.lower_hash, TokenHash(c.number)) << c.number << after;
    }
  }
  // Not this shape, left to the general rules: a letter, hyphen, period or
  // second separator after the digits, a domain.
  EXPECT_THAT(Tokens("1.5x 5-0 3.5.com 1,,2 1990s 2:30pm"),
              ElementsAre("1.5x", "5-0", "3.5.com", "1", ",", ",", "2", "1990s", "2:30pm"));
  EXPECT_FALSE(Find("1.5x").has(kNumber));
  EXPECT_TRUE(Find("3.5.com").has(kUrl));
}

// ScanGeneral emits a word of ASCII letters and digits that starts with a
// letter, with inner hyphens each followed by a letter or digit, ended by
// a kE byte or the end, without its word loop; before a period the loop
// takes it. Both must give the same token, field by field.
TEST_F(SegmentTest, AlnumWordFastAndGeneralAlike) {
  for (const char* w : {"Asia-Pacific", "b-52", "McDonald", "H5N1", "G-20", "US-led", "iPhone", "Al-Qaeda-linked",
                        "x1-y2-z3", "NATO-Russia", "Kim-Jong-Un", "ThisIsAVeryLongCamelCaseWordIndeed"}) {
    EXPECT_THAT(Tokens(std::string("x ") + w + ". y"), ElementsAre("x", w, ".", "y")) << w;
    const Token general = doc_.tokens[1];
    for (const char* after : {" y", ",", ", 3", ";", ")", "\"", "!", ""}) {
      EXPECT_EQ(Tokens(std::string("x ") + w + after)[1], w) << w << after;
      const Token& t = doc_.tokens[1];
      ExpectSameToken(t, general, std::string(w) + after);
    }
  }
  EXPECT_TRUE(Tokens("x Asia-Pacific y").size() == 3 && doc_.tokens[1].has(kHyphen));
  EXPECT_FALSE(Tokens("x McDonald y").size() != 3 || doc_.tokens[1].has(kHyphen));
  // Left to the loop: a number's comma inside a word that starts with a
  // digit, a hyphen before a non-word byte, a clitic, a non-ASCII letter.
  EXPECT_THAT(Tokens("6,000-strong 5-0, Wal- Mart O'Neil Kim's Bogot\xC3\xA1-Quito"),
              ElementsAre("6,000-strong", "5-0", ",", "Wal", "-", "Mart", "O'Neil", "Kim", "'s",
                          "Bogot\xC3\xA1-Quito"));
}

// A capitalised word's lower-case copy is one 16-byte store when the text
// has 16 bytes from the word's start, a copy of its own bytes otherwise:
// both give the word's bytes with the first lower-cased, for every length.
TEST_F(SegmentTest, CapitalizedLowerAtEveryLengthNearTheEnd) {
  for (size_t n = 1; n <= 20; ++n) {
    std::string w = "Q";
    for (size_t k = 1; k < n; ++k) w += static_cast<char>('a' + (k * 7) % 26);
    std::string low = w;
    low[0] = 'q';
    for (const std::string& text : {w, w + ";", w + " x", w + std::string(20, ' ') + "y", "x " + w}) {
      Segment(text);
      const Token& t = Find(w);
      EXPECT_EQ(t.lower, low) << text;
      EXPECT_EQ(t.lower_hash, TokenHash(low)) << text;
      EXPECT_EQ(t.flags & (kCapitalized | kPlainCase), kCapitalized | kPlainCase) << text;
    }
  }
}

TEST_F(SegmentTest, ClosingQuoteStaysWithItsSentence) {
  EXPECT_THAT(Sentences("\"We will not leave.\" The minister said it twice."),
              ElementsAre("\"We will not leave.\"", "The minister said it twice."));
  EXPECT_THAT(Sentences("\"Why?\" he asked."), ElementsAre("\"Why?\" he asked."));
}

TEST_F(SegmentTest, ThreeSentenceQuotation) {
  std::vector<std::string> s = Sentences(
      "\u201cThe border is closed. Nobody will cross it. We have decided,\u201d the governor said on Friday.");
  EXPECT_THAT(s, ElementsAre("\u201cThe border is closed.", "Nobody will cross it.",
                             "We have decided,\u201d the governor said on Friday."));
  EXPECT_TRUE(doc_.tokens[0].has(kOpenQuote));
  EXPECT_TRUE(Find("\u201d").has(kCloseQuote));
}

TEST_F(SegmentTest, Spanish) {
  EXPECT_THAT(Tokens("\u00bfQu\u00e9? En Bogot\u00e1 dijo \u00abnunca\u00bb."),
              ElementsAre("\u00bf", "Qu\u00e9", "?", "En", "Bogot\u00e1", "dijo", "\u00ab", "nunca", "\u00bb", "."));
  EXPECT_TRUE(Find("Qu\u00e9").has(kCapitalized));
  EXPECT_EQ(Find("Qu\u00e9").lower, "qu\u00e9");
  EXPECT_EQ(Find("Bogot\u00e1").lower, "bogot\u00e1");
  EXPECT_EQ(Find("Bogot\u00e1").lower_hash, TokenHash("bogot\u00e1"));
  EXPECT_TRUE(Find("\u00ab").has(kOpenQuote));
  EXPECT_TRUE(Find("\u00bb").has(kCloseQuote));
  EXPECT_EQ(doc_.sentences.size(), 2u);
  // Already lower case: the view points into the text.
  const Token& nunca = Find("nunca");
  EXPECT_EQ(nunca.lower.data(), doc_.article.text.data() + nunca.span.begin);
  Tokens("\u00c1LVARO URIBE");
  EXPECT_TRUE(doc_.tokens[0].has(kAllCaps));
  EXPECT_EQ(doc_.tokens[0].lower, "\u00e1lvaro");
}

TEST_F(SegmentTest, ParagraphsAndHeadline) {
  Segment("Rebels Free Two Hostages\n\nRebels freed two hostages on Monday. The army said so.\n\nTalks resume");
  ASSERT_EQ(doc_.paragraphs.size(), 3u);
  ASSERT_EQ(doc_.sentences.size(), 4u);
  EXPECT_TRUE(doc_.sentences[0].headline);
  EXPECT_FALSE(doc_.sentences[1].headline);
  EXPECT_FALSE(doc_.sentences[3].headline);
  EXPECT_EQ(doc_.text(doc_.sentences[3].span), "Talks resume");
  EXPECT_EQ(doc_.paragraphs[1].first_sentence, 1u);
  EXPECT_EQ(doc_.paragraphs[1].end_sentence, 3u);
  EXPECT_EQ(doc_.sentences[2].paragraph, 1u);
  EXPECT_EQ(doc_.text(doc_.paragraphs[1].span), "Rebels freed two hostages on Monday. The army said so.");
  const Token& second = doc_.tokens[doc_.sentences[1].tokens.begin];
  EXPECT_TRUE(second.has(kParagraphStart));
  EXPECT_TRUE(second.has(kSentenceStart));
  const Token& third = doc_.tokens[doc_.sentences[2].tokens.begin];
  EXPECT_FALSE(third.has(kParagraphStart));
  EXPECT_TRUE(third.has(kSentenceStart));

  // A first paragraph with final punctuation is not a headline.
  Segment("Rebels freed two hostages.\n\nMore later.");
  EXPECT_FALSE(doc_.sentences[0].headline);
  // Every paragraph boundary ends a sentence, even mid-thought.
  EXPECT_THAT(Sentences("the talks, which\n\ncontinued"), ElementsAre("the talks, which", "continued"));
}

TEST_F(SegmentTest, QuoteStateResetsPerParagraph) {
  // News repeats the opening quote on each paragraph of a long quotation.
  Segment("\"We will stay.\n\n\"We will fight,\" he said.");
  ASSERT_EQ(doc_.paragraphs.size(), 2u);
  EXPECT_TRUE(doc_.tokens[0].has(kOpenQuote));
  const Token& second = doc_.tokens[doc_.sentences[doc_.paragraphs[1].first_sentence].tokens.begin];
  EXPECT_EQ(doc_.text(second.span), "\"");
  EXPECT_TRUE(second.has(kOpenQuote));
  EXPECT_TRUE(second.has(kParagraphStart));
}

TEST_F(SegmentTest, TokenizeMatchesRun) {
  std::vector<Token> name;
  Arena arena;
  std::string text = "U.S. State Department";
  segmenter_->Tokenize(text, &name, &arena);
  ASSERT_EQ(name.size(), 3u);
  EXPECT_EQ(name[0].span.begin, 0u);
  EXPECT_EQ(name[0].span.end, 4u);
  EXPECT_EQ(name[2].span.begin, 11u);
  Segment("Officials at the U.S. State Department declined to comment.");
  const Token* first = &Find("U.S.");
  ASSERT_LT(first + 2, doc_.tokens.data() + doc_.tokens.size());
  for (int k = 0; k < 3; ++k) {
    EXPECT_EQ(name[k].lower_hash, first[k].lower_hash) << k;
    EXPECT_EQ(name[k].lower, first[k].lower) << k;
  }
  std::vector<Token> place;
  segmenter_->Tokenize("Bogot\u00e1", &place, &arena);
  ASSERT_EQ(place.size(), 1u);
  EXPECT_EQ(place[0].lower, "bogot\u00e1");
}

TEST_F(SegmentTest, AfterNormalisation) {
  Doc doc;
  doc.article.text = "Bogota\u0301\u00a0officials  met.\r\n\r\nThey left.";
  Normalizer().Run(doc);
  segmenter_->Run(doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens[0].lower, "bogot\u00e1");
  EXPECT_TRUE(doc.tokens[1].has(kSpaceBefore));
}

// The segmenter and tagger hash tokens with the inlined XXH3; dictionaries
// are keyed by TokenHash. Every length class of XXH3's short-input paths
// (0, 1-3, 4-8, 9-16, 17-128, 129-240, longer) must give the same value.
// kTimeCue and Sentence::may_have_time: the time tagger skips a sentence
// whose flag is false, so the flag must be true wherever the time finder
// finds something, whatever the segmenter does with the expression's text
// (a hyphenated word, a date with separators, an abbreviation, punctuation
// attached to the word, Spanish).
TEST_F(SegmentTest, TimeCueOnEverySentenceWithATimeExpression) {
  const Date anchor = Date::Day(2025, 9, 27);
  auto finds = [&](const Sentence& s) {
    std::vector<TimexMatch> out;
    FindTimexes(doc_.text(s.span), s.span.begin, anchor, &out, /*want_timex3=*/false);
    return !out.empty();
  };
  const char* with_time[] = {
      "Fighting resumed in mid-September near the border.",
      "The ceasefire began on 2025-09-26 at dawn.",
      "Delegates returned home on 26/9/2025 after the vote.",
      "The envoy arrives Sept. 26 for more talks.",
      "Talks collapsed (Friday) without a deal.",
      "Officials met Monday, then left.",
      "The mayor resigned yesterday.",
      "Los rebeldes firmaron a mediados de septiembre un acuerdo.",
      "La policía detuvo el viernes 26 a dos hombres.",
      "\xE2\x80\x9CTomorrow\xE2\x80\x9D was all the spokesman would say.",
      "Troops withdrew two weeks ago.",
      "The DECEMBER accord held.",
  };
  for (const char* text : with_time) {
    Segment(text);
    ASSERT_EQ(doc_.sentences.size(), 1u) << text;
    EXPECT_TRUE(finds(doc_.sentences[0])) << text;  // the case is what it claims to be
    EXPECT_TRUE(doc_.sentences[0].may_have_time) << text;
  }
  // Where the cue sits: the expression's own token, not its plain
  // neighbours.
  Segment("Fighting resumed in mid-September near the border.");
  EXPECT_TRUE(Find("mid-September").has(kTimeCue));
  EXPECT_FALSE(Find("Fighting").has(kTimeCue));
  EXPECT_FALSE(Find("border").has(kTimeCue));  // a letter word before '.', tested by its hash
  EXPECT_FALSE(Find(".").has(kTimeCue));
  Segment("Talks collapsed (Friday) without a deal.");
  EXPECT_TRUE(Find("Friday").has(kTimeCue));
  EXPECT_FALSE(Find("(").has(kTimeCue));
  Segment("La policía detuvo el viernes 26 a dos hombres.");
  EXPECT_TRUE(Find("viernes").has(kTimeCue));
  EXPECT_TRUE(Find("26").has(kTimeCue));  // every number
  EXPECT_FALSE(Find("detuvo").has(kTimeCue));

  // Plain sentences without one are skipped; so is a sentence of one
  // paragraph beside another that has one.
  Segment("The minister accused the rebels of breaking the truce. Police fired tear gas at protesters.");
  ASSERT_EQ(doc_.sentences.size(), 2u);
  EXPECT_FALSE(doc_.sentences[0].may_have_time);
  EXPECT_FALSE(doc_.sentences[1].may_have_time);
  Segment("Rebels shelled the town on Friday. Aid workers fled \xE2\x80\x9Cin fear\xE2\x80\x9D, a witness said.");
  ASSERT_EQ(doc_.sentences.size(), 2u);
  EXPECT_TRUE(doc_.sentences[0].may_have_time);
  EXPECT_FALSE(doc_.sentences[1].may_have_time);  // curly quotes and a comma separate words for both
  // An apostrophe is a separator for both; a clitic's letters after it
  // are tested by their hash; an all-capitals word like any other.
  for (const char* text : {"The rebels' leader spoke.", "Colombia's envoy spoke.",
                           "They\xE2\x80\x99ll appeal, NATO said."}) {
    Segment(text);
    ASSERT_EQ(doc_.sentences.size(), 1u) << text;
    EXPECT_FALSE(doc_.sentences[0].may_have_time) << text;
  }

  // Shapes the finder may split differently keep the finder, though
  // these have no time expression: a clitic ("don" "t" to the finder), a
  // possessive, a hyphenated word, a listed abbreviation, a non-ASCII
  // letter, a non-ASCII space the segmenter skips.
  const char* unsure[] = {
      "They don't agree.",
      "A pro-government rally ended.",
      "Gen. Smith spoke.",
      "The café closed.",
      "Troops\xE3\x80\x80left quickly.",
  };
  for (const char* text : unsure) {
    Segment(text);
    ASSERT_EQ(doc_.sentences.size(), 1u) << text;
    EXPECT_FALSE(finds(doc_.sentences[0])) << text;
    EXPECT_TRUE(doc_.sentences[0].may_have_time) << text;
  }
}

// The same rule on a mixed paragraph set: no sentence the finder has
// something in is ever marked skippable.
TEST_F(SegmentTest, TimeCueNeverHidesAnExpression) {
  const Date anchor = Date::Day(2025, 9, 27);
  Segment(
      "Ministers met in Lima on Tuesday. They agreed on little. The talks resume next month.\n\n"
      "Last year the border closed; it reopened in March. Traders said prices rose 3% since then.\n\n"
      "El gobierno anunció el lunes nuevas medidas. Los manifestantes no se movieron.\n\n"
      "A court in Quito (the capital) ruled against the firm. Its lawyers will appeal in the coming weeks.");
  size_t skipped = 0;
  for (const Sentence& s : doc_.sentences) {
    std::vector<TimexMatch> out;
    FindTimexes(doc_.text(s.span), s.span.begin, anchor, &out, /*want_timex3=*/false);
    if (!s.may_have_time) {
      ++skipped;
      EXPECT_TRUE(out.empty()) << doc_.text(s.span);
    }
  }
  EXPECT_GE(skipped, 2u);  // "They agreed on little." and "Los manifestantes no se movieron."
}

// The letter run of Scan's word paths (LowerRunEnd) at every length around
// its 8- and 16-byte steps: the bytes just outside 'a'..'z' ('`' 0x60, '{'
// 0x7B) and every kind of byte after the run end or extend the word as
// before, and a view that stops inside a run of letters (Tokenize) ends the
// word there, so nothing past the end is read as part of it.
TEST_F(SegmentTest, LetterRunsOfEveryLength) {
  const std::string letters = "abcdefghijklmnopqrstuvwxyzzyxwvutsrqponmlkjihgfedcba";
  struct After {
    std::string bytes;
    bool joins;  // the byte continues the word
  };
  const After afters[] = {{" ", false}, {",", false}, {"{", false}, {")", false}, {"`", false},
                          {"A", true},  {"7", true},  {"\xC3\xA9", true}, {"-b", true}, {"", false}};
  for (size_t n = 1; n <= 40; ++n) {
    for (bool capital : {false, true}) {
      std::string word = letters.substr(n % 7, n);
      if (capital) word[0] = static_cast<char>(word[0] - 'a' + 'A');
      std::string lower = word;
      lower[0] = static_cast<char>(lower[0] | 0x20);
      for (const After& after : afters) {
        Tokens("x " + word + after.bytes + " y");
        const std::string expected = after.joins ? word + after.bytes : word;
        ASSERT_GE(doc_.tokens.size(), 2u);
        const Token& t = doc_.tokens[1];
        EXPECT_EQ(doc_.text(t.span), expected) << n << " " << after.bytes;
        if (!after.joins) {
          EXPECT_EQ(t.lower, lower);
          EXPECT_EQ(t.lower_hash, TokenHash(lower));
          EXPECT_EQ(t.flags & (kCapitalized | kPlainCase | kSpaceBefore),
                    (capital ? kCapitalized : 0) | kPlainCase | kSpaceBefore);
        }
      }
      // At the end of a view whose buffer goes on with letters.
      const std::string buffer = word + letters;
      std::vector<Token> tokens;
      Arena arena;
      segmenter_->Tokenize(std::string_view(buffer.data(), n), &tokens, &arena);
      ASSERT_EQ(tokens.size(), 1u) << n;
      EXPECT_EQ(tokens[0].span.end, n);
      EXPECT_EQ(tokens[0].lower, lower);
      EXPECT_EQ(tokens[0].lower_hash, TokenHash(lower));
    }
  }
}

TEST(TokenHashInlineTest, EqualsTokenHash) {
  std::string s;
  for (int n = 0; n <= 300; ++n) {
    EXPECT_EQ(TokenHashInline(s), TokenHash(s)) << "length " << n;
    s.push_back(static_cast<char>('a' + (n * 7) % 26));
  }
  // The short-input path reads its bytes whole (4 and 8 at a time): every
  // byte value at the first, middle and last place of each short length.
  for (int n = 1; n <= 17; ++n) {
    for (int c = 0; c < 256; ++c) {
      std::string w(static_cast<size_t>(n), 'q');
      w[0] = w[static_cast<size_t>(n) / 2] = w[static_cast<size_t>(n) - 1] = static_cast<char>(c);
      ASSERT_EQ(TokenHashInline(w), TokenHash(w)) << "length " << n << " byte " << c;
    }
  }
  EXPECT_EQ(TokenHashInline("n\xE2\x80\x99t"), TokenHash("n\xE2\x80\x99t"));
  EXPECT_NE(TokenHashInline("minister"), TokenHashInline("Minister"));
}

TEST(SegmenterLoadTest, SpanishAbbreviations) {
  std::string error;
  std::unique_ptr<Segmenter> es =
      Segmenter::Load(std::vector<std::string>{std::string(dyad::SourceDir()) + "/data/text/abbreviations.en.txt",
                                               std::string(dyad::SourceDir()) + "/data/text/abbreviations.es.txt"},
                      &error);
  ASSERT_NE(es, nullptr) << error;
  Doc doc;
  doc.article.text = "La Dra. Ruiz y el Cnel. P\u00e9rez viven en la Avda. Bolivia n\u00fam. 5. Los Sres. G\u00f3mez no.";
  es->Run(doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.text(doc.sentences[1].span), "Los Sres. G\u00f3mez no.");
  // Doubled-letter plurals do not end a sentence before a name ("EE." is
  // listed without "end"), and end one before a sentence opener.
  doc = Doc{};
  doc.article.text = "El presidente de EE.UU. Joe Biden habl\u00f3 con CC.OO. de Madrid. Lleg\u00f3 a EE.UU. El viaje "
                     "dur\u00f3 un d\u00eda.";
  es->Run(doc);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.text(doc.sentences[1].span), "Lleg\u00f3 a EE.UU.");
  EXPECT_TRUE(doc.tokens[3].has(kAbbreviation));
  EXPECT_EQ(doc.text(doc.tokens[3].span), "EE.");
  // A missing second file is reported by its path.
  EXPECT_EQ(Segmenter::Load(
                std::vector<std::string>{std::string(dyad::SourceDir()) + "/data/text/abbreviations.en.txt", "/nonexistent/es.txt"},
                &error),
            nullptr);
  EXPECT_NE(error.find("/nonexistent/es.txt"), std::string::npos);
}

TEST(SegmenterLoadTest, ReportsBadLines) {
  std::string error;
  EXPECT_EQ(Segmenter::Load("/nonexistent/abbreviations.txt", &error), nullptr);
  EXPECT_NE(error.find("/nonexistent/abbreviations.txt"), std::string::npos);
  // Unknown flags are ignored by the text constructor.
  Segmenter s("# comment\nGen.\nCorp. end\nWeird. bogus\nNo. num\n");
  EXPECT_EQ(s.num_abbreviations(), 3u);
}

}  // namespace
}  // namespace dyad
