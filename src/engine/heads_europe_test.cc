// Heads of state and government 2000-2026 of Western, Central and Northern
// Europe (data/actors/people/heads_2000_2026_europe.txt; docs/accuracy.md,
// "stop 25 (h-heads-europe)"): the whole English pipeline on sentences we
// wrote, dated inside a term and just after it, so that a wrong start or end
// date or a wrong role fails here.
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

// Tsipras led the opposition, governed from 2015-01-26 (with a month out to
// call an election in 2015) and led the opposition again from 2019-07-08.
TEST(HeadsEuropeTest, TsiprasRoleFollowsTheDate) {
  const std::string s = "Alexis Tsipras criticized Germany on Monday.";
  auto ev = CodeText(s, "2013-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "GRCOPP>DEU") << Dump(ev);
  ev = CodeText(s, "2016-06-06");
  EXPECT_EQ(DyadOf(ev, "111"), "GRCGOV>DEU") << Dump(ev);
  ev = CodeText(s, "2015-09-07");  // campaigning between his two terms
  EXPECT_EQ(DyadOf(ev, "111"), "GRCELI>DEU") << Dump(ev);
  ev = CodeText(s, "2019-07-15");  // a week after Mitsotakis took over
  EXPECT_EQ(DyadOf(ev, "111"), "GRCOPP>DEU") << Dump(ev);
}

// Kurz was ousted by a no-confidence vote on 2019-05-27 and came back on
// 2020-01-07: between the two he is no government official.
TEST(HeadsEuropeTest, KurzOutOfOfficeBetweenHisTwoTerms) {
  const std::string s = "Sebastian Kurz criticized Turkey on Tuesday.";
  auto ev = CodeText(s, "2018-06-12");
  EXPECT_EQ(DyadOf(ev, "111"), "AUTGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2019-09-10");
  EXPECT_EQ(DyadOf(ev, "111"), "AUTELI>TUR") << Dump(ev);
  ev = CodeText(s, "2020-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "AUTGOV>TUR") << Dump(ev);
}

// Duda's term ended on 2025-08-05 and Nawrocki's began the next day; before
// it Nawrocki is not the government.
TEST(HeadsEuropeTest, PolishPresidentsChangeOnTheDay) {
  auto ev = CodeText("President Andrzej Duda criticized Russia on Monday.", "2020-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>RUS") << Dump(ev);
  ev = CodeText("Andrzej Duda criticized Russia on Monday.", "2025-09-08");
  EXPECT_EQ(DyadOf(ev, "111"), "POLELI>RUS") << Dump(ev);
  ev = CodeText("Karol Nawrocki criticized Russia on Monday.", "2025-09-08");
  EXPECT_EQ(DyadOf(ev, "111"), "POLGOV>RUS") << Dump(ev);
  ev = CodeText("Karol Nawrocki criticized Russia on Monday.", "2025-06-09");
  EXPECT_NE(DyadOf(ev, "111"), "POLGOV>RUS") << Dump(ev);
}

// A Swiss Federal Councillor is the government for the whole tenure, not
// only in the year of the presidency; after it the entry codes nothing.
TEST(HeadsEuropeTest, SwissCouncillorCodedForTheTenureOnly) {
  const std::string s = "Doris Leuthard criticized the European Union on Wednesday.";
  auto ev = CodeText(s, "2010-03-10");  // her presidential year
  EXPECT_EQ(DyadOf(ev, "111"), "CHEGOV>IGOEUREEC") << Dump(ev);
  ev = CodeText(s, "2014-03-12");  // a councillor, not president
  EXPECT_EQ(DyadOf(ev, "111"), "CHEGOV>IGOEUREEC") << Dump(ev);
  ev = CodeText(s, "2019-03-13");  // left the Federal Council 2018-12-31
  EXPECT_NE(DyadOf(ev, "111").substr(0, 3), "CHE") << Dump(ev);
}

// Monarchs: Beatrix abdicated on 2013-04-30 in favour of Willem-Alexander.
TEST(HeadsEuropeTest, DutchMonarchsAroundTheAbdication) {
  auto ev = CodeText("Queen Beatrix praised Belgium on Thursday.", "2010-06-10");
  EXPECT_EQ(DyadOf(ev, "051"), "NLDGOV>BEL") << Dump(ev);
  ev = CodeText("Queen Beatrix praised Belgium on Thursday.", "2014-06-12");
  EXPECT_EQ(DyadOf(ev, "051"), "NLDELI>BEL") << Dump(ev);
  ev = CodeText("King Willem-Alexander praised Belgium on Thursday.", "2014-06-12");
  EXPECT_EQ(DyadOf(ev, "051"), "NLDGOV>BEL") << Dump(ev);
}

// Zeman was prime minister to 2002, out of office, then president from
// 2013-03-08 to 2023-03-08.
TEST(HeadsEuropeTest, ZemanPrimeMinisterThenPresident) {
  const std::string s = "Milos Zeman criticized Austria on Friday.";
  auto ev = CodeText(s, "2000-09-15");
  EXPECT_EQ(DyadOf(ev, "111"), "CZEGOV>AUT") << Dump(ev);
  ev = CodeText(s, "2008-09-12");
  EXPECT_EQ(DyadOf(ev, "111"), "CZEELI>AUT") << Dump(ev);
  ev = CodeText(s, "2015-09-11");
  EXPECT_EQ(DyadOf(ev, "111"), "CZEGOV>AUT") << Dump(ev);
  ev = CodeText(s, "2023-09-15");
  EXPECT_EQ(DyadOf(ev, "111"), "CZEELI>AUT") << Dump(ev);
}

// Fogh Rasmussen went from Danish prime minister to NATO; a surname shared
// by three Danish prime ministers is not enough alone.
TEST(HeadsEuropeTest, FoghRasmussenAndTheBareSurname) {
  auto ev = CodeText("Anders Fogh Rasmussen criticized Iran on Monday.", "2006-02-06");
  EXPECT_EQ(DyadOf(ev, "111"), "DNKGOV>IRN") << Dump(ev);
  ev = CodeText("Anders Fogh Rasmussen criticized Iran on Monday.", "2012-02-06");
  EXPECT_EQ(DyadOf(ev, "111"), "IGOWSTNAT>IRN") << Dump(ev);
  ev = CodeText("Rasmussen criticized Iran on Monday.", "2006-02-06");
  EXPECT_NE(DyadOf(ev, "111"), "DNKGOV>IRN") << Dump(ev);
}

}  // namespace
}  // namespace dyad
