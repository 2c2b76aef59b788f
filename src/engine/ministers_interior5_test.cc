// Interior ministers 2000-2026, fourth file
// (data/actors/people/ministers_2000_2026_interior_4.txt and interior terms
// added in place to people listed elsewhere; docs/accuracy.md, "stop 29
// (h-int6)"): the whole English pipeline on sentences we wrote, dated inside
// a term and after it (or between two terms), so that a wrong start or end
// date or a wrong role fails here.
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

// Greece: Simitis's last interior minister, out when New Democracy came in.
TEST(MinistersInterior5Test, SkandalidisUntil2004) {
  const std::string s = "Kostas Skandalidis criticized Turkey on Monday.";
  auto ev = CodeText(s, "2003-05-12");
  EXPECT_EQ(DyadOf(ev, "111"), "GRCGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2005-05-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GRC") << Dump(ev);
}

// Luxembourg: nine years at the interior ministry, then nothing coded.
TEST(MinistersInterior5Test, HalsdorfInJunckersCabinets) {
  const std::string s = "Jean-Marie Halsdorf criticized Belgium on Monday.";
  auto ev = CodeText(s, "2010-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "LUXGOV>BEL") << Dump(ev);
  ev = CodeText(s, "2015-05-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LUX") << Dump(ev);
}

// Estonia: Parts's interior minister, surname alone.
TEST(MinistersInterior5Test, LeivoSurnameAlone) {
  const std::string s = "Leivo criticized Russia on Monday.";
  auto ev = CodeText(s, "2004-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "ESTGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2006-06-05");
  EXPECT_NE(SourceCountryOf(ev, "111"), "EST") << Dump(ev);
}

// Syria: Sammour held the ministry until the April 2011 cabinet; his
// predecessor's term now ends in 2009 instead of running on to 2011.
TEST(MinistersInterior5Test, SammourAfterBassamAbdelMajeed) {
  auto ev = CodeText("Said Sammour criticized Israel on Monday.", "2010-06-07");
  EXPECT_EQ(DyadOf(ev, "111"), "SYRGOV>ISR") << Dump(ev);
  ev = CodeText("Said Sammour criticized Israel on Monday.", "2012-06-04");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SYR") << Dump(ev);
  ev = CodeText("Bassam Abdel Majeed criticized Israel on Monday.", "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "SYRGOV>ISR") << Dump(ev);
  ev = CodeText("Bassam Abdel Majeed criticized Israel on Monday.", "2010-06-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SYR") << Dump(ev);
}

// Yemen: al-Masri to Basindawa's cabinet of December 2011.
TEST(MinistersInterior5Test, MutaharAlMasriUntilBasindawa) {
  const std::string s = "Mutahar al-Masri criticized Saudi Arabia on Monday.";
  auto ev = CodeText(s, "2010-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "YEMGOV>SAU") << Dump(ev);
  ev = CodeText(s, "2013-03-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "YEM") << Dump(ev);
}

// Uruguay: Batlle's interior minister, not coded in Vázquez's term.
TEST(MinistersInterior5Test, StirlingThroughBatllesTerm) {
  const std::string s = "Guillermo Stirling criticized Argentina on Monday.";
  auto ev = CodeText(s, "2003-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "URYGOV>ARG") << Dump(ev);
  ev = CodeText(s, "2006-03-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "URY") << Dump(ev);
}

// Peru: García's interior minister of 2009-2010, gone after García's term.
TEST(MinistersInterior5Test, OctavioSalazarUnderGarcia) {
  const std::string s = "Octavio Salazar criticized Chile on Monday.";
  auto ev = CodeText(s, "2010-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PERGOV>CHL") << Dump(ev);
  ev = CodeText(s, "2012-03-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PER") << Dump(ev);
}

// Portugal: Rui Pereira, minister of internal administration 2007-2011.
TEST(MinistersInterior5Test, RuiPereiraInternalAdministration) {
  const std::string s = "Rui Pereira criticized Spain on Monday.";
  auto ev = CodeText(s, "2009-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "PRTGOV>ESP") << Dump(ev);
  ev = CodeText(s, "2012-03-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PRT") << Dump(ev);
}

// Romania: weeks at the interior ministry in 2009, nothing in 2010, speaker
// of the Chamber in 2018.
TEST(MinistersInterior5Test, DragneaMinisterThenSpeaker) {
  const std::string s = "Liviu Dragnea criticized Hungary on Monday.";
  auto ev = CodeText(s, "2009-01-19");
  EXPECT_EQ(DyadOf(ev, "111"), "ROUGOV>HUN") << Dump(ev);
  ev = CodeText(s, "2010-06-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ROU") << Dump(ev);
  ev = CodeText(s, "2018-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "ROULEG>HUN") << Dump(ev);
}

// Brunei: home affairs minister from the 2010 reshuffle to the 2018 one.
TEST(MinistersInterior5Test, BadaruddinOthmanHomeAffairs) {
  const std::string s = "Badaruddin Othman criticized Malaysia on Monday.";
  auto ev = CodeText(s, "2014-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "BRNGOV>MYS") << Dump(ev);
  ev = CodeText(s, "2019-03-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BRN") << Dump(ev);
}

// Kazakhstan: interior minister 2005-2009, nothing coded in 2011.
TEST(MinistersInterior5Test, MukhamedzhanovSurnameAlone) {
  const std::string s = "Mukhamedzhanov criticized Kyrgyzstan on Monday.";
  auto ev = CodeText(s, "2007-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "KAZGOV>KGZ") << Dump(ev);
  ev = CodeText(s, "2011-03-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KAZ") << Dump(ev);
}

// Mozambique: Chissano's last interior minister, out under Guebuza.
TEST(MinistersInterior5Test, ManhenjeUnderChissano) {
  const std::string s = "Almerino Manhenje criticized Zimbabwe on Monday.";
  auto ev = CodeText(s, "2003-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "MOZGOV>ZWE") << Dump(ev);
  ev = CodeText(s, "2006-03-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MOZ") << Dump(ev);
}

// The Netherlands: out of the cabinet between his justice and social
// affairs terms, interior minister in 2011.
TEST(MinistersInterior5Test, DonnerGapBetweenCabinets) {
  const std::string s = "Piet Hein Donner criticized Belgium on Monday.";
  auto ev = CodeText(s, "2006-12-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NLD") << Dump(ev);
  ev = CodeText(s, "2011-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "NLDGOV>BEL") << Dump(ev);
}

// Burundi, a term added in place: Bunyoni's first spell at public security,
// and nothing between it and his second spell.
TEST(MinistersInterior5Test, BunyoniFirstPublicSecurityTerm) {
  const std::string s = "Alain-Guillaume Bunyoni criticized Rwanda on Monday.";
  auto ev = CodeText(s, "2009-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "BDIGOV>RWA") << Dump(ev);
  ev = CodeText(s, "2013-03-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BDI") << Dump(ev);
}

}  // namespace
}  // namespace dyad
