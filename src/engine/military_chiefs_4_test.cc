// Military chiefs 2000-2026, fourth pass (data/actors/people/
// military_chiefs_4.txt and earlier commands added in place to officers
// listed elsewhere; docs/accuracy.md, "stop 28 (h-mil3)"): the whole English
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

// Sayyari commanded Iran's regular navy from 2007: before that he is not
// listed, so an earlier mention is not coded as Iran.
TEST(MilitaryChiefs4Test, SayyariNavyCommander) {
  const std::string s = "Habibollah Sayyari criticized Israel on Monday.";
  auto ev = CodeText(s, "2012-02-06");
  EXPECT_EQ(DyadOf(ev, "111"), "IRNMIL>ISR") << Dump(ev);
  ev = CodeText(s, "2004-02-02");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IRN") << Dump(ev);
}

// Kawano was Japan's chief of the Joint Staff 2014-2019; nothing after.
TEST(MilitaryChiefs4Test, KawanoJointStaffOnlyInHisTerm) {
  const std::string s = "Katsutoshi Kawano criticized China on Monday.";
  auto ev = CodeText(s, "2016-09-12");
  EXPECT_EQ(DyadOf(ev, "111"), "JPNMIL>CHN") << Dump(ev);
  ev = CodeText(s, "2021-09-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "JPN") << Dump(ev);
}

// "Kawano" is a common Japanese surname: alone it must not stand for him.
TEST(MilitaryChiefs4Test, KawanoSurnameAloneNotMatched) {
  auto ev = CodeText("Kawano criticized China on Monday.", "2016-09-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "JPN") << Dump(ev);
}

// Mamish left the navy in 2012 to run the Suez Canal Authority: MIL, then GOV.
TEST(MilitaryChiefs4Test, MamishNavyThenSuezCanal) {
  const std::string s = "Mohab Mamish criticized Israel on Monday.";
  auto ev = CodeText(s, "2010-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "EGYMIL>ISR") << Dump(ev);
  ev = CodeText(s, "2016-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "EGYGOV>ISR") << Dump(ev);
}

// Fahd bin Turki led the coalition's joint forces until his dismissal in 2020.
TEST(MilitaryChiefs4Test, FahdBinTurkiUntilDismissal) {
  const std::string s = "Fahd bin Turki criticized Iran on Monday.";
  auto ev = CodeText(s, "2019-03-11");
  EXPECT_EQ(DyadOf(ev, "111"), "SAUMIL>IRN") << Dump(ev);
  ev = CodeText(s, "2022-03-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SAU") << Dump(ev);
}

// Ahmed Ali Saleh's name contains his father's: after his command he is
// coded as himself (ELI), not as Ali Abdullah Saleh.
TEST(MilitaryChiefs4Test, AhmedAliSalehNotHisFather) {
  const std::string s = "Ahmed Ali Abdullah Saleh criticized Saudi Arabia on Monday.";
  auto ev = CodeText(s, "2010-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "YEMMIL>SAU") << Dump(ev);
  ev = CodeText(s, "2016-03-07");
  EXPECT_EQ(DyadOf(ev, "111"), "YEMELI>SAU") << Dump(ev);
}

// Tamogami was dismissed as air chief of staff in 2008.
TEST(MilitaryChiefs4Test, TamogamiUntilDismissal) {
  const std::string s = "Toshio Tamogami criticized China on Monday.";
  auto ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "JPNMIL>CHN") << Dump(ev);
  ev = CodeText(s, "2012-06-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "JPN") << Dump(ev);
}

// Nasirzadeh's air force command, added in place before his defence ministry.
TEST(MilitaryChiefs4Test, NasirzadehAirForceBeforeMinistry) {
  const std::string s = "Aziz Nasirzadeh criticized Israel on Monday.";
  auto ev = CodeText(s, "2019-07-08");
  EXPECT_EQ(DyadOf(ev, "111"), "IRNMIL>ISR") << Dump(ev);
  ev = CodeText(s, "2015-07-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "IRN") << Dump(ev);
}

// Nadhuri was the eastern army's chief of staff: coded LBYMIL in his term.
TEST(MilitaryChiefs4Test, NadhuriEasternChiefOfStaff) {
  const std::string s = "Abdulrazek al-Nadhuri criticized Turkey on Monday.";
  auto ev = CodeText(s, "2020-01-13");
  EXPECT_EQ(DyadOf(ev, "111"), "LBYMIL>TUR") << Dump(ev);
  ev = CodeText(s, "2012-01-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBY") << Dump(ev);
}

}  // namespace
}  // namespace dyad
