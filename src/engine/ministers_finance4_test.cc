// Finance ministers 2000-2026, third pass (data/actors/people/
// ministers_2000_2026_finance_3.txt and finance terms added in place to people
// listed elsewhere; docs/accuracy.md, "stop 29 (h-fin4)"): the whole English
// pipeline on sentences we wrote, dated inside a term and after it, so that a
// wrong start or end date or a wrong role fails here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/runner.h"
#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeText;
using testing::Dump;
using testing::DyadOf;
using testing::SourceCountryOf;

// Zalm: finance minister twice, leading the VVD in parliament in between
// (2002-2003), out of politics after 2007.
TEST(MinistersFinance4Test, ZalmTwoTermsAndParliamentBetween) {
  auto ev = CodeText("Gerrit Zalm criticized Belgium on Monday.", "2005-06-06");
  EXPECT_EQ(DyadOf(ev, "111"), "NLDGOV>BEL") << Dump(ev);
  ev = CodeText("Zalm criticized Belgium on Monday.", "2002-10-07");
  EXPECT_EQ(DyadOf(ev, "111"), "NLDLEG>BEL") << Dump(ev);
  ev = CodeText("Gerrit Zalm criticized Belgium on Monday.", "2008-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NLD") << Dump(ev);
}

// Bos left the finance ministry when Labour left the cabinet in 2010.
TEST(MinistersFinance4Test, BosUntilLabourLeft) {
  const std::string s = "Wouter Bos criticized Belgium on Tuesday.";
  auto ev = CodeText(s, "2008-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "NLDGOV>BEL") << Dump(ev);
  ev = CodeText(s, "2011-06-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NLD") << Dump(ev);
}

// Bayartsogt held Mongolia's finance ministry 2008-2012 only.
TEST(MinistersFinance4Test, BayartsogtOnlyWhileMinister) {
  const std::string s = "Sangajav Bayartsogt criticized China on Tuesday.";
  auto ev = CodeText(s, "2010-05-04");
  EXPECT_EQ(DyadOf(ev, "111"), "MNGGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2014-05-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MNG") << Dump(ev);
}

// Baudin was Haiti's economy and finance minister at the time of the 2010
// earthquake; nothing is listed after 2011.
TEST(MinistersFinance4Test, BaudinInBellerivesGovernment) {
  const std::string s = "Ronald Baudin criticized the Dominican Republic on Monday.";
  auto ev = CodeText(s, "2010-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "HTIGOV>DOM") << Dump(ev);
  ev = CodeText(s, "2013-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HTI") << Dump(ev);
}

// Metia: finance minister under two prime ministers with a gap between them
// (Toafa's short government of 2010 had Laafai).
TEST(MinistersFinance4Test, MetiaAndTheGapOf2010) {
  const std::string s = "Lotoala Metia criticized Fiji on Monday.";
  auto ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "TUVGOV>FJI") << Dump(ev);
  ev = CodeText(s, "2010-11-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TUV") << Dump(ev);
  ev = CodeText("Monise Laafai criticized Fiji on Monday.", "2010-11-08");
  EXPECT_EQ(DyadOf(ev, "111"), "TUVGOV>FJI") << Dump(ev);
}

// A finance term added in place to a former prime minister: Toafa was
// Sopoaga's deputy and finance minister, and nothing after 2019.
TEST(MinistersFinance4Test, ToafaFinanceTermAddedInPlace) {
  const std::string s = "Maatia Toafa criticized Fiji on Monday.";
  auto ev = CodeText(s, "2015-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "TUVGOV>FJI") << Dump(ev);
  ev = CodeText(s, "2021-06-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TUV") << Dump(ev);
}

// Abdul-Mahdi: finance minister and vice president 2004-2011, out of office
// until the oil ministry in 2014.
TEST(MinistersFinance4Test, AbdulMahdiBeforeThePremiership) {
  const std::string s = "Adil Abdul-Mahdi criticized Syria on Monday.";
  auto ev = CodeText(s, "2004-09-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQGOV>SYR") << Dump(ev);
  ev = CodeText(s, "2013-03-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IRQ") << Dump(ev);
}

// Jamaica's finance ministry changed hands with the government in 2007.
TEST(MinistersFinance4Test, DaviesThenShaw) {
  auto ev = CodeText("Omar Davies criticized Trinidad and Tobago on Monday.", "2005-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "JAMGOV>TTO") << Dump(ev);
  ev = CodeText("Omar Davies criticized Trinidad and Tobago on Monday.", "2009-03-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "JAM") << Dump(ev);
  ev = CodeText("Audley Shaw criticized Trinidad and Tobago on Monday.", "2009-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "JAMGOV>TTO") << Dump(ev);
  ev = CodeText("Audley Shaw criticized Trinidad and Tobago on Monday.", "2013-03-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "JAM") << Dump(ev);
}

// A distinctive surname alone codes the minister in office (Benachenhou's
// second term 2003-2005) and nothing once he has left.
TEST(MinistersFinance4Test, BenachenhouSurnameAlone) {
  const std::string s = "Benachenhou criticized Morocco on Monday.";
  auto ev = CodeText(s, "2004-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "DZAGOV>MAR") << Dump(ev);
  ev = CodeText(s, "2008-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "DZA") << Dump(ev);
}

// Rizal Ramli: Wahid's economic ministers to 2001, Jokowi's maritime
// coordinating minister 2015-2016, nothing between.
TEST(MinistersFinance4Test, RizalRamliTwoGovernments) {
  const std::string s = "Rizal Ramli criticized Malaysia on Monday.";
  auto ev = CodeText(s, "2001-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNGOV>MYS") << Dump(ev);
  ev = CodeText(s, "2008-03-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IDN") << Dump(ev);
  ev = CodeText(s, "2016-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNGOV>MYS") << Dump(ev);
}

// Kuwait's finance ministry in the 2020s: al-Fassam's open term, and a
// predecessor who is no longer coded.
TEST(MinistersFinance4Test, KuwaitFinanceMinistersOfThe2020s) {
  auto ev = CodeText("Noura al-Fassam criticized Iraq on Monday.", "2025-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "KWTGOV>IRQ") << Dump(ev);
  ev = CodeText("Noura al-Fassam criticized Iraq on Monday.", "2022-03-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KWT") << Dump(ev);
  ev = CodeText("Khalifa Hamada criticized Iraq on Monday.", "2021-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "KWTGOV>IRQ") << Dump(ev);
  ev = CodeText("Khalifa Hamada criticized Iraq on Monday.", "2025-03-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KWT") << Dump(ev);
}

// Papua New Guinea's treasurers: Philemon under Somare, dismissed in 2006.
TEST(MinistersFinance4Test, PhilemonTreasurerUnderSomare) {
  const std::string s = "Bart Philemon criticized Australia on Monday.";
  auto ev = CodeText(s, "2004-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "PNGGOV>AUS") << Dump(ev);
  ev = CodeText(s, "2008-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PNG") << Dump(ev);
}

// Guatemala under Morales: a finance minister coded in his term and not
// after he left in 2018.
TEST(MinistersFinance4Test, EstradaOnlyWhileMinister) {
  const std::string s = "Julio Hector Estrada criticized Honduras on Monday.";
  auto ev = CodeText(s, "2016-06-06");
  EXPECT_EQ(DyadOf(ev, "111"), "GTMGOV>HND") << Dump(ev);
  ev = CodeText(s, "2019-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GTM") << Dump(ev);
}

}  // namespace
}  // namespace dyad
