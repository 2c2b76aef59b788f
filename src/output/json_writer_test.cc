#include "output/json_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
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

// The record as the field-by-field appends wrote it before the record was
// written through one buffer (json_writer.cc): every string through
// AppendJsonString.
std::string ReferenceRecord(const EventRecord& r, std::string_view extra) {
  std::string out = "{";
  if (!extra.empty()) out.append(extra).push_back(',');
  auto field = [&](const char* key, const std::string& v) {
    out.append("\"").append(key).append("\":");
    AppendJsonString(v, &out);
    out.push_back(',');
  };
  field("article", r.article);
  field("published", r.published);
  out += "\"sentence_index\":" + std::to_string(r.sentence_index) + ",";
  field("sentence", r.sentence);
  field("date", r.date);
  field("date_text", r.date_text);
  field("source", r.source);
  field("source_text", r.source_text);
  field("target", r.target);
  field("target_text", r.target_text);
  field("code", r.code);
  field("root", r.root);
  char g[64];
  std::snprintf(g, sizeof g, "%.1f", r.goldstein);
  out += "\"quad_class\":" + std::to_string(r.quad_class) + ",\"goldstein\":" + g + ",";
  field("verb_text", r.verb_text);
  field("lang", r.lang);
  out += "\"evidence\":" + (r.evidence.empty() ? std::string("{}") : r.evidence) + "}\n";
  return out;
}

// Strings of every length from 0 to 40 with a byte that needs escaping (or
// UTF-8, which is copied) at each place, in every string field, after
// records already in the output (the writer grows the string it is given).
TEST(JsonWriterTest, RecordIsTheSameAsFieldByFieldAppends) {
  const std::vector<std::string> specials = {"", "\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f",
                                             "\xC3\xA1", "\xE2\x80\x9C", "\xff"};
  std::string out = "previous line\n", expect = out;
  size_t records = 0;
  for (size_t len = 0; len <= 40; ++len) {
    for (const std::string& special : specials) {
      for (size_t field = 0; field < 13; ++field) {
        std::string text;
        for (size_t i = 0; i < len; ++i) text.push_back(static_cast<char>('a' + i % 26));
        const size_t at = field % 3 == 0 ? 0 : field % 3 == 1 ? len / 2 : len;  // first, middle, last
        text.insert(at, special);
        EventRecord r;
        std::string* fields[] = {&r.article, &r.published, &r.sentence,    &r.date, &r.date_text,
                                 &r.source,  &r.source_text, &r.target,    &r.target_text, &r.code,
                                 &r.root,    &r.verb_text,   &r.lang};
        for (std::string* f : fields) *f = "plain";
        *fields[field] = text;
        r.sentence_index = static_cast<uint32_t>(len * 1000 + field);
        r.quad_class = static_cast<int>(field) - 2;
        r.goldstein = -10.0 + static_cast<double>(len) / 2;
        r.evidence = len % 2 ? std::string("{\"pattern\":\"p\"}") : std::string();
        const std::string extra = field % 4 == 0 ? "\"event_id\":" + std::to_string(len) : "";
        AppendJsonRecord(r, &out, extra);
        expect += ReferenceRecord(r, extra);
        ++records;
      }
    }
  }
  ASSERT_EQ(out.size(), expect.size());
  EXPECT_EQ(out, expect);
  EXPECT_EQ(static_cast<size_t>(std::count(out.begin(), out.end(), '\n')), records + 1);  // a newline escaped
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
  // Whole tenths take a fast path (json_writer.cc); near it: tenths that
  // are not the nearest double (0.1 * 3), large tenths on both sides of its
  // bound, and values it must leave to to_chars.
  for (double g : {0.1 * 3, -0.1 * 3, 0.7 * 3, 99999.9, -99999.9, 999999.9, 1e6 - 0.1, 1e6, 1e6 + 0.1, 1234567.8,
                   1e15, -1e15, 1e20, 5e-324, -5e-324, 0.04999999999999999, std::nan(""), -std::nan(""),
                   std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()})
    values.push_back(g);
  for (int k = -100000; k <= 100000; k += 37) values.push_back(k / 10.0);
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
