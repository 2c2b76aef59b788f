// Which mentions are one event: merging and, as important, not merging.
#include "store/dedup.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/store.h"

namespace dyad {
namespace {

MergeKey Key(std::string_view src, std::string_view tgt, std::string_view code, std::string_view date,
             std::string_view date_text, std::string_view published, std::string_view trigger) {
  return MakeMergeKey(src, tgt, code, date, date_text, published, trigger);
}

TEST(DedupTest, SignatureStemsAndDropsNamesAndFunctionWords) {
  EXPECT_EQ(TriggerSignature("revoked Petro's visa"), (std::vector<std::string>{"revok", "visa"}));
  EXPECT_EQ(TriggerSignature("will revoke the visas of"), (std::vector<std::string>{"revok", "visa"}));
  EXPECT_EQ(TriggerSignature("accused the U.S. of"), (std::vector<std::string>{"accus"}));
}

TEST(DedupTest, SameRevocationReportedTwice) {
  MergeKey dated = Key("USAGOV", "COLGOV", "172", "2025-09-26", "Friday", "2025-09-27", "revoke Petro's visa");
  MergeKey undated = Key("USA", "COL", "172", "2025-10-05", "", "2025-10-05", "revoked Petro's visa");
  std::string why;
  EXPECT_TRUE(SameEvent(dated, undated, &why)) << why;
  EXPECT_TRUE(SameEvent(undated, dated, &why)) << why;  // symmetric
}

// "A week after the State Department revoked the visa" (Oct. 2) counts back
// to Sept. 25; the act was on the 26th. A counted distance is round, so its
// day widens by two either side; a day named by its own words does not.
TEST(DedupTest, ADateCountedFromAnotherIsRound) {
  MergeKey dated = Key("USAGOV", "COLGOV", "172", "2025-09-26", "Friday", "2025-09-27", "revoke Petro's visa");
  MergeKey counted =
      Key("USAGOV", "COLGOV", "172", "2025-09-25", "A week after", "2025-10-02", "revoked the visa of");
  std::string why;
  EXPECT_TRUE(SameEvent(dated, counted, &why)) << why;
  EXPECT_TRUE(SameEvent(counted, dated, &why)) << why;
  MergeKey far = Key("USAGOV", "COLGOV", "172", "2025-09-20", "A week after", "2025-09-27", "revoked the visa of");
  EXPECT_FALSE(SameEvent(dated, far, &why));
  MergeKey named = Key("USAGOV", "COLGOV", "172", "2025-09-25", "Thursday", "2025-09-27", "revoked the visa of");
  EXPECT_FALSE(SameEvent(dated, named, &why));
  EXPECT_TRUE(IsShiftText("two days before"));
  EXPECT_TRUE(IsShiftText("Una semana despu\xC3\xA9s de que"));
  EXPECT_FALSE(IsShiftText("Friday"));
  EXPECT_FALSE(IsShiftText("de"));
}

TEST(DedupTest, DifferentAccusationsStayApart) {
  MergeKey meddling = Key("COLGOV", "USA", "112", "2025-09-27", "", "2025-09-27", "accused the US of meddling");
  MergeKey murder = Key("COLGOV", "USA", "1121", "2025-10-05", "", "2025-10-05", "accused the U.S. of murder");
  std::string why;
  EXPECT_FALSE(SameEvent(meddling, murder, &why));
  EXPECT_NE(why.find("triggers"), std::string::npos) << why;
}

TEST(DedupTest, BareVerbMergesOnlyWithOwnDates) {
  MergeKey a = Key("COLGOV", "USA", "111", "2025-09-27", "", "2025-09-27", "condemned");
  MergeKey b = Key("COLGOV", "USA", "111", "2025-10-05", "", "2025-10-05", "condemned");
  EXPECT_FALSE(SameEvent(a, b, nullptr));
  MergeKey c = Key("COLGOV", "USA", "111", "2025-09-26", "Friday", "2025-09-27", "condemned");
  MergeKey d = Key("COLGOV", "USA", "111", "2025-09-26", "Sept. 26", "2025-09-28", "condemned");
  EXPECT_TRUE(SameEvent(c, d, nullptr));
}

TEST(DedupTest, SameDayAndCodeMergeAcrossLanguages) {
  MergeKey en = Key("USA", "COLGOV", "172", "2025-09-26", "Friday, Sept. 26", "2025-09-28", "revoked the visa");
  MergeKey es = Key("USA", "COLGOV", "172", "2025-09-26", "26 de septiembre", "2025-10-21", "revocó la visa");
  std::string why;
  EXPECT_TRUE(SameEvent(en, es, &why)) << why;
  EXPECT_TRUE(SameEvent(es, en, &why)) << why;
  // Not for a different code on that day, nor for a mention dated only by
  // its publication, nor for a month.
  MergeKey other = Key("USA", "COLGOV", "1721", "2025-09-26", "26 de septiembre", "2025-10-21", "revocó la visa");
  EXPECT_FALSE(SameEvent(en, other, nullptr));
  MergeKey undated = Key("USA", "COLGOV", "172", "2025-09-26", "", "2025-09-26", "revocó la visa");
  EXPECT_FALSE(SameEvent(en, undated, nullptr));
  MergeKey month = Key("USA", "COLGOV", "172", "2025-09", "septiembre", "2025-10-21", "revocó la visa");
  EXPECT_FALSE(SameEvent(en, month, nullptr));
}

TEST(DedupTest, DatesMustOverlapAndDyadMustAgree) {
  MergeKey sept = Key("USA", "COL", "172", "2025-09-26", "Friday", "2025-09-27", "revoke visa");
  MergeKey march = Key("USA", "COL", "172", "2025-03-02", "Sunday", "2025-03-03", "revoke visa");
  MergeKey other = Key("USA", "VEN", "172", "2025-09-26", "Friday", "2025-09-27", "revoke visa");
  MergeKey reversed = Key("COL", "USA", "172", "2025-09-26", "Friday", "2025-09-27", "revoke visa");
  EXPECT_FALSE(SameEvent(sept, march, nullptr));
  EXPECT_FALSE(SameEvent(sept, other, nullptr));
  EXPECT_FALSE(SameEvent(sept, reversed, nullptr));
  MergeKey month = Key("USA", "COL", "172", "2025-09", "in September", "2025-10-01", "revoke visa");
  EXPECT_TRUE(SameEvent(sept, month, nullptr));
}

// Two articles we wrote, stored in either order, give the same events, and
// the dated report sharpens the event first seen undated.
EventRecord Mention(std::string article, std::string date, std::string date_text, std::string code,
                    std::string verb, std::string object) {
  EventRecord r;
  r.article = article;
  r.sentence = "s";
  r.date = date;
  r.date_text = date_text;
  r.source = "USAGOV";
  r.target = "COLGOV";
  r.code = code;
  r.root = code.substr(0, 2);
  r.verb_text = verb;
  r.object_text = object;
  return r;
}

std::vector<std::string> StoreBoth(bool dated_first, const std::string& path) {
  std::filesystem::remove(path);
  std::string error;
  auto store = Store::Open(path, &error);
  EXPECT_NE(store, nullptr) << error;
  Article a, b;
  a.id = "lead";
  a.text = "a";
  a.content_hash = "aaaa";
  a.published = *Date::Parse("2025-09-27");
  a.source = "Wire";  // one outlet, two articles: one source
  b.id = "analysis";
  b.text = "b";
  b.content_hash = "bbbb";
  b.published = *Date::Parse("2025-10-05");
  b.source = "Wire";
  std::vector<EventRecord> ma = {Mention("lead", "2025-09-26", "Friday", "172", "will revoke", "Petro's visa")};
  std::vector<EventRecord> mb = {Mention("analysis", "2025-10-05", "", "172", "revoked", "Petro's visa"),
                                 Mention("analysis", "2025-10-05", "", "112", "accused", "Petro")};
  auto add = [&](const Article& art, const std::vector<EventRecord>& ms) {
    EXPECT_EQ(store->AddArticle(art, {"s"}, {""}, ms, &error), AddResult::kAdded) << error;
    EXPECT_TRUE(store->GroupEvents(&error)) << error;  // one run per article: batches must not matter
  };
  if (dated_first) {
    add(a, ma);
    add(b, mb);
  } else {
    add(b, mb);
    add(a, ma);
  }
  std::vector<StoredEvent> events;
  EXPECT_TRUE(store->Events({}, &events, &error)) << error;
  std::vector<std::string> out;
  for (const StoredEvent& e : events)
    out.push_back(e.date + " " + e.code + " " + std::to_string(e.num_mentions) + " " + std::to_string(e.num_articles) +
                  " " + std::to_string(e.num_sources) + " " + e.first_seen + " " + e.last_seen);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(DedupTest, GroupingDoesNotDependOnArrivalOrder) {
  std::string dir = ::testing::TempDir();
  auto one = StoreBoth(true, dir + "/dedup1.db");
  auto two = StoreBoth(false, dir + "/dedup2.db");
  EXPECT_EQ(one, two);
  EXPECT_EQ(one, (std::vector<std::string>{"2025-09-26 172 2 2 1 2025-09-27 2025-10-05",
                                           "2025-10-05 112 1 1 1 2025-10-05 2025-10-05"}));
}

}  // namespace
}  // namespace dyad
