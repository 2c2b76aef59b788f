#include "actors/dictionary.h"

#include <gtest/gtest.h>

#include "model/cache_file.h"

namespace dyad {
namespace {

// A person's pronoun line (ActorEntry::pronoun), and PronounOf finding it
// from a mention's entry reference.
TEST(ActorDictionaryTest, ReadsAPersonsPronoun) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText(
      "@kind person\n"
      "Ana Lopez | Lopez\n"
      "  pronoun she   # a comment\n"
      "  MEXGOV 2001..2004\n"
      "Juan Ruiz\n"
      "  MEXGOV 2001..2004\n"
      "  pronoun he\n"
      "Pat Diaz\n"
      "  MEXGOV 2001..2004\n",
      "people.txt", &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  ASSERT_EQ(d.entries().size(), 3u);
  EXPECT_EQ(d.entries()[0].pronoun, ActorEntry::Pronoun::kShe);
  EXPECT_EQ(d.entries()[1].pronoun, ActorEntry::Pronoun::kHe);
  EXPECT_EQ(d.entries()[2].pronoun, ActorEntry::Pronoun::kUnknown);
  for (const ActorEntry& e : d.entries()) EXPECT_EQ(d.PronounOf(e.where()), e.pronoun);
  // Another dictionary's entry, or none: unknown.
  ActorEntry other;
  other.names = {"Ana Lopez"};
  other.pronoun = ActorEntry::Pronoun::kShe;
  EXPECT_EQ(d.PronounOf(other.where()), ActorEntry::Pronoun::kUnknown);
  EXPECT_EQ(d.PronounOf({}), ActorEntry::Pronoun::kUnknown);
  // A "she" prefers a woman, then an unmarked person; a "he" never a woman.
  EXPECT_EQ(ActorEntry::PronounFit(true, ActorEntry::Pronoun::kShe), 2);
  EXPECT_EQ(ActorEntry::PronounFit(true, ActorEntry::Pronoun::kUnknown), 1);
  EXPECT_EQ(ActorEntry::PronounFit(true, ActorEntry::Pronoun::kHe), 0);
  EXPECT_EQ(ActorEntry::PronounFit(false, ActorEntry::Pronoun::kHe), 1);
  EXPECT_EQ(ActorEntry::PronounFit(false, ActorEntry::Pronoun::kUnknown), 1);
  EXPECT_EQ(ActorEntry::PronounFit(false, ActorEntry::Pronoun::kShe), 0);
}

// Negatives: an unknown pronoun is an error (the entry is skipped); a
// pronoun on an entry that is no person a warning.
TEST(ActorDictionaryTest, ReportsABadPronounLine) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText(
      "@kind person\n"
      "Ana Lopez\n"
      "  pronoun they\n"
      "  MEXGOV 2001..2004\n"
      "@kind country\n"
      "Mexico\n"
      "  pronoun she\n"
      "  MEX\n",
      "people.txt", &problems);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_TRUE(problems[0].error);
  EXPECT_EQ(problems[0].line, 3u);
  EXPECT_FALSE(problems[1].error);
  EXPECT_EQ(problems[1].line, 7u);
  // The entry with the error is skipped, as any; the warning's loads.
  ASSERT_EQ(d.entries().size(), 1u);
  EXPECT_EQ(d.entries()[0].names[0], "Mexico");
}

TEST(ActorDictionaryTest, ReadsEntriesNamesAndDatedCodes) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText(
      "@kind person\n"
      "# a comment\n"
      "Gustavo Petro | Petro   # trailing comment\n"
      "  + President Petro | @petrogustavo\n"
      "  COLGOV 2022-08-07..2026-08-06\n"
      "  COLLEG 2018-07-20..2022-08-06\n"
      "\n"
      "@kind agent\n"
      "administration\n"
      "  ~GOV anaphor default=USA\n"
      "shopper | shoppers\n"
      "  ~CVL placed\n",
      "people.txt", &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  ASSERT_EQ(d.entries().size(), 3u);
  const ActorEntry& p = d.entries()[0];
  EXPECT_EQ(p.kind, ActorKind::kPerson);
  EXPECT_EQ(p.names, (std::vector<std::string>{"Gustavo Petro", "Petro", "President Petro", "@petrogustavo"}));
  EXPECT_EQ(p.line, 3u);
  EXPECT_EQ(p.ref(), "people.txt:3 Gustavo Petro");
  ASSERT_NE(p.CodeAt(Date::Day(2025, 9, 26).first_day()), nullptr);
  EXPECT_EQ(p.CodeAt(Date::Day(2025, 9, 26).first_day())->code, "COLGOV");
  EXPECT_EQ(p.CodeAt(Date::Day(2020, 1, 1).first_day())->code, "COLLEG");
  EXPECT_EQ(p.CodeAt(Date::Day(2010, 1, 1).first_day()), nullptr);
  EXPECT_EQ(p.CodeAt(INT32_MIN)->code, "COLGOV");  // unknown date: the latest role
  const ActorEntry& a = d.entries()[1];
  EXPECT_TRUE(a.is_agent());
  EXPECT_TRUE(a.anaphor);
  EXPECT_FALSE(a.placed);
  EXPECT_EQ(a.default_country, "USA");
  EXPECT_TRUE(d.entries()[2].placed);  // a private person: no actor without a country
  EXPECT_FALSE(d.entries()[2].anaphor);
}

// Without a date, a person stands for the office the entry lists, not the
// years around it: the latest period outside an ELI role, whatever order
// the periods are written in; an entry with only ELI periods keeps the
// latest of them. (Names and codes made up.)
TEST(ActorDictionaryTest, UnknownDateGivesTheLatestOfficeNotTheYearsAround) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText(
      "Marta Quillen | Quillen\n"
      "  ABCLEG 1990-01-01..1996-12-31   # deputy\n"
      "  ABCELI 1997-01-01..1997-05-31   # president-elect\n"
      "  ABCGOV 1997-06-01..2005-05-31\n"
      "  ABCELI 2005-06-01..             # former president\n"
      "Tomas Ferrel\n"
      "  ABCELI 2012..\n"
      "  ABCOPP 2001..2004\n"
      "  ABCGOV 2005..2011\n"
      "Ines Varo\n"
      "  ABCELI 1999..2000\n"
      "  ABCELI 2001..\n",
      "people.txt", &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  ASSERT_EQ(d.entries().size(), 3u);
  EXPECT_EQ(d.entries()[0].CodeAt(INT32_MIN)->code, "ABCGOV");
  EXPECT_EQ(d.entries()[0].CodeAt(Date::Day(2010, 1, 1).first_day())->code, "ABCELI");  // a date still decides
  EXPECT_EQ(d.entries()[1].CodeAt(INT32_MIN)->code, "ABCGOV");
  const CodePeriod* c = d.entries()[2].CodeAt(INT32_MIN);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "ABCELI");
  EXPECT_EQ(c->to, INT32_MAX);
}

TEST(ActorDictionaryTest, YearAndMonthBoundsCoverWholePeriods) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText("X\n  ABCGOV 2019..2020-02\n", "f", &problems);
  ASSERT_TRUE(problems.empty());
  const auto& c = d.entries()[0].codes[0];
  EXPECT_EQ(c.from, Date::Day(2019, 1, 1).first_day());
  EXPECT_EQ(c.to, Date::Day(2020, 2, 29).first_day());
}

TEST(ActorDictionaryTest, ReportsProblemsWithFileAndLineAndKeepsGoing) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText(
      "  COL\n"                  // 1: code outside an entry
      "Colombia\n"               // 2: fine
      "  COL\n"
      "Nowhere\n"                // 4: no code
      "Bad Dates\n"              // 5
      "  ABC 2020-13-01..\n"     // 6: malformed
      "Backwards\n"
      "  ABC 2021..2020\n"       // 8: ends before start
      "@color blue\n",           // 9: unknown directive
      "countries.txt", &problems);
  ASSERT_EQ(d.entries().size(), 1u);
  EXPECT_EQ(d.entries()[0].names[0], "Colombia");
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_EQ(problems[0].line, 1u);
  EXPECT_EQ(problems[1].line, 4u);
  EXPECT_NE(problems[1].str().find("countries.txt:4: error: entry 'Nowhere' has no code"), std::string::npos);
  EXPECT_EQ(problems[2].line, 6u);
  EXPECT_EQ(problems[3].line, 8u);
  EXPECT_EQ(problems[4].line, 9u);
}

TEST(ActorDictionaryTest, HashtagNamesAreNotComments) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText("Movement | #FreeTheVote  # a comment\n  + #Other\n  XYZOPP\n", "f", &problems);
  ASSERT_TRUE(problems.empty());
  EXPECT_EQ(d.entries()[0].names, (std::vector<std::string>{"Movement", "#FreeTheVote", "#Other"}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// Stop 35: `shared=XXX`, a place name of a second country (ActorEntry::shared).
TEST(ActorDictionaryTest, ReadsASharedPlaceNamesSecondCountry) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText(
      "@kind capital\n"
      "Portville\n"
      "  AAAGOV shared=BBB\n"
      "Otherton\n"
      "  CCCGOV\n",
      "capitals.txt", &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  ASSERT_EQ(d.entries().size(), 2u);
  ASSERT_TRUE(d.entries()[0].shared);
  EXPECT_EQ(d.entries()[0].shared->code, "BBB");
  EXPECT_EQ(d.entries()[0].shared->line, 3u);
  EXPECT_EQ(d.entries()[0].codes.size(), 1u);
  EXPECT_EQ(d.entries()[0].codes[0].code, "AAAGOV");
  EXPECT_FALSE(d.entries()[1].shared);
}

// Stop 35 (h-speed22): `shared` is held by pointer, null for no second
// country; the cache writes it as before (an empty code for none), and a
// restored dictionary has the same second country, line and nulls.
TEST(ActorDictionaryTest, ASharedCountrySurvivesTheCache) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText(
      "@kind capital\n"
      "Otherton\n"
      "  CCCGOV\n"
      "Portville\n"
      "  AAAGOV shared=BBB\n"
      "Thirdham\n"
      "  DDDGOV\n",
      "capitals.txt", &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  CacheWriter w;
  d.Save(&w);
  CacheReader r(w.bytes());
  ActorDictionary back;
  ASSERT_TRUE(back.Restore(&r));
  ASSERT_EQ(back.entries().size(), 3u);
  EXPECT_FALSE(back.entries()[0].shared);
  ASSERT_TRUE(back.entries()[1].shared);
  EXPECT_EQ(back.entries()[1].shared->code, "BBB");
  EXPECT_EQ(back.entries()[1].shared->line, 5u);
  EXPECT_FALSE(back.entries()[2].shared);  // the one read before is not carried on
  // A copied entry points to the same period: a Raw's code stays valid.
  ActorEntry copy = back.entries()[1];
  EXPECT_EQ(copy.shared.get(), back.entries()[1].shared.get());
}

TEST(ActorDictionaryTest, ReportsAMalformedSharedCountry) {
  ActorDictionary d;
  std::vector<DictProblem> problems;
  d.LoadText(
      "Portville\n"
      "  AAAGOV shared=bb\n"
      "officials\n"
      "  ~GOV shared=BBB\n",  // an agent has no place of its own to share
      "capitals.txt", &problems);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].line, 2u);
  EXPECT_EQ(problems[1].line, 4u);
  EXPECT_TRUE(d.entries().empty());
}

}  // namespace
}  // namespace dyad
