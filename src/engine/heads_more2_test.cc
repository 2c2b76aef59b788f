// Heads of state and government 2000-2026 added at stop 29
// (data/actors/people/heads_2000_2026_more_2.txt and one term added in place
// to heads_2000_2026_more.txt; docs/accuracy.md, "stop 29 (h-heads4)"): the
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

// Somaliland has no code of its own, so its president is coded as Somalia's
// government while in office, and not after his term.
TEST(HeadsMore2Test, SomalilandPresidentRiyaleKahin) {
  const std::string s = "Dahir Riyale Kahin criticized Ethiopia on Monday.";
  auto ev = CodeText(s, "2006-03-06");
  EXPECT_EQ(DyadOf(ev, "111"), "SOMGOV>ETH") << Dump(ev);
  ev = CodeText(s, "2013-03-04");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SOM") << Dump(ev);
}

// Muse Bihi Abdi took over from Silanyo at the end of 2017.
TEST(HeadsMore2Test, SomalilandPresidentBihiFrom2017) {
  const std::string s = "Muse Bihi Abdi criticized Djibouti on Tuesday.";
  auto ev = CodeText(s, "2015-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SOM") << Dump(ev);
  ev = CodeText(s, "2019-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "SOMGOV>DJI") << Dump(ev);
}

// Maiteeq: a month as prime minister in 2014, then deputy head of the
// Presidential Council until 2021.
TEST(HeadsMore2Test, MaiteeqPrimeMinisterThenCouncil) {
  const std::string s = "Ahmed Maiteeq criticized Egypt on Monday.";
  auto ev = CodeText(s, "2014-05-26");
  EXPECT_EQ(DyadOf(ev, "111"), "LBYGOV>EGY") << Dump(ev);
  ev = CodeText(s, "2015-05-25");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBY") << Dump(ev);
  ev = CodeText(s, "2018-05-28");
  EXPECT_EQ(DyadOf(ev, "111"), "LBYGOV>EGY") << Dump(ev);
}

// The ruler of Ras al-Khaimah is a member of the UAE's Federal Supreme
// Council: coded as the UAE's government from his accession in 2010.
TEST(HeadsMore2Test, RasAlKhaimahRulerFrom2010) {
  const std::string s = "Saud bin Saqr Al Qasimi criticized Iran on Monday.";
  auto ev = CodeText(s, "2012-04-02");
  EXPECT_EQ(DyadOf(ev, "111"), "AREGOV>IRN") << Dump(ev);
  ev = CodeText(s, "2008-04-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ARE") << Dump(ev);
}

// Mori was Micronesia's president for two terms, 2007-2015.
TEST(HeadsMore2Test, MicronesiaPresidentMori) {
  const std::string s = "Manny Mori criticized China on Tuesday.";
  auto ev = CodeText(s, "2011-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "FSMGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2017-03-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "FSM") << Dump(ev);
}

// Marurai led the Cook Islands 2004-2010, before Puna.
TEST(HeadsMore2Test, CookIslandsMarurai) {
  const std::string s = "Jim Marurai criticized New Zealand on Monday.";
  auto ev = CodeText(s, "2007-09-03");
  EXPECT_EQ(DyadOf(ev, "111"), "COKGOV>NZL") << Dump(ev);
  ev = CodeText(s, "2012-09-03");
  EXPECT_NE(SourceCountryOf(ev, "111"), "COK") << Dump(ev);
}

// Ewart Brown was Bermuda's premier 2006-2010.
TEST(HeadsMore2Test, BermudaPremierEwartBrown) {
  const std::string s = "Premier Ewart Brown criticized Britain on Monday.";
  auto ev = CodeText(s, "2009-06-15");
  EXPECT_EQ(DyadOf(ev, "111"), "BMUGOV>GBR") << Dump(ev);
  ev = CodeText(s, "2013-06-17");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BMU") << Dump(ev);
}

// Tu'i'onetoa followed Pohiva in 2019 and left office at the end of 2021.
TEST(HeadsMore2Test, TongaTuionetoa) {
  const std::string s = "Pohiva Tu'i'onetoa criticized Fiji on Tuesday.";
  auto ev = CodeText(s, "2020-07-07");
  EXPECT_EQ(DyadOf(ev, "111"), "TONGOV>FJI") << Dump(ev);
  ev = CodeText(s, "2023-07-04");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TON") << Dump(ev);
}

// Mamytov was acting president only between Japarov's resignation and his
// inauguration.
TEST(HeadsMore2Test, KyrgyzActingPresidentMamytov) {
  const std::string s = "Talant Mamytov criticized Tajikistan on Monday.";
  auto ev = CodeText(s, "2020-12-07");
  EXPECT_EQ(DyadOf(ev, "111"), "KGZGOV>TJK") << Dump(ev);
  ev = CodeText(s, "2022-12-05");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KGZ") << Dump(ev);
}

// Dowiyogo had two spells in these years; between them Harris held office.
TEST(HeadsMore2Test, NauruDowiyogoAndHarris) {
  const std::string d = "Bernard Dowiyogo criticized Australia on Monday.";
  auto ev = CodeText(d, "2000-09-04");
  EXPECT_EQ(DyadOf(ev, "111"), "NRUGOV>AUS") << Dump(ev);
  ev = CodeText(d, "2002-03-04");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NRU") << Dump(ev);
  const std::string h = "Rene Harris criticized Australia on Monday.";
  ev = CodeText(h, "2002-03-04");
  EXPECT_EQ(DyadOf(ev, "111"), "NRUGOV>AUS") << Dump(ev);
  ev = CodeText(h, "2006-03-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NRU") << Dump(ev);
}

// Scotty's first, short presidency of 2003 is now dated too.
TEST(HeadsMore2Test, NauruScottyIn2003) {
  const std::string s = "Ludwig Scotty criticized Australia on Tuesday.";
  auto ev = CodeText(s, "2003-07-01");
  EXPECT_EQ(DyadOf(ev, "111"), "NRUGOV>AUS") << Dump(ev);
  ev = CodeText(s, "2003-11-04");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NRU") << Dump(ev);
}

// Hamada Madi: prime minister, then interim president of the Comoros until
// Azali's election in 2002.
TEST(HeadsMore2Test, ComorosHamadaMadi) {
  const std::string s = "Hamada Madi criticized France on Monday.";
  auto ev = CodeText(s, "2002-03-04");
  EXPECT_EQ(DyadOf(ev, "111"), "COMGOV>FRA") << Dump(ev);
  ev = CodeText(s, "2004-03-01");
  EXPECT_NE(SourceCountryOf(ev, "111"), "COM") << Dump(ev);
}

}  // namespace
}  // namespace dyad
