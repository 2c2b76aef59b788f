// Interior ministers 2000-2026, fifth file
// (data/actors/people/ministers_2000_2026_interior_5.txt and the interior
// term added in place to Habib Essid; docs/accuracy.md, "stop 30
// (h-int7)"): the whole English pipeline on sentences we wrote, dated inside
// a term and after it (or before it), so that a wrong start or end date or a
// wrong role fails here. (ministers_interior5_test.cc already covers the
// fourth file, hence the 6.)
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

// Tunisia: Ben Ali's interior minister until the uprising, nothing after.
TEST(MinistersInterior6Test, BelhajKacemUntilJanuary2011) {
  const std::string s = "Rafik Belhaj Kacem criticized Libya on Monday.";
  auto ev = CodeText(s, "2008-05-12");
  EXPECT_EQ(DyadOf(ev, "111"), "TUNGOV>LBY") << Dump(ev);
  ev = CodeText(s, "2012-05-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TUN") << Dump(ev);
}

// Tunisia: his predecessor, written without the apostrophe, before the 2004
// reshuffle and not after it.
TEST(MinistersInterior6Test, MhenniSurnameAloneUntil2004) {
  const std::string s = "Mhenni criticized Libya on Monday.";
  auto ev = CodeText(s, "2003-05-12");
  EXPECT_EQ(DyadOf(ev, "111"), "TUNGOV>LBY") << Dump(ev);
  ev = CodeText(s, "2006-05-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TUN") << Dump(ev);
}

// Tunisia: interior minister for nine months of 2011, out of office until he
// became prime minister in 2015 (the role added in place).
TEST(MinistersInterior6Test, EssidInteriorThenPrimeMinister) {
  const std::string s = "Habib Essid criticized Libya on Monday.";
  auto ev = CodeText(s, "2011-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "TUNGOV>LBY") << Dump(ev);
  ev = CodeText(s, "2013-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TUN") << Dump(ev);
  ev = CodeText(s, "2015-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "TUNGOV>LBY") << Dump(ev);
}

// Afghanistan: the transitional administration's interior minister, gone
// once Jalali took over.
TEST(MinistersInterior6Test, TajMohammadWardakBeforeJalali) {
  const std::string s = "Taj Mohammad Wardak criticized Pakistan on Monday.";
  auto ev = CodeText(s, "2002-10-14");
  EXPECT_EQ(DyadOf(ev, "111"), "AFGGOV>PAK") << Dump(ev);
  ev = CodeText(s, "2004-05-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "AFG") << Dump(ev);
}

// Israel: public security, then environment, then out of the cabinet; his
// surname alone is not listed, so it must not code as him.
TEST(MinistersInterior6Test, GideonEzraAndNotEzraAlone) {
  const std::string s = "Gideon Ezra criticized Syria on Monday.";
  auto ev = CodeText(s, "2005-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "ISRGOV>SYR") << Dump(ev);
  ev = CodeText(s, "2010-05-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ISR") << Dump(ev);
  ev = CodeText("Ezra criticized Syria on Monday.", "2005-05-09");
  EXPECT_NE(DyadOf(ev, "111"), "ISRGOV>SYR") << Dump(ev);
}

// Palestinian Authority: Fayyad's interior minister, not yet in 2008.
TEST(MinistersInterior6Test, SaidAbuAliFrom2009) {
  const std::string s = "Said Abu Ali criticized Israel on Monday.";
  auto ev = CodeText(s, "2012-05-14");
  EXPECT_EQ(DyadOf(ev, "111"), "PSEGOV>ISR") << Dump(ev);
  ev = CodeText(s, "2008-05-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PSE") << Dump(ev);
}

// DR Congo: the transition government's interior minister, surname alone.
TEST(MinistersInterior6Test, MbembaInTheTransition) {
  const std::string s = "Mbemba criticized Rwanda on Monday.";
  auto ev = CodeText(s, "2005-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "CODGOV>RWA") << Dump(ev);
  ev = CodeText(s, "2009-05-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "COD") << Dump(ev);
}

// Bosnia: minister of security, written without the diacritic; the surname
// alone is common and not listed.
TEST(MinistersInterior6Test, AhmetovicMinisterOfSecurity) {
  const std::string s = "Sadik Ahmetovic criticized Serbia on Monday.";
  auto ev = CodeText(s, "2010-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHGOV>SRB") << Dump(ev);
  ev = CodeText(s, "2014-05-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BIH") << Dump(ev);
  ev = CodeText("Ahmetovic criticized Serbia on Monday.", "2010-05-10");
  EXPECT_NE(DyadOf(ev, "111"), "BIHGOV>SRB") << Dump(ev);
}

// Uganda: internal affairs, a gap, then deputy prime minister.
TEST(MinistersInterior6Test, KivejinjaTwoTermsAndAGap) {
  const std::string s = "Kivejinja criticized Kenya on Monday.";
  auto ev = CodeText(s, "2010-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "UGAGOV>KEN") << Dump(ev);
  ev = CodeText(s, "2013-05-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "UGA") << Dump(ev);
  ev = CodeText(s, "2018-05-14");
  EXPECT_EQ(DyadOf(ev, "111"), "UGAGOV>KEN") << Dump(ev);
}

}  // namespace
}  // namespace dyad
