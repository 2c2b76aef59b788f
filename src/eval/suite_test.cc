#include "eval/suite.h"

#include <gtest/gtest.h>

#include "config/paths.h"

namespace dyad {
namespace {

const std::string kDir = std::string(dyad::SourceDir()) + "/src/eval/testdata/";

TEST(SuiteTest, ReadsCameoSuitesWithTheirOwnSelection) {
  std::string err;
  auto s = ReadSuite(kDir + "mini_cameo.jsonl", &err);
  ASSERT_TRUE(s) << err;
  EXPECT_EQ(s->kind, SuiteKind::kCameo);
  ASSERT_EQ(s->records.size(), 4u);
  EXPECT_TRUE(s->records[1].expect_none);
  EXPECT_FALSE(s->records[2].scored);
}

TEST(SuiteTest, RootLabelsAreTwoDigitRootsUnionedOverCoders) {
  std::string err;
  auto s = ReadSuite(kDir + "mini_roots.jsonl", &err);
  ASSERT_TRUE(s) << err;
  EXPECT_EQ(s->kind, SuiteKind::kRootLabels);
  ASSERT_EQ(s->records[0].expected.size(), 2u);
  EXPECT_EQ(s->records[0].expected[0].code, "11");
  EXPECT_EQ(s->records[0].expected[1].code, "03");  // "1-3 ..." is root 03, not "3 "
  EXPECT_TRUE(s->records[1].expect_none);
}

TEST(SuiteTest, ScoresRootCodeDyadAndFalsePositives) {
  std::string err;
  auto s = ReadSuite(kDir + "mini_cameo.jsonl", &err);
  ASSERT_TRUE(s);
  Scores sc;
  ScoreRecord(*s, s->records[0], {{"RURGOV", "FRE", "112"}}, nullptr, &sc);            // exact root, code, dyad
  ScoreRecord(*s, s->records[1], {{"FRE", "RUR", "043"}}, nullptr, &sc);               // false positive
  ScoreRecord(*s, s->records[2], {{"RUR", "FRE", "190"}}, nullptr, &sc);               // not scored
  ScoreRecord(*s, s->records[3], {{"RURGOV", "FREGOV", "040"}, {"FREGOV", "RURGOV", "040"}}, nullptr, &sc);
  EXPECT_EQ(sc.records, 4);
  EXPECT_EQ(sc.scored_records, 3);
  EXPECT_EQ(sc.gold_events, 3);
  EXPECT_EQ(sc.predicted_events, 4);
  EXPECT_EQ(sc.root_tp, 3);
  EXPECT_EQ(sc.code_tp, 3);
  EXPECT_EQ(sc.dyad_ok, 3);
  EXPECT_EQ(sc.exact_records, 1);  // a4 only: a1 differs in the source's agent
  EXPECT_EQ(sc.none_records, 1);
  EXPECT_DOUBLE_EQ(sc.false_positive_rate(), 1.0);
  EXPECT_DOUBLE_EQ(sc.root_precision(), 0.75);
  EXPECT_DOUBLE_EQ(sc.root_recall(), 1.0);
  EXPECT_EQ(sc.per_root["04"].gold, 2);
  EXPECT_EQ(sc.per_root["04"].predicted, 3);
  EXPECT_NE(ScoresJson(sc).find("\"false_positive_rate\":1.0"), std::string::npos);
}

TEST(SuiteTest, PloverSuitesScoreThroughTheMapping) {
  std::string err;
  auto s = ReadSuite(kDir + "mini_plover.jsonl", &err);
  ASSERT_TRUE(s) << err;
  EXPECT_EQ(s->kind, SuiteKind::kPlover);
  Scores sc;
  PloverMap map = [](const std::string& c) { return c.substr(0, 2) == "19" ? "ASSAULT" : "OTHER"; };
  ScoreRecord(*s, s->records[0], {{"RURMIL", "FRECVL", "195"}}, map, &sc);
  EXPECT_EQ(sc.root_tp, 1);
  EXPECT_EQ(sc.dyad_ok, 1);
  EXPECT_DOUBLE_EQ(sc.type_and_dyad_recall(), 1.0);
  // The date PLOVER's gold records all carry in place of one (its README)
  // is dropped: the record is coded as undated. A real date stays.
  ASSERT_EQ(s->records.size(), 3u);
  EXPECT_EQ(s->records[0].date, "");
  EXPECT_EQ(s->records[1].date, "");
  EXPECT_EQ(s->records[2].date, "2001-03-04");
}

TEST(SuiteTest, Plover05TypesDifferFromThe2021Crosswalk) {
  EXPECT_EQ(PloverType05("112", "ACCUSE"), "DISAPPROVE");
  EXPECT_EQ(PloverType05("091", "ACCUSE"), "INVESTIGATE");
  EXPECT_EQ(PloverType05("1041", "REQUEST"), "DEMAND");
  EXPECT_EQ(PloverType05("163", "COERCE"), "SANCTION");
  EXPECT_EQ(PloverType05("1712", "ASSAULT"), "COERCE");
  EXPECT_EQ(PloverType05("0813", "RETREAT"), "CONCEDE");
  EXPECT_EQ(PloverType05("0871", "RETREAT"), "RETREAT");
  EXPECT_EQ(PloverType05("195", "ASSAULT"), "FIGHT");
  EXPECT_EQ(PloverType05("192", "COERCE"), "FIGHT");
  EXPECT_EQ(PloverType05("191", "COERCE"), "COERCE");
  EXPECT_EQ(PloverType05("203", "ASSAULT"), "FIGHT");
  EXPECT_EQ(PloverType05("1823", "ASSAULT"), "ASSAULT");
  EXPECT_EQ(PloverType05("181", "ASSAULT"), "COERCE");
}

TEST(SuiteTest, PloverCountriesMatchSuccessorStatesAndGoldSpellings) {
  EXPECT_TRUE(SamePloverCountry("SCGGOV", "SRB"));
  EXPECT_TRUE(SamePloverCountry("SCG", "MNE"));
  EXPECT_FALSE(SamePloverCountry("SRB", "SCG"));  // a successor is not its predecessor
  EXPECT_FALSE(SamePloverCountry("SCG", "HRV"));
  EXPECT_TRUE(SamePloverCountry("JPNGOV", "JAP"));
  EXPECT_TRUE(SamePloverCountry("IGOUNO", "IGO"));
  EXPECT_FALSE(SamePloverCountry("NGOHLHIRC", "IGO"));
}

TEST(SuiteTest, ParsesTabariDefaultOption) {
  Article::CodingDefaults d = ParseTabariDefault("DEFAULT: SOURCE [AAA] PRIOR TARGET [BBB] AFTER");
  EXPECT_EQ(d.source, "AAA");
  EXPECT_EQ(d.target, "BBB");
  EXPECT_TRUE(d.source_prior && d.target_after);
  d = ParseTabariDefault("DEFAULT: SOURCE [AAA] TARGET [BBB]");
  EXPECT_FALSE(d.source_prior || d.target_after);
  d = ParseTabariDefault("DEFAULT: OFF");
  EXPECT_TRUE(d.source.empty() && d.target.empty());
}

TEST(SuiteTest, ParsesTabariLimitOptions) {
  Article::TabariLimits base;
  base.min_words = 8;
  Article::TabariLimits l = ParseTabariLimits("SET: MINIMUM WORDS = 20 */", "COMPLEX: VERBS[5] CONJ[4] EXPLAIN", base);
  EXPECT_EQ(l.min_words, 20);
  EXPECT_EQ(l.complex_verbs, 5);
  EXPECT_EQ(l.complex_conjunctions, 4);
  EXPECT_FALSE(l.no_actor_prior);
  EXPECT_TRUE(ParseTabariLimits("", "COMPLEX: VERBS[5] NOACTPRIOR", base).no_actor_prior);
  l = ParseTabariLimits("", "", base);  // no line: the base holds
  EXPECT_EQ(l.min_words, 8);
  EXPECT_EQ(l.complex_verbs, 0);
  l = ParseTabariComma("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 7 BMIN = 1 BMAX = 8", base);
  EXPECT_EQ(l.comma_min, 4);
  EXPECT_EQ(l.comma_max, 6);
  EXPECT_EQ(l.comma_emin, 3);
  EXPECT_EQ(l.comma_emax, 7);
  EXPECT_EQ(l.comma_bmin, 1);
  EXPECT_EQ(l.comma_bmax, 8);
  l = ParseTabariComma("COMMA: OFF", l);
  EXPECT_EQ(l.comma_max + l.comma_emax + l.comma_bmax, 0);
  EXPECT_EQ(l.min_words, 8);
}

TEST(SuiteTest, RejectsNonEventSuitesClearly) {
  std::string err;
  EXPECT_FALSE(ReadSuite(kDir + "does_not_exist.jsonl", &err));
  EXPECT_NE(err.find("cannot open"), std::string::npos);
}

TEST(SuiteTest, EventsSuiteReadsCodesRootSetsSubsetsAndLanguage) {
  std::string err;
  auto s = ReadSuite(kDir + "mini_events.jsonl", &err);
  ASSERT_TRUE(s) << err;
  EXPECT_EQ(s->kind, SuiteKind::kEvents);
  ASSERT_EQ(s->records.size(), 7u);
  const SuiteRecord& r0 = s->records[0];
  EXPECT_EQ(r0.lang, "es");
  EXPECT_EQ(r0.subset, "cameo");
  ASSERT_EQ(r0.expected.size(), 1u);
  EXPECT_EQ(r0.expected[0].code, "112");  // the name after the code is dropped
  EXPECT_TRUE(r0.expected[0].full_code);
  EXPECT_TRUE(r0.expected[0].actors_coded);
  EXPECT_TRUE(s->records[1].expect_none);
  const GoldEvent& set = s->records[2].expected[1];
  EXPECT_EQ(set.roots, (std::vector<std::string>{"18", "19", "20"}));
  EXPECT_FALSE(set.full_code);
  EXPECT_FALSE(s->records[2].expected[0].actors_coded);  // null codes: not coded
  EXPECT_FALSE(s->records[3].scored);                    // meta.evaluate = false
  EXPECT_EQ(s->records[3].expected[0].code, "08");       // a range is its root
  EXPECT_FALSE(s->records[4].scored);                    // no readable code
}

TEST(SuiteTest, EventsSuiteScoresCodesOnlyWhereGoldHasThem) {
  std::string err;
  auto s = ReadSuite(kDir + "mini_events.jsonl", &err);
  ASSERT_TRUE(s) << err;
  Scores sc;
  sc.kind = s->kind;
  ScoreRecord(*s, s->records[0], {{"RURGOV", "FRE", "111"}}, nullptr, &sc);  // root right, code wrong, dyad right
  ScoreRecord(*s, s->records[1], {{"RUR", "", "010"}}, nullptr, &sc);        // false positive
  ScoreRecord(*s, s->records[2], {{"", "", "145"}, {"", "", "193"}, {"", "", "043"}}, nullptr, &sc);
  ScoreRecord(*s, s->records[5], {{"COLREB", "", "190"}}, nullptr, &sc);     // target missing: dyad wrong
  EXPECT_EQ(sc.gold_events, 4);
  EXPECT_EQ(sc.predicted_events, 6);
  EXPECT_EQ(sc.root_tp, 4);                 // 11, 14, 19 in {18,19,20}, 19
  EXPECT_DOUBLE_EQ(sc.predicted_per_gold(), 1.5);
  EXPECT_EQ(sc.code_gold_events, 2);        // records 0 and 5 (record 1 has no gold events)
  EXPECT_EQ(sc.code_predicted_events, 3);   // records 0, 1 and 5
  EXPECT_EQ(sc.code_tp, 1);                 // 190
  EXPECT_EQ(sc.dyad_checked, 2);            // the PLOVER record has no actor codes
  EXPECT_EQ(sc.dyad_ok, 1);
  EXPECT_EQ(sc.none_false_positive, 1);
  // Exact records need the gold's count, full codes and coded dyads: none here.
  EXPECT_EQ(sc.exact_records, 0);
  Scores exact;
  exact.kind = s->kind;
  ScoreRecord(*s, s->records[0], {{"RURGOV", "FRE", "112"}}, nullptr, &exact);          // code and dyad
  ScoreRecord(*s, s->records[2], {{"RUR", "", "145"}, {"", "", "193"}}, nullptr, &exact);  // roots; actors not coded
  ScoreRecord(*s, s->records[5], {{"COLREB", "COLCOP", "190"}}, nullptr, &exact);     // agents: any actor
  EXPECT_EQ(exact.exact_records, 3);
  EXPECT_NE(FormatScores(sc).find("events produced per gold event: 1.500"), std::string::npos);
}

// The suite writes the coders' unknown actor "---" as null; our unknown
// source is "---" or empty. Both agree with a null gold side, and a named
// actor does not.
TEST(SuiteTest, EventsSuiteUnknownSourceAgreesWithNullGold) {
  std::string err;
  auto s = ReadSuite(kDir + "mini_events.jsonl", &err);
  ASSERT_TRUE(s) << err;
  const SuiteRecord& r = s->records[6];
  ASSERT_TRUE(r.expected[0].actors_coded);  // the target is coded
  for (const char* unknown : {"---", ""}) {
    Scores sc;
    sc.kind = s->kind;
    ScoreRecord(*s, r, {{unknown, "COLMIL", "190"}}, nullptr, &sc);
    EXPECT_EQ(sc.dyad_checked, 1) << unknown;
    EXPECT_EQ(sc.dyad_ok, 1) << unknown;
    EXPECT_EQ(sc.exact_records, 1) << unknown;
  }
  Scores named;
  named.kind = s->kind;
  ScoreRecord(*s, r, {{"COLREB", "COLMIL", "190"}}, nullptr, &named);
  EXPECT_EQ(named.dyad_checked, 1);
  EXPECT_EQ(named.dyad_ok, 0);
}

}  // namespace
}  // namespace dyad
