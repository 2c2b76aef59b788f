// Defence ministers 2000-2026, fifth pass
// (data/actors/people/ministers_2000_2026_defence_4.txt; docs/accuracy.md,
// "stop 29 (h-def5)"): the whole English pipeline on sentences we wrote,
// dated inside a term and after it, so that a wrong start or end date or a
// wrong role fails here.
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

// A Guatemalan general at the ministry is MIL while he holds it, nothing after.
TEST(MinistersDefence5Test, LopezAmbrosioGuatemalaMil) {
  const std::string s = "Manuel Lopez Ambrosio criticized Mexico on Monday.";
  auto ev = CodeText(s, "2014-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "GTMMIL>MEX") << Dump(ev);
  ev = CodeText(s, "2017-06-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GTM") << Dump(ev);
}

// Condé's minister delegate for defence, before Diané took the post in 2016.
TEST(MinistersDefence5Test, KabeleCamaraGuineaUntil2015) {
  const std::string s = "Abdoul Kabele Camara criticized Mali on Monday.";
  auto ev = CodeText(s, "2013-05-06");
  EXPECT_EQ(DyadOf(ev, "111"), "GINGOV>MLI") << Dump(ev);
  ev = CodeText(s, "2018-05-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GIN") << Dump(ev);
}

// Somalia's defence minister of the last transitional cabinet.
TEST(MinistersDefence5Test, HusseinArabIsseSomalia) {
  const std::string s = "Hussein Arab Isse criticized Kenya on Tuesday.";
  auto ev = CodeText(s, "2012-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "SOMGOV>KEN") << Dump(ev);
  ev = CodeText(s, "2015-03-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SOM") << Dump(ev);
}

// A Kyrgyz general at the ministry until the 2010 uprising.
TEST(MinistersDefence5Test, KalyevKyrgyzstanUntil2010) {
  const std::string s = "Bakytbek Kalyev criticized Russia on Monday.";
  auto ev = CodeText(s, "2009-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "KGZMIL>RUS") << Dump(ev);
  ev = CodeText(s, "2012-06-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KGZ") << Dump(ev);
}

// Toledo's last defence minister: nothing after the end of the government.
TEST(MinistersDefence5Test, RengifoPeruToTheEndOfToledo) {
  const std::string s = "Marciano Rengifo criticized Chile on Monday.";
  auto ev = CodeText(s, "2006-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "PERGOV>CHL") << Dump(ev);
  ev = CodeText(s, "2008-03-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PER") << Dump(ev);
}

// The six-day Taiwanese minister is coded through his title; the bare name
// "Andrew Yang" is not his (an American politician shares it).
TEST(MinistersDefence5Test, AndrewYangSixDaysOnlyWithTitle) {
  auto ev = CodeText("Taiwan defence minister Andrew Yang criticized China on Monday.",
                     "2013-08-05");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNGOV>CHN") << Dump(ev);
  ev = CodeText("Andrew Yang criticized China on Monday.", "2019-08-05");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TWN") << Dump(ev);
}

// The president's half-brother: defence minister, then an MP, then jailed.
// After the ministry he must not fall back to the president through the
// shared surname.
TEST(MinistersDefence5Test, KpatchaNotThePresident) {
  const std::string s = "Kpatcha Gnassingbe criticized Ghana on Monday.";
  auto ev = CodeText(s, "2006-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "TGOGOV>GHA") << Dump(ev);
  ev = CodeText(s, "2011-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "TGOELI>GHA") << Dump(ev);
}

// Zambia's defence minister who resigned in 2009; Moldova's under Filat.
TEST(MinistersDefence5Test, MpomboAndMarinutaOnlyInOffice) {
  std::string s = "George Mpombo criticized Angola on Monday.";
  auto ev = CodeText(s, "2008-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "ZMBGOV>AGO") << Dump(ev);
  ev = CodeText(s, "2011-03-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ZMB") << Dump(ev);
  s = "Vitalie Marinuta criticized Russia on Monday.";
  ev = CodeText(s, "2010-05-03");
  EXPECT_EQ(DyadOf(ev, "111"), "MDAGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2014-05-05");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MDA") << Dump(ev);
}

}  // namespace
}  // namespace dyad
