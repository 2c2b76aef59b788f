// UN envoys, fifth pass (data/actors/people/un_ambassadors_4.txt and the UN
// roles added in place; docs/accuracy.md, "stop 28 (h-un5)"): the whole
// English pipeline on sentences we wrote, each dated inside a term and after
// it (or before it), so that a wrong start or end date, a wrong country or a
// missing in-place role fails here.
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

// Gatete: Rwanda's finance minister, then its UN envoy, then head of the UN's
// economic commission for Africa, a UN body and no longer Rwanda.
TEST(UnAmbassadors5Test, GateteRwandaThenTheUn) {
  const std::string s = "Claver Gatete criticized Uganda on Monday.";
  auto ev = CodeText(s, "2022-11-07");
  EXPECT_EQ(DyadOf(ev, "111"), "RWAGOV>UGA") << Dump(ev);
  ev = CodeText(s, "2024-11-11");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNODEV>UGA") << Dump(ev);
  ev = CodeText(s, "2012-11-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "RWA") << Dump(ev);
}

// Albanai's distinctive surname alone codes Kuwait's envoy in his years.
TEST(UnAmbassadors5Test, AlbanaiSurnameAlone) {
  const std::string s = "Albanai praised Egypt on Tuesday.";
  auto ev = CodeText(s, "2023-05-09");
  EXPECT_EQ(DyadOf(ev, "051"), "KWTGOV>EGY") << Dump(ev);
  ev = CodeText(s, "2018-05-08");
  EXPECT_NE(SourceCountryOf(ev, "051"), "KWT") << Dump(ev);
}

// Arrmanatha Nasir: UN envoy, then deputy foreign minister; nothing before.
TEST(UnAmbassadors5Test, NasirFromNewYorkToJakarta) {
  const std::string s = "Arrmanatha Nasir criticized Myanmar on Wednesday.";
  auto ev = CodeText(s, "2023-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNGOV>MMR") << Dump(ev);
  ev = CodeText(s, "2025-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "IDNGOV>MMR") << Dump(ev);
  ev = CodeText(s, "2019-03-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IDN") << Dump(ev);
}

// Szczerski served President Duda from 2015; before that no role is known.
TEST(UnAmbassadors5Test, SzczerskiFromTheChancelleryToNewYork) {
  const std::string s = "Krzysztof Szczerski criticized Belarus on Thursday.";
  auto ev = CodeText(s, "2022-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>BLR") << Dump(ev);
  ev = CodeText(s, "2013-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "POL") << Dump(ev);
}

// Marschik chaired the Council-reform talks for Austria; only his years are
// written. (The name alone: "Austrian ambassador" codes AUTGOV on any date.)
TEST(UnAmbassadors5Test, MarschikOnlyHisYears) {
  const std::string s = "Alexander Marschik praised Kuwait on Friday.";
  auto ev = CodeText(s, "2024-02-09");
  EXPECT_EQ(DyadOf(ev, "051"), "AUTGOV>KWT") << Dump(ev);
  ev = CodeText(s, "2015-02-13");
  EXPECT_NE(SourceCountryOf(ev, "051"), "AUT") << Dump(ev);
}

// Ecuador's envoy chaired the G77 in 2017; only those years are written.
TEST(UnAmbassadors5Test, SevillaBorjaOnlyHisYears) {
  const std::string s = "Horacio Sevilla Borja criticized Colombia on Monday.";
  auto ev = CodeText(s, "2017-04-10");
  EXPECT_EQ(DyadOf(ev, "111"), "ECUGOV>COL") << Dump(ev);
  ev = CodeText(s, "2020-04-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ECU") << Dump(ev);
}

// Added in place: Alhakim was Iraq's envoy, then head of ESCWA (a UN body),
// then Iraq's foreign minister.
TEST(UnAmbassadors5Test, AlhakimEnvoyUnOfficialMinister) {
  const std::string s = "Mohamed Ali Alhakim criticized Turkey on Tuesday.";
  auto ev = CodeText(s, "2015-09-08");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2018-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNODEV>TUR") << Dump(ev);
  ev = CodeText(s, "2019-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2022-03-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IRQ") << Dump(ev);
}

// Added in place: Cho Tae-yul was South Korea's envoy before Cho Hyun; the
// years between the envoy post and the foreign ministry code nothing.
TEST(UnAmbassadors5Test, ChoTaeYulEnvoyThenMinister) {
  const std::string s = "Cho Tae-yul criticized North Korea on Wednesday.";
  auto ev = CodeText(s, "2017-09-13");
  EXPECT_EQ(SourceCountryOf(ev, "111"), "KOR") << Dump(ev);
  ev = CodeText(s, "2021-09-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KOR") << Dump(ev);
}

// Added in place: Marjon Kamara spoke for Liberia at the UN before she became
// foreign minister; after Sirleaf's term the entry codes nothing.
TEST(UnAmbassadors5Test, KamaraEnvoyThenMinister) {
  const std::string s = "Marjon Kamara praised Sierra Leone on Thursday.";
  auto ev = CodeText(s, "2014-10-09");
  EXPECT_EQ(DyadOf(ev, "051"), "LBRGOV>SLE") << Dump(ev);
  ev = CodeText(s, "2019-10-10");
  EXPECT_NE(SourceCountryOf(ev, "051"), "LBR") << Dump(ev);
}

// Widened in place: Gaspar Martins held Angola's seat between its two Council
// terms too.
TEST(UnAmbassadors5Test, GasparMartinsBetweenTheCouncilTerms) {
  const std::string s = "Ismael Gaspar Martins praised Namibia on Friday.";
  auto ev = CodeText(s, "2010-06-11");
  EXPECT_EQ(DyadOf(ev, "051"), "AGOGOV>NAM") << Dump(ev);
  ev = CodeText(s, "2019-06-14");
  EXPECT_NE(SourceCountryOf(ev, "051"), "AGO") << Dump(ev);
}

// "Sevilla" alone is a city, not the envoy: no Ecuadorian actor from it.
TEST(UnAmbassadors5Test, SevillaAloneIsNotTheEnvoy) {
  const std::string s = "Sevilla criticized Colombia on Monday.";
  auto ev = CodeText(s, "2017-04-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ECU") << Dump(ev);
}

}  // namespace
}  // namespace dyad
