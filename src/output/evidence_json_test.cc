#include "output/evidence_json.h"

#include <random>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dyad {
namespace {

std::string Nlohmann(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// Every byte value, the escapes nlohmann treats specially, UTF-8 of each
// length, and invalid sequences (lone continuation, truncated, overlong,
// surrogate) must come out as nlohmann writes them.
TEST(EvidenceJsonTest, StringsMatchNlohmannByteForByte) {
  std::vector<std::string> cases = {"",
                                    "plain words",
                                    "q\"b\\s\b\f\n\r\t\x01\x1f\x7f end",
                                    "Bogot\xC3\xA1 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80",
                                    "lone \x80 continuation",
                                    "truncated \xE2\x80",
                                    "overlong \xC0\xAF",
                                    "surrogate \xED\xA0\x80 x",
                                    "\xFF\xFE"};
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  cases.push_back(all);
  std::mt19937 rng(7);
  const char pieces[][5] = {"a", "\"", "\\", "\n", "\x02", "\xC3\xA9", "\xE2\x82\xAC", "\x80", "\xC3", " "};
  for (int i = 0; i < 200; ++i) {
    std::string s;
    for (int k = 0; k < 12; ++k) s += pieces[rng() % 10];
    cases.push_back(s);
  }
  for (const std::string& s : cases) {
    std::string out;
    AppendNlohmannString(s, &out);
    EXPECT_EQ(out, Nlohmann(nlohmann::json(s))) << "input bytes: " << s.size();
  }
}

// AddString's own plain-value path (word-at-a-time copy, overlapping tail
// words of 4, 2 and 1 bytes): every length to 25, plain and with one byte
// that needs escaping or is not ASCII at each position, as first and later
// fields, in an object that outgrows its first 768 bytes.
TEST(EvidenceJsonTest, AddStringEveryLengthAndPositionMatchesNlohmann) {
  const char specials[] = {'"', '\\', '\n', '\x1f', '\x7f', '\x80', '\xC3'};
  std::vector<std::string> keys;  // the object's keys must outlive it
  // append, not "k" + ...: GCC 12 at -O3 gives a false -Wrestrict on a
  // literal plus a std::string (GCC bug 105651).
  for (int k = 0; k < 40; ++k) keys.push_back(std::string("k").append(std::to_string(10 + k)));
  for (size_t n = 0; n <= 25; ++n) {
    for (size_t pos = 0; pos <= n; ++pos) {
      for (char sp : specials) {
        std::string v;
        for (size_t i = 0; i < n; ++i) v.push_back(static_cast<char>('a' + i % 26));
        if (pos < n) v[pos] = sp;  // pos == n: the plain string
        CompactJsonObject o;
        nlohmann::json j = nlohmann::json::object();
        for (int k = 0; k < 40; ++k) {  // 40 fields of up to ~35 bytes: past 768
          o.AddString(JsonKey(std::string_view(keys[k])), v);
          j[keys[k]] = v;
        }
        EXPECT_EQ(o.Take(), Nlohmann(j)) << "length " << n << " special at " << pos;
      }
    }
  }
}

TEST(EvidenceJsonTest, ObjectsMatchNlohmannKeyOrderAndNesting) {
  CompactJsonObject inner;
  inner.AddString("words", "the minister");
  inner.AddString("code", "COLGOV");
  inner.AddString("antecedent", "Petro");
  CompactJsonObject o;
  o.AddString("trigger", "accused");
  o.AddString("pattern", "verbs/11.txt:4 accuse + of");
  o.AddNumber("date_sentence", 12);
  o.AddRaw("source_actor", inner.Dump());
  o.AddString("code_name", "Accuse");

  nlohmann::json e;
  e["trigger"] = "accused";
  e["pattern"] = "verbs/11.txt:4 accuse + of";
  e["date_sentence"] = uint32_t{12};
  e["source_actor"]["words"] = "the minister";
  e["source_actor"]["code"] = "COLGOV";
  e["source_actor"]["antecedent"] = "Petro";
  e["code_name"] = "Accuse";
  EXPECT_EQ(o.Dump(), Nlohmann(e));
  EXPECT_EQ(CompactJsonObject().Dump(), "{}");
}

// Keys that tie on their first 8 bytes, keys that are prefixes of others
// and bytes above 0x7f in the first 8 must still come out in std::map
// (byte-wise) order; a nested object added with AddObject must give the
// bytes AddRaw(key, obj.Dump()) gives.
TEST(EvidenceJsonTest, KeyOrderBeyondThePrefixAndAddObject) {
  const char* keys[] = {"source_actor", "source_actors", "source_a", "source", "date", "date_rule",
                        "date_sentence", "title", "title_ignored", "z", "\xC3\xA9t\xC3\xA9", "Zeta", "a"};
  CompactJsonObject o;
  nlohmann::json e;
  for (const char* k : keys) {
    o.AddString(k, k);
    e[k] = k;
  }
  EXPECT_EQ(o.Dump(), Nlohmann(e));

  auto make_inner = [] {
    CompactJsonObject inner;
    inner.AddString("words", "the minister");
    inner.AddString("code", "COLGOV");
    inner.AddString("period_rule", "title");
    return inner;
  };
  CompactJsonObject inner1 = make_inner(), inner2 = make_inner();
  CompactJsonObject a, b;
  a.AddString("trigger", "met");
  a.AddObject("target_actor", inner1);
  b.AddString("trigger", "met");
  b.AddRaw("target_actor", inner2.Dump());
  EXPECT_EQ(a.Dump(), b.Dump());
  EXPECT_EQ(a.Dump(), "{\"target_actor\":{\"code\":\"COLGOV\",\"period_rule\":\"title\",\"words\":\"the minister\"},"
                      "\"trigger\":\"met\"}");
}


// A nested object written in place (the constructor with a parent) gives
// the bytes of the same object added with AddObject, and nlohmann's, also
// when the child's and the parent's keys come out of order (the fields
// are then sorted over their own bytes only), past the inline room for 16
// fields, and for keys made at compile time or too long to be prepared.
TEST(EvidenceJsonTest, NestedObjectInPlaceSortsOnlyItsOwnFields) {
  nlohmann::json e;
  CompactJsonObject o;
  o.AddString("verb", "shelled");
  e["verb"] = "shelled";
  {
    CompactJsonObject child(o, "actor");
    child.AddString("words", "the \"rebels\"");
    child.AddNumber("line", 42);
    child.AddString("code", "REB");
    child.Close();
  }
  e["actor"]["words"] = "the \"rebels\"";
  e["actor"]["line"] = 42;
  e["actor"]["code"] = "REB";
  {
    CompactJsonObject child(o, "plain");  // in order: nothing to sort
    child.AddString("a", "1");
    child.AddString("b", "2");
    child.Close();
  }
  e["plain"]["a"] = "1";
  e["plain"]["b"] = "2";
  o.AddString("date", "Tuesday");
  e["date"] = "Tuesday";
  // Longer than JsonKey's prepared `,"key":` (written piece by piece).
  const char* long_key = "a_key_of_more_than_forty_bytes_for_the_slow_path";
  o.AddString(long_key, "x");
  e[long_key] = "x";
  static constexpr JsonKey kMade{"made_at_compile_time"};
  o.AddString(kMade, "y");
  e["made_at_compile_time"] = "y";
  for (int k = 20; k-- > 0;) {  // 20 more, in reverse order
    static const std::string keys[] = {"k00", "k01", "k02", "k03", "k04", "k05", "k06", "k07", "k08", "k09",
                                       "k10", "k11", "k12", "k13", "k14", "k15", "k16", "k17", "k18", "k19"};
    o.AddNumber(JsonKey(keys[k]), static_cast<uint64_t>(k));
    e[keys[k]] = k;
  }
  const std::string want = Nlohmann(e);
  EXPECT_EQ(o.Dump(), want);
  EXPECT_EQ(o.Dump(), want);  // Dump may be asked again
  EXPECT_EQ(o.Take(), want);
}

}  // namespace
}  // namespace dyad
