// Foreign ministers 2000-2026, the fourth file
// (data/actors/people/ministers_2000_2026_foreign_4.txt; docs/accuracy.md,
// "stop 29 (h-for5)"): the whole English pipeline on sentences we wrote,
// dated inside a term and after it, so that a wrong start or end date or a
// wrong country fails here.
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

// Foxley was Bachelet's foreign minister 2006-2009 only.
TEST(MinistersForeign5Test, FoxleyOnlyUnderBachelet) {
  const std::string s = "Alejandro Foxley criticized Peru on Monday.";
  auto ev = CodeText(s, "2007-05-07");
  EXPECT_EQ(DyadOf(ev, "111"), "CHLGOV>PER") << Dump(ev);
  ev = CodeText(s, "2011-05-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CHL") << Dump(ev);
}

// Jaime Bermudez left the Colombian foreign ministry with Uribe in 2010.
TEST(MinistersForeign5Test, BermudezUntilUribeLeft) {
  const std::string s = "Jaime Bermudez criticized Ecuador on Tuesday.";
  auto ev = CodeText(s, "2009-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "COLGOV>ECU") << Dump(ev);
  ev = CodeText(s, "2012-03-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "COL") << Dump(ev);
}

// Mongi Hamdi served in the 2014 technocrat government only.
TEST(MinistersForeign5Test, MongiHamdiInJomaasGovernment) {
  const std::string s = "Mongi Hamdi criticized Libya on Wednesday.";
  auto ev = CodeText(s, "2014-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "TUNGOV>LBY") << Dump(ev);
  ev = CodeText(s, "2016-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TUN") << Dump(ev);
}

// Asma Abdalla, Hamdok's first foreign minister, left in 2020.
TEST(MinistersForeign5Test, AsmaAbdallaInHamdoksCabinet) {
  const std::string s = "Asma Abdalla criticized Ethiopia on Thursday.";
  auto ev = CodeText(s, "2020-01-16");
  EXPECT_EQ(DyadOf(ev, "111"), "SDNGOV>ETH") << Dump(ev);
  ev = CodeText(s, "2021-06-17");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SDN") << Dump(ev);
}

// Tandi Dorji: foreign minister 2018-2024; the common surname alone is not
// listed, so only the full name codes.
TEST(MinistersForeign5Test, TandiDorjiFullNameOnly) {
  const std::string s = "Tandi Dorji criticized China on Monday.";
  auto ev = CodeText(s, "2021-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "BTNGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2025-03-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BTN") << Dump(ev);
  ev = CodeText("Dorji criticized China on Monday.", "2021-03-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BTN") << Dump(ev);
}

// A distinctive surname alone codes the Somali minister in office only.
TEST(MinistersForeign5Test, FiqiSurnameAlone) {
  const std::string s = "Fiqi criticized Ethiopia on Tuesday.";
  auto ev = CodeText(s, "2024-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "SOMGOV>ETH") << Dump(ev);
  ev = CodeText(s, "2022-06-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SOM") << Dump(ev);
}

// Kakubo was Hichilema's first foreign minister; nothing before 2021.
TEST(MinistersForeign5Test, KakuboFromTwentyTwentyOne) {
  const std::string s = "Stanley Kakubo criticized Malawi on Friday.";
  auto ev = CodeText(s, "2022-04-08");
  EXPECT_EQ(DyadOf(ev, "111"), "ZMBGOV>MWI") << Dump(ev);
  ev = CodeText(s, "2019-04-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ZMB") << Dump(ev);
}

// Ibrahima Khalil Kaba lost the foreign ministry in the 2021 coup.
TEST(MinistersForeign5Test, KabaUntilTheCoup) {
  const std::string s = "Ibrahima Khalil Kaba criticized Mali on Monday.";
  auto ev = CodeText(s, "2021-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "GINGOV>MLI") << Dump(ev);
  ev = CodeText(s, "2022-03-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GIN") << Dump(ev);
}

}  // namespace
}  // namespace dyad
