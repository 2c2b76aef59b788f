// Military chiefs 2000-2026, third pass (data/actors/people/
// military_chiefs_3.txt and chiefs' roles added in place to people listed
// elsewhere; docs/accuracy.md, "stop 28 (h-mil2)"): the whole pipeline on
// sentences we wrote, dated inside a term and after it, so that a wrong start
// or end date, a wrong role or a name listed too loosely fails here.
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

// McChrystal commanded ISAF for a year; he resigned in 2010 and is listed as
// a former officer after.
TEST(MilitaryChiefs3Test, McChrystalThenFormer) {
  const std::string s = "Stanley McChrystal criticized Pakistan on Monday.";
  auto ev = CodeText(s, "2010-03-15");
  EXPECT_EQ(DyadOf(ev, "111"), "USAMIL>PAK") << Dump(ev);
  ev = CodeText(s, "2011-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "USAELI>PAK") << Dump(ev);
}

// Petraeus: a general to 2011, then director of the CIA (SPY) to his
// resignation in 2012-11.
TEST(MilitaryChiefs3Test, PetraeusGeneralThenCia) {
  const std::string s = "David Petraeus criticized Iran on Monday.";
  auto ev = CodeText(s, "2009-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "USAMIL>IRN") << Dump(ev);
  ev = CodeText(s, "2012-04-30");
  EXPECT_EQ(DyadOf(ev, "111"), "USASPY>IRN") << Dump(ev);
  ev = CodeText(s, "2014-04-28");
  EXPECT_EQ(DyadOf(ev, "111"), "USAELI>IRN") << Dump(ev);
}

// A supreme allied commander holds a NATO office: IGOWSTNAT during the term,
// nothing after it.
TEST(MilitaryChiefs3Test, BreedloveNatoCommander) {
  const std::string s = "Philip Breedlove criticized Russia on Monday.";
  auto ev = CodeText(s, "2014-05-12");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOWSTNAT>RUS") << Dump(ev);
  ev = CodeText(s, "2017-05-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IGO") << Dump(ev);
}

// Petr Pavel's earlier roles, added in place to his head-of-state entry:
// Czech chief of the general staff, then NATO, then president.
TEST(MilitaryChiefs3Test, PavelChiefNatoPresident) {
  const std::string s = "Petr Pavel criticized Russia on Monday.";
  auto ev = CodeText(s, "2013-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "CZEMIL>RUS") << Dump(ev);
  ev = CodeText(s, "2017-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOWSTNAT>RUS") << Dump(ev);
  ev = CodeText(s, "2024-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "CZEGOV>RUS") << Dump(ev);
}

// Surayud was army chief and supreme commander before the 2006 coup made him
// prime minister (the MIL role is added in place).
TEST(MilitaryChiefs3Test, SurayudArmyChiefThenPrimeMinister) {
  const std::string s = "Surayud Chulanont criticized Myanmar on Monday.";
  auto ev = CodeText(s, "2001-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "THAMIL>MMR") << Dump(ev);
  ev = CodeText(s, "2007-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "THAGOV>MMR") << Dump(ev);
}

// Hillier: Canada's chief of the defence staff 2005-2008 only.
TEST(MilitaryChiefs3Test, HillierChiefOfDefenceStaff) {
  const std::string s = "Rick Hillier criticized Pakistan on Monday.";
  auto ev = CodeText(s, "2006-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "CANMIL>PAK") << Dump(ev);
  ev = CodeText(s, "2011-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CAN") << Dump(ev);
}

// Zamana, Ukraine's chief of the general staff, was dismissed in 2014-02.
TEST(MilitaryChiefs3Test, ZamanaUntilTheMaidan) {
  const std::string s = "Volodymyr Zamana criticized Russia on Monday.";
  auto ev = CodeText(s, "2013-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "UKRMIL>RUS") << Dump(ev);
  ev = CodeText(s, "2015-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "UKR") << Dump(ev);
}

// The admiral shares his name with the singer: only the titled form is his.
TEST(MilitaryChiefs3Test, VysotskyOnlyWithHisRank) {
  auto ev = CodeText("Admiral Vladimir Vysotsky criticized Ukraine on Monday.", "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "RUSMIL>UKR") << Dump(ev);
  ev = CodeText("Vladimir Vysotsky criticized Ukraine on Monday.", "2010-06-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "RUS") << Dump(ev);
}

// "Montoya" alone is a common surname: the full name is Colombia's army
// commander, the surname alone is no one.
TEST(MilitaryChiefs3Test, MontoyaSurnameAloneIsNoOne) {
  auto ev = CodeText("General Mario Montoya criticized Venezuela on Monday.", "2007-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "COLMIL>VEN") << Dump(ev);
  ev = CodeText("Montoya criticized Venezuela on Monday.", "2007-06-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "COL") << Dump(ev);
}

// Milani led Argentina's army 2013-2015; "Milani" alone is not listed.
TEST(MilitaryChiefs3Test, MilaniArmyChief) {
  auto ev = CodeText("César Milani criticized Britain on Monday.", "2014-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "ARGMIL>GBR") << Dump(ev);
  ev = CodeText("César Milani criticized Britain on Monday.", "2017-06-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ARG") << Dump(ev);
  ev = CodeText("Milani criticized Britain on Monday.", "2014-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ARG") << Dump(ev);
}

// Cheyre, Chile's army commander 2002-2006.
TEST(MilitaryChiefs3Test, CheyreArmyCommander) {
  const std::string s = "Juan Emilio Cheyre criticized Peru on Monday.";
  auto ev = CodeText(s, "2004-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "CHLMIL>PER") << Dump(ev);
  ev = CodeText(s, "2008-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CHL") << Dump(ev);
}

// Kaliman in a Spanish sentence with the rank before the name; after his
// fall in 2019-11 he is no one.
TEST(MilitaryChiefs3Test, KalimanInSpanish) {
  const std::string s = "El general Williams Kaliman criticó a Chile el lunes.";
  auto ev = CodeText(s, "2019-06-10", "es");
  EXPECT_EQ(DyadOf(ev, "111"), "BOLMIL>CHL") << Dump(ev);
  ev = CodeText(s, "2021-06-07", "es");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BOL") << Dump(ev);
}

// Esperon: chief of staff 2006-2008, national security adviser 2016-2022,
// nothing listed between.
TEST(MilitaryChiefs3Test, EsperonChiefThenAdviser) {
  const std::string s = "Hermogenes Esperon criticized China on Monday.";
  auto ev = CodeText(s, "2007-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLMIL>CHN") << Dump(ev);
  ev = CodeText(s, "2017-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2011-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PHL") << Dump(ev);
}

// Harris: Pacific commander, then ambassador to South Korea.
TEST(MilitaryChiefs3Test, HarrisAdmiralThenAmbassador) {
  const std::string s = "Harry Harris criticized North Korea on Monday.";
  auto ev = CodeText(s, "2016-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "USAMIL>PRK") << Dump(ev);
  ev = CodeText(s, "2019-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "USAGOV>PRK") << Dump(ev);
}

// Shen Yi-ming died in office on 2020-01-02.
TEST(MilitaryChiefs3Test, ShenYimingUntilTheCrash) {
  const std::string s = "Shen Yi-ming criticized China on Monday.";
  auto ev = CodeText(s, "2019-10-21");
  EXPECT_EQ(DyadOf(ev, "111"), "TWNMIL>CHN") << Dump(ev);
  ev = CodeText(s, "2020-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TWN") << Dump(ev);
}

}  // namespace
}  // namespace dyad
