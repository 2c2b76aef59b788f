#include "output/json_writer.h"

#include <cstdio>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dyad {
namespace {

TEST(JsonWriterTest, EscapesLikeAJsonParserExpects) {
  std::string out;
  AppendJsonString("a\"b\\c\nd\te\x01 \xE2\x80\x9Cquoted\xE2\x80\x9D", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\te\\u0001 \xE2\x80\x9Cquoted\xE2\x80\x9D\"");
  EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), "a\"b\\c\nd\te\x01 \xE2\x80\x9Cquoted\xE2\x80\x9D");
}

TEST(JsonWriterTest, RecordRoundTripsThroughAParser) {
  EventRecord r;
  r.article = "seed.txt";
  r.published = "2025-09-27";
  r.sentence_index = 3;
  r.sentence = "He said \"no\".";
  r.date = "2025-09-26";
  r.source = "USAGOV";
  r.target = "COLGOV";
  r.code = "172";
  r.root = "17";
  r.quad_class = 4;
  r.goldstein = -5.0;
  r.lang = "en";
  r.evidence = "{\"pattern\":\"x.txt:1 revoke * visa\"}";
  std::string out;
  AppendJsonRecord(r, &out, "\"event_id\":7");
  ASSERT_EQ(out.back(), '\n');
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["event_id"], 7);
  EXPECT_EQ(j["code"], "172");
  EXPECT_EQ(j["quad_class"], 4);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), -5.0);
  EXPECT_EQ(j["evidence"]["pattern"], "x.txt:1 revoke * visa");
  EXPECT_EQ(j["sentence"], "He said \"no\".");
}

TEST(JsonWriterTest, TsvHasOneLinePerRecord) {
  EventRecord r;
  r.sentence = "line\none\ttab";
  std::string out;
  AppendTsvRecord(r, &out);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  const std::string header = TsvHeader();
  EXPECT_EQ(std::count(header.begin(), header.end(), '\t'), std::count(out.begin(), out.end(), '\t'));
}

// The weight is written with std::to_chars, which must give printf's "%.1f"
// (what the records held before, and what stored runs compare against):
// every CAMEO weight, halfway cases of the binary value, -0.0 and large
// values, in both formats.
TEST(JsonWriterTest, GoldsteinIsWrittenAsPrintfWritesIt) {
  std::vector<double> values = {-0.0, 0.0, 0.05, 0.15, 0.25, -0.25, 2.45, 9.95, -9.95, 1e6 + 0.05, 123456.789};
  for (int tenths = -100; tenths <= 100; ++tenths) values.push_back(tenths / 10.0);
  for (int k = -2000; k <= 2000; ++k) values.push_back(k / 200.0);  // .x5 halfway cases
  for (double g : values) {
    char expect[64];
    std::snprintf(expect, sizeof expect, "%.1f", g);
    EventRecord r;
    r.goldstein = g;
    std::string json, tsv;
    AppendJsonRecord(r, &json);
    AppendTsvRecord(r, &tsv);
    EXPECT_NE(json.find(std::string(",\"goldstein\":") + expect + ","), std::string::npos) << g << " " << json;
    EXPECT_NE(tsv.find(std::string("\t") + expect + "\t"), std::string::npos) << g << " " << tsv;
  }
}

}  // namespace
}  // namespace dyad
