#include "ingest/html.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "config/paths.h"

namespace dyad {
namespace {

std::string Slurp(const std::string& name) {
  std::ifstream in(std::string(dyad::SourceDir()) + "/src/ingest/testdata/html/" + name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Article Parse(const std::string& name) {
  Article a;
  HtmlError err;
  EXPECT_TRUE(ParseHtml(Slurp(name), &a, &err)) << name << ": " << err.reason;
  return a;
}

TEST(HtmlTest, NewsPageWithBoilerplate) {
  Article a = Parse("article.html");
  EXPECT_EQ(a.title, "Border Talks Stall Again");
  EXPECT_EQ(a.published.str(), "2025-04-10");  // published_time, not modified_time or <time>
  EXPECT_EQ(a.source, "The Daily Ledger");
  EXPECT_EQ(a.url, "https://ledger.example/world/border-talks");
  EXPECT_EQ(a.lang, "en");
  EXPECT_EQ(a.text,
            "Negotiators from the two countries left the summit without an agreement on Thursday, officials said."
            "\n\nThe talks had been meant to settle a dispute over a river island. Both sides blamed the other."
            "\n\nWhat happens next"
            "\n\nDiplomats said a new round could start in May & would be held in a neutral city."
            "\n\nFirst item of a list inside the story");
  for (const char* junk : {"cookies", "Home", "Share", "Delegates arrive", "Sign up", "Great article", "older story",
                           "Copyright", "not text", "By R. Almeida"})
    EXPECT_EQ(a.text.find(junk), std::string::npos) << junk;
}

TEST(HtmlTest, JsonLdDateAndDashSuffix) {
  Article a = Parse("jsonld_only.html");
  EXPECT_EQ(a.title, "Port Workers End Strike");
  EXPECT_EQ(a.published.str(), "2024-11-28");
  EXPECT_EQ(a.text,
            "Port workers returned to work on Wednesday after a two-week strike.\n\n"
            "The union said it had won a pay rise of six percent.");
}

TEST(HtmlTest, BodyFallbackDropsMenusAndSidebars) {
  Article a = Parse("body_only.html");
  EXPECT_EQ(a.title, "Senate Approves Budget");
  EXPECT_EQ(a.published.str(), "2023-07-19");
  EXPECT_EQ(a.url, "https://capital.example/budget");
  EXPECT_EQ(a.text,
            "The senate approved the annual budget by a narrow margin late on Tuesday.\n\n"
            "Opposition senators walked out before the final vote.");
}

TEST(HtmlTest, DeclaredLatin1IsConverted) {
  Article a = Parse("latin1_es.html");
  EXPECT_EQ(a.lang, "es");
  EXPECT_EQ(a.title, "El Congreso aprueba la reforma");
  EXPECT_EQ(a.published.str(), "2025-02-11");
  EXPECT_EQ(a.text,
            "El Congreso aprob\xC3\xB3 el martes la reforma agraria tras un largo debate en Bogot\xC3\xA1.\n\n"
            "La oposici\xC3\xB3n anunci\xC3\xB3 que acudir\xC3\xA1 a la Corte.");
}

TEST(HtmlTest, ItempropArticleBody) {
  Article a = Parse("itemprop.html");
  EXPECT_EQ(a.title, "Ceasefire Holds");
  EXPECT_EQ(a.published.str(), "2022-08-03");
  EXPECT_EQ(a.text, "The ceasefire held for a second day, monitors said.");
}

TEST(HtmlTest, TimeElementInArticle) {
  Article a = Parse("time_only.html");
  EXPECT_EQ(a.title, "Governor Resigns");  // first <h1>, no <title>
  EXPECT_EQ(a.published.str(), "2021-06-15");
  EXPECT_EQ(a.text, "The governor resigned on Tuesday amid a corruption inquiry.");
}

TEST(HtmlTest, LooseTextSplitAtDoubleBreaks) {
  Article a = Parse("br_only.html");
  EXPECT_EQ(a.text,
            "The electoral court annulled the vote in two districts.\n\n"
            "A new vote will be held within sixty days.");
  EXPECT_FALSE(a.published.valid());
}

TEST(HtmlTest, BlogPageClassNames) {
  Article a = Parse("blog.html");
  EXPECT_EQ(a.lang, "es");
  EXPECT_EQ(a.title, "Opini\xC3\xB3n: la frontera necesita di\xC3\xA1logo");  // "&#8211; Revista Andina" dropped
  EXPECT_EQ(a.published.str(), "2024-02-20");
  // "commentary" is a genre, not a comments box; captions, related notes,
  // widgets and screen-reader-only text go.
  EXPECT_EQ(a.text,
            "Los dos gobiernos deben volver a sentarse a la mesa antes de que la crisis se agrave.\n\n"
            "La \xC3\xBAltima ronda de conversaciones termin\xC3\xB3 sin acuerdo.");
}

TEST(HtmlTest, InvalidUtf8ReportsOffset) {
  std::string page = Slurp("invalid_utf8.html");
  Article a;
  HtmlError err;
  EXPECT_FALSE(ParseHtml(page, &a, &err));
  EXPECT_TRUE(err.has_offset);
  EXPECT_EQ(err.offset, page.find('\xE9'));
  EXPECT_NE(err.reason.find("invalid UTF-8"), std::string::npos);
}

TEST(HtmlTest, BoilerplateOnlyGivesEmptyText) {
  Article a = Parse("boilerplate_only.html");
  EXPECT_EQ(a.text, "");
}

TEST(HtmlTest, UnknownCharset) {
  Article a;
  HtmlError err;
  EXPECT_FALSE(ParseHtml("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>Hi.</p></body></html>",
                         &a, &err));
  EXPECT_NE(err.reason.find("x-no-such-charset"), std::string::npos);
}

TEST(HtmlTest, DeclaredCharset) {
  EXPECT_EQ(DeclaredHtmlCharset("<meta charset=\"UTF-8\">"), "utf-8");
  EXPECT_EQ(DeclaredHtmlCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"),
            "windows-1252");
  EXPECT_EQ(DeclaredHtmlCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>"), "iso-8859-1");
  EXPECT_EQ(DeclaredHtmlCharset("<html><body>no declaration</body></html>"), "");
  EXPECT_EQ(DeclaredHtmlCharset("\xFF\xFE<\0h\0"), "utf-16le");
}

TEST(HtmlTest, Utf16PageWithBom) {
  std::string utf8 = "<html lang=\"es\"><body><p>Se firm\xC3\xB3 la paz.</p></body></html>";
  std::string utf16 = "\xFF\xFE";
  // Naive UTF-8 -> UTF-16LE for this input (one two-byte sequence).
  for (size_t i = 0; i < utf8.size(); ++i) {
    unsigned c = static_cast<unsigned char>(utf8[i]);
    if (c >= 0xC0) {
      c = ((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F);
    }
    utf16.push_back(static_cast<char>(c & 0xFF));
    utf16.push_back(static_cast<char>(c >> 8));
  }
  Article a;
  HtmlError err;
  ASSERT_TRUE(ParseHtml(utf16, &a, &err)) << err.reason;
  EXPECT_EQ(a.text, "Se firm\xC3\xB3 la paz.");
  EXPECT_EQ(a.lang, "es");
}

}  // namespace
}  // namespace dyad
