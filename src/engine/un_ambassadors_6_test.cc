// UN envoys, sixth pass (data/actors/people/un_ambassadors_5.txt and the UN
// terms added or widened in place; docs/accuracy.md, "stop 29 (h-un6)"): the
// whole English pipeline on sentences we wrote, each dated inside a term and
// after it (or before it), so that a wrong start or end date, a wrong country
// or a missing in-place role fails here.
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

// Kőrösi got a Hungarian term in place before his year as president of the
// General Assembly, a UN office and no longer Hungary.
TEST(UnAmbassadors6Test, KorosiHungaryThenTheAssembly) {
  const std::string s = "Csaba Korosi criticized Serbia on Monday.";
  auto ev = CodeText(s, "2012-05-07");
  EXPECT_EQ(DyadOf(ev, "111"), "HUNGOV>SRB") << Dump(ev);
  ev = CodeText(s, "2023-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>SRB") << Dump(ev);
  ev = CodeText(s, "2017-05-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HUN") << Dump(ev);
}

// Towpik's distinctive surname alone codes Poland's envoy in his years only.
TEST(UnAmbassadors6Test, TowpikSurnameAlone) {
  const std::string s = "Towpik praised Ukraine on Tuesday.";
  auto ev = CodeText(s, "2006-04-11");
  EXPECT_EQ(DyadOf(ev, "051"), "POLGOV>UKR") << Dump(ev);
  ev = CodeText(s, "2011-04-12");
  EXPECT_NE(SourceCountryOf(ev, "051"), "POL") << Dump(ev);
}

// Lupan was Moldova's envoy until he resigned in 2015.
TEST(UnAmbassadors6Test, LupanUntilHeResigned) {
  const std::string s = "Vlad Lupan criticized Russia on Wednesday.";
  auto ev = CodeText(s, "2013-10-09");
  EXPECT_EQ(DyadOf(ev, "111"), "MDAGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2017-10-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MDA") << Dump(ev);
}

// Wensley: UN envoy of Australia, nothing in the years between, then
// governor of Queensland (a governor is GOV, as in the people files' header).
TEST(UnAmbassadors6Test, WensleyEnvoyThenGovernor) {
  const std::string s = "Penny Wensley praised Indonesia on Thursday.";
  auto ev = CodeText(s, "2000-03-09");
  EXPECT_EQ(DyadOf(ev, "051"), "AUSGOV>IDN") << Dump(ev);
  ev = CodeText(s, "2005-03-10");
  EXPECT_NE(SourceCountryOf(ev, "051"), "AUS") << Dump(ev);
  ev = CodeText(s, "2011-03-10");
  EXPECT_EQ(DyadOf(ev, "051"), "AUSGOV>IDN") << Dump(ev);
}

// Dauth followed Wensley and came before Robert Hill.
TEST(UnAmbassadors6Test, DauthBeforeHill) {
  const std::string s = "John Dauth criticized Iraq on Friday.";
  auto ev = CodeText(s, "2003-02-07");
  EXPECT_EQ(DyadOf(ev, "111"), "AUSGOV>IRQ") << Dump(ev);
  ev = CodeText(s, "2008-02-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "AUS") << Dump(ev);
}

// Vietnam's envoys: a full name written with and without its diacritics.
TEST(UnAmbassadors6Test, NguyenPhuongNgaWithAndWithoutAccents) {
  auto ev = CodeText("Nguyen Phuong Nga praised Laos on Monday.", "2016-06-06");
  EXPECT_EQ(DyadOf(ev, "051"), "VNMGOV>LAO") << Dump(ev);
  ev = CodeText("Nguyễn Phương Nga praised Laos on Monday.", "2016-06-06");
  EXPECT_EQ(DyadOf(ev, "051"), "VNMGOV>LAO") << Dump(ev);
  ev = CodeText("Nguyen Phuong Nga praised Laos on Monday.", "2010-06-07");
  EXPECT_NE(SourceCountryOf(ev, "051"), "VNM") << Dump(ev);
}

// Dang Hoang Giang came after Dang Dinh Quy: nothing before 2021.
TEST(UnAmbassadors6Test, DangHoangGiangAfterDangDinhQuy) {
  const std::string s = "Dang Hoang Giang criticized China on Tuesday.";
  auto ev = CodeText(s, "2022-08-09");
  EXPECT_EQ(DyadOf(ev, "111"), "VNMGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2019-08-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "VNM") << Dump(ev);
}

// Skoknic: Chile's envoy between Barros and Narváez; a Spanish title too.
TEST(UnAmbassadors6Test, SkoknicChileWithATitle) {
  const std::string s = "Ambassador Milenko Skoknic criticized Venezuela on Wednesday.";
  auto ev = CodeText(s, "2019-09-04");
  EXPECT_EQ(DyadOf(ev, "111"), "CHLGOV>VEN") << Dump(ev);
  ev = CodeText(s, "2024-09-04");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CHL") << Dump(ev);
}

// The Iraqi envoy is not the Governing Council member of 2003-2004 whose
// name is close: each name codes only in its own years.
TEST(UnAmbassadors6Test, BahrAluloomNotTheCouncilMember) {
  const std::string s = "Mohammed Hussein Bahr Aluloom criticized Turkey on Thursday.";
  auto ev = CodeText(s, "2018-11-08");
  EXPECT_EQ(DyadOf(ev, "111"), "IRQGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2003-11-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IRQ") << Dump(ev);
}

// Al-Otaibi's widened term covers the years before Kuwait's Council seat,
// and he was gone once Albanai came.
TEST(UnAmbassadors6Test, OtaibiWidenedTerm) {
  const std::string s = "Mansour Al-Otaibi praised Jordan on Sunday.";
  auto ev = CodeText(s, "2014-06-08");
  EXPECT_EQ(DyadOf(ev, "051"), "KWTGOV>JOR") << Dump(ev);
  ev = CodeText(s, "2023-06-11");
  EXPECT_NE(SourceCountryOf(ev, "051"), "KWT") << Dump(ev);
}

// Frazier's widened term starts before Malta's Council years.
TEST(UnAmbassadors6Test, FrazierBeforeTheCouncilYears) {
  const std::string s = "Vanessa Frazier criticized Libya on Monday.";
  auto ev = CodeText(s, "2021-10-04");
  EXPECT_EQ(DyadOf(ev, "111"), "MLTGOV>LBY") << Dump(ev);
  ev = CodeText(s, "2018-10-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MLT") << Dump(ev);
}

// Ulibarri served the whole Chinchilla government, from 2010.
TEST(UnAmbassadors6Test, UlibarriWholeTerm) {
  const std::string s = "Eduardo Ulibarri criticized Nicaragua on Tuesday.";
  auto ev = CodeText(s, "2010-11-09");
  EXPECT_EQ(DyadOf(ev, "111"), "CRIGOV>NIC") << Dump(ev);
  ev = CodeText(s, "2016-11-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CRI") << Dump(ev);
}

// Sahel: Morocco's interior minister, then its UN envoy (added in place in
// the interior file); nothing after the UN years.
TEST(UnAmbassadors6Test, SahelInteriorThenTheUn) {
  const std::string s = "Mostapha Sahel criticized Algeria on Monday.";
  auto ev = CodeText(s, "2007-04-09");
  EXPECT_EQ(DyadOf(ev, "111"), "MARGOV>DZA") << Dump(ev);
  ev = CodeText(s, "2011-04-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MAR") << Dump(ev);
}

// Larbaoui: Algeria's UN envoy before he became prime minister; nothing
// before the UN post.
TEST(UnAmbassadors6Test, LarbaouiEnvoyThenPrimeMinister) {
  const std::string s = "Nadir Larbaoui criticized France on Tuesday.";
  auto ev = CodeText(s, "2022-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "DZAGOV>FRA") << Dump(ev);
  ev = CodeText(s, "2024-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "DZAGOV>FRA") << Dump(ev);
  ev = CodeText(s, "2019-03-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "DZA") << Dump(ev);
}

// Elmajerbi's distinctive surname alone codes Libya's envoy in his years.
TEST(UnAmbassadors6Test, ElmajerbiSurnameAlone) {
  const std::string s = "Elmajerbi criticized Egypt on Wednesday.";
  auto ev = CodeText(s, "2019-04-10");
  EXPECT_EQ(DyadOf(ev, "111"), "LBYGOV>EGY") << Dump(ev);
  ev = CodeText(s, "2015-04-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBY") << Dump(ev);
}

// Lomaia spoke for Georgia after the 2008 war; nothing after 2012.
TEST(UnAmbassadors6Test, LomaiaAfterTheWar) {
  const std::string s = "Alexander Lomaia criticized Russia on Thursday.";
  auto ev = CodeText(s, "2010-09-09");
  EXPECT_EQ(DyadOf(ev, "111"), "GEOGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2015-09-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GEO") << Dump(ev);
}

// Kerim: Macedonia's foreign minister and UN envoy, then president of the
// General Assembly, a UN office; nothing in the years between.
TEST(UnAmbassadors6Test, KerimMacedoniaThenTheAssembly) {
  const std::string s = "Srgjan Kerim criticized Greece on Friday.";
  auto ev = CodeText(s, "2002-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "MKDGOV>GRC") << Dump(ev);
  ev = CodeText(s, "2005-05-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MKD") << Dump(ev);
  ev = CodeText(s, "2008-02-08");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOUNO>GRC") << Dump(ev);
}

}  // namespace
}  // namespace dyad
