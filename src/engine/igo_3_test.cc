// IGO leaders, UN mission heads and regional secretaries-general added in
// data/actors/people/igo_officials_3.txt, the organisations of
// data/actors/igo_3.txt and the companies and media of
// data/actors/media_business_2.txt (docs/accuracy.md, "stop 29 (h-igo3)"):
// the whole English and Spanish pipeline on sentences we wrote, with the
// dates deciding a person's office and a body's life, and the cases each
// entry must leave alone (common names without their office, bare words,
// aircraft names, a news agency that only reports).
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

// A minister who later headed a UN mission: Norway's development minister in
// 2003, head of the UN mission in South Sudan in 2013.
TEST(Igo3Test, HildeJohnsonFromMinisterToMissionHead) {
  const std::string s = "Hilde Frafjord Johnson criticized Sudan on Monday.";
  auto ev = CodeText(s, "2013-05-06");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>SDN") << Dump(ev);
  ev = CodeText(s, "2003-05-05");
  EXPECT_EQ(DyadOf(ev, "111"), "NORGOV>SDN") << Dump(ev);
}

// A regional secretary-general who moved to the UN: ECOWAS in 2008, the UN's
// office for West Africa in 2016.
TEST(Igo3Test, ChambasFromEcowasToTheUn) {
  const std::string s = "Mohamed Ibn Chambas urged Guinea to hold elections on Tuesday.";
  auto ev = CodeText(s, "2008-05-06");
  EXPECT_EQ(DyadOf(ev, "020"), "IGOWAFWAS>GIN") << Dump(ev);
  ev = CodeText(s, "2016-05-03");
  EXPECT_EQ(DyadOf(ev, "020"), "IGOUNO>GIN") << Dump(ev);
}

// A UN agency chief with a national office before it: UNEP in 2017,
// Norway's government in 2009.
TEST(Igo3Test, SolheimFromMinisterToUnep) {
  const std::string s = "Erik Solheim praised Kenya on Monday.";
  auto ev = CodeText(s, "2017-05-08");
  EXPECT_EQ(DyadOf(ev, "051"), "IGOUNOENV>KEN") << Dump(ev);
  ev = CodeText(s, "2009-05-04");
  EXPECT_EQ(DyadOf(ev, "051"), "NORGOV>KEN") << Dump(ev);
}

// A UNIFIL force commander is coded with the mission's peacekeeper code
// during his command and names no one before it.
TEST(Igo3Test, UnifilCommanderOnlyDuringHisCommand) {
  const std::string s = "Stefano Del Col praised Lebanon on Tuesday.";
  auto ev = CodeText(s, "2020-05-05");
  EXPECT_EQ(DyadOf(ev, "051"), "IGOUNOPKO>LBN") << Dump(ev);
  ev = CodeText(s, "2015-05-05");
  EXPECT_EQ(DyadOf(ev, "051"), "") << Dump(ev);
}

// An office added in place to a person listed elsewhere: Koenders headed UN
// missions in Côte d'Ivoire and Mali before he was Dutch foreign minister.
TEST(Igo3Test, KoendersUnMissionThenForeignMinister) {
  const std::string s = "Bert Koenders criticized Mali on Tuesday.";
  auto ev = CodeText(s, "2013-11-05");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>MLI") << Dump(ev);
  ev = CodeText(s, "2016-05-03");
  EXPECT_EQ(DyadOf(ev, "111"), "NLDGOV>MLI") << Dump(ev);
}

// A common full name is listed only with its office: "Peter Hansen" alone
// names no one, "UNRWA chief Peter Hansen" is UNRWA's commissioner-general.
TEST(Igo3Test, CommonNameOnlyWithItsOffice) {
  auto ev = CodeText("Peter Hansen criticized Israel on Tuesday.", "2002-05-07");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
  ev = CodeText("UNRWA chief Peter Hansen criticized Israel on Tuesday.", "2002-05-07");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNOREF>ISR") << Dump(ev);
}

// The Middle East Quartet is listed by its full names: a string quartet is
// no diplomatic group.
TEST(Igo3Test, QuartetOnlyByItsFullName) {
  auto ev = CodeText("The Middle East Quartet urged Israel to halt settlement building on Tuesday.", "2010-05-04");
  EXPECT_EQ(DyadOf(ev, "020"), "IGO>ISR") << Dump(ev);
  ev = CodeText("A string quartet criticized Israel on Tuesday.", "2010-05-04");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// A UN peacebuilding office is coded while its mandate ran (BINUB,
// 2007-2010), not after it.
TEST(Igo3Test, BurundiOfficeOnlyDuringItsMandate) {
  const std::string s = "BINUB criticized Burundi on Tuesday.";
  auto ev = CodeText(s, "2009-05-05");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>BDI") << Dump(ev);
  ev = CodeText(s, "2016-05-03");
  EXPECT_EQ(DyadOf(ev, "111"), "") << Dump(ev);
}

// The CSTO's Spanish initials in Spanish news.
TEST(Igo3Test, CstoInSpanish) {
  auto ev = CodeText("La OTSC criticó a Armenia el martes.", "2023-05-09", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOCAS>ARM") << Dump(ev);
}

// Arms companies are coded with their headquarters' country.
TEST(Igo3Test, ArmsCompaniesByHeadquarters) {
  auto ev = CodeText("Lockheed Martin signed a contract with Poland on Tuesday.", "2019-05-07");
  EXPECT_EQ(DyadOf(ev, "057"), "USABUS>POL") << Dump(ev);
  ev = CodeText("Rheinmetall signed a deal with Ukraine on Tuesday.", "2023-05-09");
  EXPECT_EQ(DyadOf(ev, "057"), "DEUBUS>UKR") << Dump(ev);
}

// An aircraft's maker is not the aircraft: "a Boeing 737" shot down is no
// act against the company (bare "Boeing" is left out), while the company's
// own name still codes it.
TEST(Igo3Test, AircraftNameIsNotTheCompany) {
  auto ev = CodeText("Iranian missiles shot down a Boeing 737 over Tehran on Wednesday.", "2020-01-08");
  EXPECT_EQ(Dump(ev).find("USABUS"), std::string::npos) << Dump(ev);
  ev = CodeText("Boeing Co signed a contract with Qatar on Tuesday.", "2019-05-07");
  EXPECT_EQ(DyadOf(ev, "057"), "USABUS>QAT") << Dump(ev);
}

// A news agency in a credit line reports the event; it is not its doer.
TEST(Igo3Test, AgencyInCreditLineIsNotTheDoer) {
  auto ev = CodeText("Israeli troops killed three Palestinians on Tuesday, Deutsche Presse-Agentur reported.",
                     "2016-05-03");
  EXPECT_EQ(DyadOf(ev, "190"), "ISRMIL>PSE") << Dump(ev);
  for (const EventRecord& e : ev) EXPECT_NE(e.source, "DEUMED") << Dump(ev);
}

// Social platforms are left out: criticising someone "on Twitter" names no
// American company.
TEST(Igo3Test, PlatformIsAPlaceNotAnActor) {
  auto ev = CodeText("Kenya's president criticized Uganda on Twitter on Tuesday.", "2019-05-07");
  EXPECT_EQ(DyadOf(ev, "111"), "KENGOV>UGA") << Dump(ev);
  EXPECT_EQ(Dump(ev).find("USABUS"), std::string::npos) << Dump(ev);
}

}  // namespace
}  // namespace dyad
