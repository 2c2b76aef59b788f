// Military chiefs 2000-2026 of Africa, the Middle East and South Asia
// (data/actors/people/military_chiefs_2.txt and chiefs' terms added in place
// to people listed elsewhere; docs/accuracy.md, "stop 28 (h-mil1)"): the
// whole English pipeline on sentences we wrote, dated inside a term and after
// it, so that a wrong start or end date or a wrong role fails here.
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

// India's air chief of 2016-2019, named with his rank; nothing once he
// retired.
TEST(MilitaryChiefs2Test, DhanoaAirChiefWithRank) {
  const std::string s = "Air Chief Marshal B. S. Dhanoa criticized Pakistan on Monday.";
  auto ev = CodeText(s, "2018-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "INDMIL>PAK") << Dump(ev);
  ev = CodeText(s, "2020-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IND") << Dump(ev);
}

// Pakistan's chairman of the joint chiefs 2010-2013.
TEST(MilitaryChiefs2Test, WynneChairmanOfTheJointChiefs) {
  const std::string s = "Khalid Shameem Wynne criticized India on Monday.";
  auto ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKMIL>IND") << Dump(ev);
  ev = CodeText(s, "2015-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PAK") << Dump(ev);
}

// An ISI chief is SPY; the same man as a corps commander afterwards is MIL,
// and after his retirement nothing.
TEST(MilitaryChiefs2Test, FaizHameedSpyThenCorpsCommander) {
  const std::string s = "Faiz Hameed criticized Afghanistan on Monday.";
  auto ev = CodeText(s, "2020-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKSPY>AFG") << Dump(ev);
  ev = CodeText(s, "2022-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKMIL>AFG") << Dump(ev);
  ev = CodeText(s, "2023-06-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PAK") << Dump(ev);
}

// A coup leader is GOV from the day he took power (Burkina Faso, 2015), MIL
// while he headed the presidential guard, nothing after the coup failed.
TEST(MilitaryChiefs2Test, DiendereGuardChiefThenJunta) {
  const std::string s = "Gilbert Diendere criticized France on Monday.";
  auto ev = CodeText(s, "2014-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "BFAMIL>FRA") << Dump(ev);
  ev = CodeText(s, "2015-09-21");
  EXPECT_EQ(DyadOf(ev, "111"), "BFAGOV>FRA") << Dump(ev);
  ev = CodeText(s, "2016-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BFA") << Dump(ev);
}

// Nigeria's army chief of 2010-2014.
TEST(MilitaryChiefs2Test, IhejirikaArmyChief) {
  const std::string s = "Azubuike Ihejirika criticized Cameroon on Monday.";
  auto ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "NGAMIL>CMR") << Dump(ev);
  ev = CodeText(s, "2016-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NGA") << Dump(ev);
}

// A chief of the SANDF who later became a civilian minister: MIL, then GOV,
// then nothing.
TEST(MilitaryChiefs2Test, NyandaChiefThenMinister) {
  const std::string s = "Siphiwe Nyanda criticized Zimbabwe on Monday.";
  auto ev = CodeText(s, "2003-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "ZAFMIL>ZWE") << Dump(ev);
  ev = CodeText(s, "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "ZAFGOV>ZWE") << Dump(ev);
  ev = CodeText(s, "2012-06-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ZAF") << Dump(ev);
}

// South Sudan's chief of staff 2014-2017, dismissed in 2017.
TEST(MilitaryChiefs2Test, MalongChiefOfStaff) {
  const std::string s = "Paul Malong criticized Sudan on Monday.";
  auto ev = CodeText(s, "2016-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "SSDMIL>SDN") << Dump(ev);
  ev = CodeText(s, "2019-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SSD") << Dump(ev);
}

// Iran's Revolutionary Guards commander before Jafari (2007).
TEST(MilitaryChiefs2Test, RahimSafaviUntilTwentySeven) {
  const std::string s = "Yahya Rahim Safavi criticized Israel on Monday.";
  auto ev = CodeText(s, "2005-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IRNMIL>ISR") << Dump(ev);
  ev = CodeText(s, "2009-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IRN") << Dump(ev);
}

// Added in place: Syria's chief of staff of 2011-2012 before he became
// defence minister; before 2011 he was not coded.
TEST(MilitaryChiefs2Test, FreijChiefOfStaffBeforeMinistry) {
  const std::string s = "Fahd Jassem al-Freij criticized Turkey on Monday.";
  auto ev = CodeText(s, "2012-01-09");
  EXPECT_EQ(DyadOf(ev, "111"), "SYRMIL>TUR") << Dump(ev);
  ev = CodeText(s, "2010-06-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SYR") << Dump(ev);
}

// Added in place: Iraq's army chief of staff who became interior minister.
TEST(MilitaryChiefs2Test, GhanimiChiefThenInteriorMinister) {
  const std::string s = "Othman al-Ghanimi criticized Syria on Monday.";
  auto ev = CodeText(s, "2018-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQMIL>SYR") << Dump(ev);
  ev = CodeText(s, "2021-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQGOV>SYR") << Dump(ev);
}

// Added in place: Mauritania's chief of staff who became president.
TEST(MilitaryChiefs2Test, GhazouaniChiefThenPresident) {
  const std::string s = "Mohamed Ould Ghazouani criticized Mali on Monday.";
  auto ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "MRTMIL>MLI") << Dump(ev);
  ev = CodeText(s, "2021-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "MRTGOV>MLI") << Dump(ev);
  ev = CodeText(s, "2005-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MRT") << Dump(ev);
}

// Added in place: Kochavi headed military intelligence (SPY) before his
// commands and the general staff (MIL); nothing was coded for 2010-2014.
TEST(MilitaryChiefs2Test, KochaviIntelligenceThenCommands) {
  const std::string s = "Aviv Kochavi criticized Iran on Monday.";
  auto ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRSPY>IRN") << Dump(ev);
  ev = CodeText(s, "2016-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRMIL>IRN") << Dump(ev);
  ev = CodeText(s, "2009-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ISR") << Dump(ev);
}

// Pakistan's army spokesman is named with his rank in most reports.
TEST(MilitaryChiefs2Test, GhafoorArmySpokesman) {
  const std::string s = "Major General Asif Ghafoor criticized India on Monday.";
  auto ev = CodeText(s, "2019-03-04");
  EXPECT_EQ(DyadOf(ev, "111"), "PAKMIL>IND") << Dump(ev);
  ev = CodeText(s, "2022-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PAK") << Dump(ev);
}

// Algeria's intelligence chief of 1990-2015 is SPY, nothing after.
TEST(MilitaryChiefs2Test, MedieneIntelligenceChief) {
  const std::string s = "Mohamed Mediene criticized Morocco on Monday.";
  auto ev = CodeText(s, "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "DZASPY>MAR") << Dump(ev);
  ev = CodeText(s, "2017-06-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "DZA") << Dump(ev);
}

// Guinea-Bissau's army chief of 2010-2014.
TEST(MilitaryChiefs2Test, IndjaiArmyChief) {
  const std::string s = "Antonio Indjai criticized Senegal on Monday.";
  auto ev = CodeText(s, "2012-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "GNBMIL>SEN") << Dump(ev);
  ev = CodeText(s, "2016-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GNB") << Dump(ev);
}

// Surnames and names that are common are listed only with rank or in full:
// "Chaudhari" alone is not India's air chief, and "Aziz Ahmed" without a
// rank is not Bangladesh's army chief, though both are inside the terms.
TEST(MilitaryChiefs2Test, CommonNamesNeedRankOrFullName) {
  auto ev = CodeText("Chaudhari criticized Pakistan on Monday.", "2022-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IND") << Dump(ev);
  ev = CodeText("Aziz Ahmed criticized India on Monday.", "2019-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BGD") << Dump(ev);
  ev = CodeText("General Aziz Ahmed criticized India on Monday.", "2019-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "BGDMIL>IND") << Dump(ev);
}

}  // namespace
}  // namespace dyad
