#include "ingest/text_header.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "config/paths.h"

namespace dyad {
namespace {

std::string Slurp(const std::string& name) {
  std::ifstream in(std::string(dyad::SourceDir()) + "/src/ingest/testdata/text/" + name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Expected {
  const char* file;
  const char* published;
  const char* crawled;
  const char* title;
  const char* text_start;
};

class TextHeaderFixtures : public testing::TestWithParam<Expected> {};

TEST_P(TextHeaderFixtures, ReadsHeader) {
  const Expected& e = GetParam();
  Article a;
  ASSERT_TRUE(ParsePlainText(Slurp(e.file), &a)) << e.file;
  EXPECT_EQ(a.published.str(), e.published);
  EXPECT_EQ(a.crawled.str(), e.crawled);
  EXPECT_EQ(a.title, e.title);
  EXPECT_TRUE(a.text.starts_with(e.text_start)) << "text: " << a.text;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, TextHeaderFixtures,
    testing::Values(
        Expected{"marker.txt", "2024-03-14", "", "", "Farmers in the northern valley blocked"},
        Expected{"crawl_section_date_title.txt", "2024-03-18", "2024-03-20",
                 "Harbor Strike Spreads To Three More Ports", "Dock workers walked off"},
        Expected{"published_label.txt", "2024-04-02", "", "Ministers Trade Barbs Over Water Treaty",
                 "The two neighbours accused"},
        Expected{"updated_first.txt", "2024-04-08", "", "Coalition Talks Collapse In Capital", "Negotiators left"},
        Expected{"weekday.txt", "2025-10-05", "", "", "The council voted"},
        Expected{"abbrev_period.txt", "2025-10-05", "", "Villagers Return After Flood", "Hundreds of families"},
        Expected{"day_month.txt", "2025-10-05", "", "", "The central bank"},
        Expected{"iso.txt", "2025-10-05", "", "", "Police detained"},
        Expected{"us_numeric.txt", "2025-10-05", "", "", "The mayor announced"},
        Expected{"dateline_crawl.txt", "2024-12-30", "2025-01-03", "", "BOGOTA, Dec 30 (Wire) - The government"},
        Expected{"dateline_noyear.txt", "", "", "", "QUITO, Oct 5 - Election officials"},
        Expected{"nodate.txt", "", "", "", "Protesters gathered"},
        Expected{"spanish.txt", "2025-10-05", "", "", "El Gobierno anunci"},
        Expected{"crlf.txt", "2024-06-01", "", "Talks Resume", "Delegates met again in Geneva. They agreed"}),
    [](const testing::TestParamInfo<Expected>& p) {
      std::string n = p.param.file;
      n = n.substr(0, n.find('.'));
      return n;
    });

TEST(TextHeaderTest, ParagraphsAndWrappedLines) {
  Article a;
  ASSERT_TRUE(ParsePlainText(Slurp("nodate.txt"), &a));
  EXPECT_EQ(a.text,
            "Protesters gathered in the main square for a third day. They demanded the release of detained "
            "students.\n\nThe interior minister did not comment.");
}

TEST(TextHeaderTest, LongLinesAreParagraphs) {
  Article a;
  ASSERT_TRUE(ParsePlainText(Slurp("long_lines.txt"), &a));
  EXPECT_NE(a.text.find("smelters and a strike at the largest mine.\n\nOpposition lawmakers"), std::string::npos)
      << a.text;
}

TEST(TextHeaderTest, MarkerKeepsRestOfLineAsFirstParagraph) {
  Article a;
  ASSERT_TRUE(ParsePlainText(Slurp("marker.txt"), &a));
  EXPECT_EQ(a.text,
            "Farmers in the northern valley blocked the main highway on Thursday to protest a cut in diesel "
            "subsidies\n\nThe provincial governor said talks would resume next week.");
}

TEST(TextHeaderTest, EmptyBody) {
  Article a;
  EXPECT_FALSE(ParsePlainText(Slurp("empty.txt"), &a));
  EXPECT_FALSE(ParsePlainText("", &a));
  EXPECT_FALSE(ParsePlainText("Published: May 1, 2024\n", &a));
}

TEST(TextHeaderTest, InlineForms) {
  Article a;
  ASSERT_TRUE(ParsePlainText("Posted on March 3, 2024 by Staff\n\nThe army withdrew.", &a));
  EXPECT_EQ(a.published.str(), "2024-03-03");
  EXPECT_EQ(a.text, "The army withdrew.");

  ASSERT_TRUE(
      ParsePlainText("Rebels Free Hostages\nBy Ana Ruiz | March 9, 2024\n\nThe rebels freed four hostages.", &a));
  EXPECT_EQ(a.title, "Rebels Free Hostages");
  EXPECT_EQ(a.published.str(), "2024-03-09");
  EXPECT_EQ(a.text, "The rebels freed four hostages.");

  // A crawl date alone is not the publication date.
  ASSERT_TRUE(ParsePlainText("Today : Oct 09, 2025\n\nThe army withdrew.", &a));
  EXPECT_FALSE(a.published.valid());
  EXPECT_EQ(a.crawled.str(), "2025-10-09");

  // A date line that runs on into prose is body, not header.
  ASSERT_TRUE(ParsePlainText("October 5, 2025 will be remembered as the day the army withdrew from the city.", &a));
  EXPECT_FALSE(a.published.valid());
  EXPECT_TRUE(a.text.starts_with("October 5, 2025 will"));

  // A one-line dateline is body, not a headline.
  ASSERT_TRUE(ParsePlainText("BOGOTA, Jun 11\n\nThe church asked voters to cast blank ballots.", &a));
  EXPECT_EQ(a.title, "");
  EXPECT_TRUE(a.text.starts_with("BOGOTA, Jun 11\n\nThe church"));
}

}  // namespace
}  // namespace dyad
