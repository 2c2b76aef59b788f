// Heads of state and government 2000-2026 of the countries still thin after
// stop 25 (data/actors/people/heads_2000_2026_more.txt; docs/accuracy.md,
// "stop 26 (h-heads3)"): the whole English pipeline on sentences we wrote,
// dated inside a term and just after it, so that a wrong start or end date or
// a wrong role fails here.
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

// Satybaldiyev was Kyrgyzstan's prime minister 2012-09-05..2014-03-25; after
// it he is an elite, not the government.
TEST(HeadsMoreTest, KyrgyzPrimeMinisterOnlyDuringTheTerm) {
  const std::string s = "Zhantoro Satybaldiyev criticized Kazakhstan on Monday.";
  auto ev = CodeText(s, "2013-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "KGZGOV>KAZ") << Dump(ev);
  ev = CodeText(s, "2014-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "KGZELI>KAZ") << Dump(ev);
}

// Kulov: prime minister 2005-2007, then the opposition's United Front.
TEST(HeadsMoreTest, KulovGovernmentThenOpposition) {
  const std::string s = "Feliks Kulov criticized Russia on Monday.";
  auto ev = CodeText(s, "2006-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "KGZGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2008-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "KGZOPP>RUS") << Dump(ev);
}

// Salwai governed Vanuatu 2016-2020 and again from 2023-10-06; between the
// two (Loughman's years) his entry codes nothing, so no Vanuatu actor.
TEST(HeadsMoreTest, VanuatuPrimeMinisterBetweenTerms) {
  const std::string s = "Charlot Salwai praised Australia on Tuesday.";
  auto ev = CodeText(s, "2017-06-13");
  EXPECT_EQ(DyadOf(ev, "051"), "VUTGOV>AUS") << Dump(ev);
  ev = CodeText(s, "2021-06-15");
  EXPECT_NE(SourceCountryOf(ev, "051"), "VUT") << Dump(ev);
  ev = CodeText(s, "2024-06-11");
  EXPECT_EQ(DyadOf(ev, "051"), "VUTGOV>AUS") << Dump(ev);
}

// Sopoaga led Tuvalu until 2019-09-19; Natano took over that day.
TEST(HeadsMoreTest, TuvaluPrimeMinistersChangeOnTheDay) {
  auto ev = CodeText("Enele Sopoaga criticized Australia on Tuesday.", "2016-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "TUVGOV>AUS") << Dump(ev);
  ev = CodeText("Enele Sopoaga criticized Australia on Tuesday.", "2020-06-16");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TUV") << Dump(ev);
  ev = CodeText("Kausea Natano criticized Australia on Tuesday.", "2020-06-16");
  EXPECT_EQ(DyadOf(ev, "111"), "TUVGOV>AUS") << Dump(ev);
}

// Nauru's president Waqa (2013-2019) and his successor Aingimea.
TEST(HeadsMoreTest, NauruPresidents) {
  auto ev = CodeText("Baron Waqa praised Taiwan on Tuesday.", "2015-06-16");
  EXPECT_EQ(DyadOf(ev, "051"), "NRUGOV>TWN") << Dump(ev);
  ev = CodeText("Baron Waqa praised Taiwan on Tuesday.", "2020-06-16");
  EXPECT_NE(SourceCountryOf(ev, "051"), "NRU") << Dump(ev);
  ev = CodeText("Lionel Aingimea praised Taiwan on Tuesday.", "2020-06-16");
  EXPECT_EQ(DyadOf(ev, "051"), "NRUGOV>TWN") << Dump(ev);
}

// Guinea-Bissau: Imbali's nine months as prime minister in 2001; the 2003
// coup leader is the military, not the government.
TEST(HeadsMoreTest, GuineaBissauPrimeMinisterAndCoupLeader) {
  const std::string s = "Faustino Imbali criticized Senegal on Tuesday.";
  auto ev = CodeText(s, "2001-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "GNBGOV>SEN") << Dump(ev);
  ev = CodeText(s, "2002-06-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GNB") << Dump(ev);
  ev = CodeText("General Verissimo Correia Seabra criticized Portugal on Saturday.", "2003-09-20");
  EXPECT_EQ(DyadOf(ev, "111"), "GNBMIL>PRT") << Dump(ev);
}

// Nikšić: the Federation's prime minister 2011-2015, the SDP's opposition
// leader 2015-2023, prime minister again from 2023-04-28.
TEST(HeadsMoreTest, BosnianFederationPrimeMinisterRoles) {
  const std::string s = "Nermin Niksic criticized Croatia on Tuesday.";
  auto ev = CodeText(s, "2013-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHGOV>HRV") << Dump(ev);
  ev = CodeText(s, "2017-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHOPP>HRV") << Dump(ev);
  ev = CodeText(s, "2024-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "BIHGOV>HRV") << Dump(ev);
}

// Sudan's prime minister Motazz Moussa was dismissed on 2019-02-23.
TEST(HeadsMoreTest, SudanPrimeMinisterBeforeBashirsFall) {
  const std::string s = "Motazz Moussa criticized Egypt on Tuesday.";
  auto ev = CodeText(s, "2018-12-11");
  EXPECT_EQ(DyadOf(ev, "111"), "SDNGOV>EGY") << Dump(ev);
  ev = CodeText(s, "2019-06-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SDN") << Dump(ev);
}

}  // namespace
}  // namespace dyad
