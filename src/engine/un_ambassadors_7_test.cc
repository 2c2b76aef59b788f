// UN envoys, seventh pass (data/actors/people/un_ambassadors_6.txt;
// docs/accuracy.md, "stop 30 (h-un7)"): the whole English pipeline on
// sentences we wrote, each dated inside a term and after it (or before it),
// so that a wrong start or end date or a wrong country fails here. The file
// un_ambassadors_6_test.cc already tests the fifth data file, hence the 7.
#include <gtest/gtest.h>

#include <string>

#include "engine/engine.h"
#include "engine/runner.h"
#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeText;
using testing::Dump;
using testing::DyadOf;
using testing::SourceCountryOf;

// Staur followed Løj in New York; after 2013 he no longer spoke for Denmark
// there, and the surname alone is distinctive enough to code him.
TEST(UnAmbassadors7Test, StaurDenmarkThenNothing) {
  const std::string s = "Carsten Staur criticized Russia on Monday.";
  auto ev = CodeText(s, "2010-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "DNKGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2017-03-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "DNK") << Dump(ev);
  ev = CodeText("Staur praised Kenya on Tuesday.", "2009-06-09");
  EXPECT_EQ(DyadOf(ev, "051"), "DNKGOV>KEN") << Dump(ev);
}

// Pfanzelter's years end before Mayr-Harting's term.
TEST(UnAmbassadors7Test, PfanzelterOnlyHisYears) {
  const std::string s = "Gerhard Pfanzelter praised Slovakia on Wednesday.";
  auto ev = CodeText(s, "2005-10-12");
  EXPECT_EQ(DyadOf(ev, "051"), "AUTGOV>SVK") << Dump(ev);
  ev = CodeText(s, "2010-10-13");
  EXPECT_NE(SourceCountryOf(ev, "051"), "AUT") << Dump(ev);
}

// Miculescu came after Motoc; nothing is written for the Motoc years.
TEST(UnAmbassadors7Test, MiculescuAfterMotoc) {
  const std::string s = "Simona Miculescu criticized Moldova on Thursday.";
  auto ev = CodeText(s, "2011-04-14");
  EXPECT_EQ(DyadOf(ev, "111"), "ROUGOV>MDA") << Dump(ev);
  ev = CodeText(s, "2005-04-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ROU") << Dump(ev);
}

// Two Cuban envoys on either side of Malmierca, the second written without
// accents as wires often do.
TEST(UnAmbassadors7Test, CubanEnvoysRequeijoAndNunezMosquera) {
  auto ev = CodeText("Orlando Requeijo criticized Israel on Friday.", "2005-11-04");
  EXPECT_EQ(DyadOf(ev, "111"), "CUBGOV>ISR") << Dump(ev);
  ev = CodeText("Orlando Requeijo criticized Israel on Friday.", "2013-11-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CUB") << Dump(ev);
  ev = CodeText("Pedro Nunez Mosquera criticized Israel on Friday.", "2010-10-29");
  EXPECT_EQ(DyadOf(ev, "111"), "CUBGOV>ISR") << Dump(ev);
  ev = CodeText("Pedro Nunez Mosquera criticized Israel on Friday.", "2006-10-27");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CUB") << Dump(ev);
}

// Kleib between Natalegawa and Percaya; no Indonesian post is written before.
TEST(UnAmbassadors7Test, KleibOnlyHisYears) {
  const std::string s = "Hasan Kleib praised Myanmar on Monday.";
  auto ev = CodeText(s, "2011-02-07");
  EXPECT_EQ(DyadOf(ev, "051"), "IDNGOV>MMR") << Dump(ev);
  ev = CodeText(s, "2008-02-04");
  EXPECT_NE(SourceCountryOf(ev, "051"), "IDN") << Dump(ev);
}

// Rodney Charles codes Trinidad and Tobago in his term, not after it; the
// bare "Charles" must never code him (a common name).
TEST(UnAmbassadors7Test, RodneyCharlesButNotCharlesAlone) {
  const std::string s = "Rodney Charles criticized Venezuela on Tuesday.";
  auto ev = CodeText(s, "2012-09-11");
  EXPECT_EQ(DyadOf(ev, "111"), "TTOGOV>VEN") << Dump(ev);
  ev = CodeText(s, "2018-09-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TTO") << Dump(ev);
  ev = CodeText("Charles criticized Venezuela on Tuesday.", "2012-09-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TTO") << Dump(ev);
}

// Vilović and Štiglic, spelled with and without the diacritics.
TEST(UnAmbassadors7Test, VilovicAndStiglicBothSpellings) {
  auto ev = CodeText("Ranko Vilović praised Serbia on Wednesday.", "2011-05-11");
  EXPECT_EQ(DyadOf(ev, "051"), "HRVGOV>SRB") << Dump(ev);
  ev = CodeText("Ranko Vilovic praised Serbia on Wednesday.", "2016-05-11");
  EXPECT_NE(SourceCountryOf(ev, "051"), "HRV") << Dump(ev);
  ev = CodeText("Sanja Stiglic praised Croatia on Thursday.", "2008-03-13");
  EXPECT_EQ(DyadOf(ev, "051"), "SVNGOV>HRV") << Dump(ev);
  ev = CodeText("Sanja Štiglic praised Croatia on Thursday.", "2014-03-13");
  EXPECT_NE(SourceCountryOf(ev, "051"), "SVN") << Dump(ev);
}

// Lintonen's written years come after Rasi's and stop before 2009.
TEST(UnAmbassadors7Test, LintonenOnlyHerYears) {
  const std::string s = "Kirsti Lintonen praised Estonia on Friday.";
  auto ev = CodeText(s, "2007-06-08");
  EXPECT_EQ(DyadOf(ev, "051"), "FINGOV>EST") << Dump(ev);
  ev = CodeText(s, "2003-06-06");
  EXPECT_NE(SourceCountryOf(ev, "051"), "FIN") << Dump(ev);
}

// Two Serbian envoys in turn: each codes Serbia only in his own years, so the
// court-opinion years code Starčević and not Jevremović.
TEST(UnAmbassadors7Test, SerbianEnvoysInTurn) {
  auto ev = CodeText("Pavle Jevremovic criticized Albania on Monday.", "2008-02-25");
  EXPECT_EQ(DyadOf(ev, "111"), "SRBGOV>ALB") << Dump(ev);
  ev = CodeText("Pavle Jevremovic criticized Albania on Monday.", "2011-02-28");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SRB") << Dump(ev);
  ev = CodeText("Feodor Starčević criticized Albania on Monday.", "2011-02-28");
  EXPECT_EQ(DyadOf(ev, "111"), "SRBGOV>ALB") << Dump(ev);
}

// Meron Reuben spoke for Israel between two envoys; "Reuben" alone is a given
// name and must not code Israel.
TEST(UnAmbassadors7Test, MeronReubenButNotReubenAlone) {
  auto ev = CodeText("Meron Reuben criticized Iran on Tuesday.", "2010-11-09");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRGOV>IRN") << Dump(ev);
  ev = CodeText("Meron Reuben criticized Iran on Tuesday.", "2014-11-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ISR") << Dump(ev);
  ev = CodeText("Reuben criticized Iran on Tuesday.", "2010-11-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ISR") << Dump(ev);
}

// Nicaragua's envoy, with and without the accent on her given name.
TEST(UnAmbassadors7Test, RubialesDeChamorroOnlyHerYears) {
  auto ev = CodeText("Maria Rubiales de Chamorro criticized Costa Rica on Friday.", "2010-11-12");
  EXPECT_EQ(DyadOf(ev, "111"), "NICGOV>CRI") << Dump(ev);
  ev = CodeText("María Rubiales de Chamorro criticized Costa Rica on Friday.", "2005-11-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NIC") << Dump(ev);
}

}  // namespace
}  // namespace dyad
