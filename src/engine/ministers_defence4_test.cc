// Defence ministers 2000-2026, fourth pass (data/actors/people/
// ministers_2000_2026_defence_3.txt and defence terms added in place to people
// listed elsewhere; docs/accuracy.md, "stop 28 (h-def4)"): the whole English
// pipeline on sentences we wrote, dated inside a term and after it, so that a
// wrong start or end date or a wrong role fails here.
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

// Guatemala's defence ministers are generals on active duty: MIL while in
// the post, nothing once the Morales government ended in January 2020.
TEST(MinistersDefence4Test, RaldaServingGeneralUntilTheEndOfTheTerm) {
  const std::string s = "Luis Miguel Ralda criticized Mexico on Monday.";
  auto ev = CodeText(s, "2018-09-10");
  EXPECT_EQ(DyadOf(ev, "111"), "GTMMIL>MEX") << Dump(ev);
  ev = CodeText(s, "2021-09-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GTM") << Dump(ev);
}

// El Salvador likewise; Martinez Varela served through Flores's term only.
TEST(MinistersDefence4Test, MartinezVarelaUnderFlores) {
  const std::string s = "Juan Antonio Martinez Varela criticized Honduras on Tuesday.";
  auto ev = CodeText(s, "2001-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "SLVMIL>HND") << Dump(ev);
  ev = CodeText(s, "2006-03-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SLV") << Dump(ev);
}

// A civilian minister, and his distinctive surname alone.
TEST(MinistersDefence4Test, ValakiviCivilianAndSurname) {
  auto ev = CodeText("Jakke Valakivi criticized Chile on Wednesday.", "2015-10-14");
  EXPECT_EQ(DyadOf(ev, "111"), "PERGOV>CHL") << Dump(ev);
  ev = CodeText("Valakivi criticized Chile on Wednesday.", "2016-02-10");
  EXPECT_EQ(DyadOf(ev, "111"), "PERGOV>CHL") << Dump(ev);
  ev = CodeText("Jakke Valakivi criticized Chile on Wednesday.", "2018-02-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PER") << Dump(ev);
}

// Saavedra: two terms with Chacon's months in between, where he is not coded.
TEST(MinistersDefence4Test, SaavedraTwoTermsAndAGap) {
  const std::string s = "Ruben Saavedra criticized Chile on Thursday.";
  auto ev = CodeText(s, "2010-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "BOLGOV>CHL") << Dump(ev);
  ev = CodeText(s, "2011-05-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BOL") << Dump(ev);
  ev = CodeText(s, "2013-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "BOLGOV>CHL") << Dump(ev);
  ev = CodeText(s, "2016-05-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BOL") << Dump(ev);
}

// Cyprus: Mavronikolas under Papadopoulos, then not coded.
TEST(MinistersDefence4Test, MavronikolasUnderPapadopoulos) {
  const std::string s = "Kyriakos Mavronikolas criticized Turkey on Monday.";
  auto ev = CodeText(s, "2004-11-08");
  EXPECT_EQ(DyadOf(ev, "111"), "CYPGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2009-11-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CYP") << Dump(ev);
}

// DR Congo: Mwando Nsimba in Muzito's governments.
TEST(MinistersDefence4Test, MwandoNsimbaInMuzitosGovernments) {
  const std::string s = "Charles Mwando Nsimba criticized Rwanda on Friday.";
  auto ev = CodeText(s, "2010-09-10");
  EXPECT_EQ(DyadOf(ev, "111"), "CODGOV>RWA") << Dump(ev);
  ev = CodeText(s, "2014-09-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "COD") << Dump(ev);
}

// Burundi: a civilian minister (GOV) followed by a serving general (MIL).
TEST(MinistersDefence4Test, BurundiCivilianThenGeneral) {
  auto ev = CodeText("Emmanuel Ntahonvukiye criticized Rwanda on Monday.", "2017-04-10");
  EXPECT_EQ(DyadOf(ev, "111"), "BDIGOV>RWA") << Dump(ev);
  ev = CodeText("Emmanuel Ntahonvukiye criticized Rwanda on Monday.", "2022-04-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BDI") << Dump(ev);
  ev = CodeText("Alain Tribert Mutabazi criticized Rwanda on Monday.", "2022-04-11");
  EXPECT_EQ(DyadOf(ev, "111"), "BDIMIL>RWA") << Dump(ev);
}

// Terms added in place: Otarola's first spell at defence (2011-2012) before
// his 2022 one, al-Dulaimi's acting years (2010-2014) after his 2005 term,
// Tony Tan's defence years long before his presidency.
TEST(MinistersDefence4Test, TermsAddedInPlace) {
  auto ev = CodeText("Alberto Otarola criticized Chile on Monday.", "2012-02-13");
  EXPECT_EQ(DyadOf(ev, "111"), "PERGOV>CHL") << Dump(ev);
  ev = CodeText("Alberto Otarola criticized Chile on Monday.", "2016-02-15");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PER") << Dump(ev);
  ev = CodeText("Saadoun al-Dulaimi criticized Syria on Monday.", "2012-10-08");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQGOV>SYR") << Dump(ev);
  ev = CodeText("Saadoun al-Dulaimi criticized Syria on Monday.", "2016-10-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IRQ") << Dump(ev);
  ev = CodeText("Tony Tan criticized Malaysia on Monday.", "2001-10-08");
  EXPECT_EQ(DyadOf(ev, "111"), "SGPGOV>MYS") << Dump(ev);
  ev = CodeText("Tony Tan criticized Malaysia on Monday.", "2008-10-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SGP") << Dump(ev);
}

}  // namespace
}  // namespace dyad
