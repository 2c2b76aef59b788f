// Interior ministers and UN ambassadors, stop 31 (h-int8):
// data/actors/people/ministers_2000_2026_interior_6.txt, un_ambassadors_7.txt
// and the terms added in place (Kalle Laanet, Hishammuddin Hussein, Paula
// Cox, Hackman Owusu-Agyeman, Mohammad Khalid al-Hamad al-Sabah); see
// docs/accuracy.md, "stop 31 (h-int8)". The whole English pipeline on
// sentences we wrote, dated inside a term and outside it, so that a wrong
// start or end date or a wrong country fails here; two cases check that a
// surname we chose not to list alone does not code as the person.
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

// Angola: interior minister from Nandó's move to the premiership; nothing
// coded before that (his earlier posts are not written).
TEST(InteriorUn8Test, SerraVanDunemAngolaInterior) {
  const std::string s = "Osvaldo Serra Van-Dunem praised Zambia for the border patrols.";
  auto ev = CodeText(s, "2004-03-09");
  EXPECT_EQ(DyadOf(ev, "051"), "AGOGOV>ZMB") << Dump(ev);
  ev = CodeText(s, "2001-03-13");
  EXPECT_NE(SourceCountryOf(ev, "051"), "AGO") << Dump(ev);
}

// Nigeria: Yar'Adua's interior minister in the amnesty year, not yet in 2006.
TEST(InteriorUn8Test, GodwinAbbeNigeriaInterior) {
  const std::string s = "Godwin Abbe praised Ghana for its help with the amnesty.";
  auto ev = CodeText(s, "2009-08-18");
  EXPECT_EQ(DyadOf(ev, "051"), "NGAGOV>GHA") << Dump(ev);
  ev = CodeText(s, "2006-08-15");
  EXPECT_NE(SourceCountryOf(ev, "051"), "NGA") << Dump(ev);
}

// Sri Lanka: home affairs in 2007, nothing in the opposition years, then the
// speaker's chair (LEG); the surname alone is an army commander's too and
// must not code as him.
TEST(InteriorUn8Test, KaruJayasuriyaHomeAffairsThenSpeaker) {
  const std::string s = "Karu Jayasuriya condemned India over the trawler arrests.";
  auto ev = CodeText(s, "2007-07-10");
  EXPECT_EQ(DyadOf(ev, "111"), "LKAGOV>IND") << Dump(ev);
  ev = CodeText(s, "2012-07-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LKA") << Dump(ev);
  ev = CodeText(s, "2017-07-11");
  EXPECT_EQ(DyadOf(ev, "111"), "LKALEG>IND") << Dump(ev);
  ev = CodeText("Jayasuriya condemned India over the trawler arrests.", "2007-07-10");
  EXPECT_NE(DyadOf(ev, "111"), "LKAGOV>IND") << Dump(ev);
}

// Estonia: the interior term added in place, before his defence term.
TEST(InteriorUn8Test, LaanetInteriorInAnsipsFirstCabinet) {
  const std::string s = "Kalle Laanet thanked Finland for the loan of police boats.";
  auto ev = CodeText(s, "2006-02-14");
  EXPECT_EQ(DyadOf(ev, "051"), "ESTGOV>FIN") << Dump(ev);
  ev = CodeText(s, "2009-02-10");
  EXPECT_NE(SourceCountryOf(ev, "051"), "EST") << Dump(ev);
}

// Malaysia: youth and sports, then education (added in place), before home
// affairs; all of it government.
TEST(InteriorUn8Test, HishammuddinBeforeHomeAffairs) {
  const std::string s = "Hishammuddin Hussein praised Brunei for the student exchange.";
  auto ev = CodeText(s, "2006-10-17");
  EXPECT_EQ(DyadOf(ev, "051"), "MYSGOV>BRN") << Dump(ev);
  ev = CodeText(s, "1998-10-13");
  EXPECT_NE(SourceCountryOf(ev, "051"), "MYS") << Dump(ev);
}

// Bermuda: finance minister before she became premier, out after 2012.
TEST(InteriorUn8Test, PaulaCoxFinanceThenPremier) {
  const std::string s = "Paula Cox criticized Britain over the new banking rules.";
  auto ev = CodeText(s, "2007-04-17");
  EXPECT_EQ(DyadOf(ev, "111"), "BMUGOV>GBR") << Dump(ev);
  ev = CodeText(s, "2015-04-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BMU") << Dump(ev);
}

// Ghana: foreign minister, then interior minister to early 2005.
TEST(InteriorUn8Test, OwusuAgyemanInteriorAfterForeign) {
  const std::string s = "Hackman Owusu-Agyeman thanked Togo for the extradition.";
  auto ev = CodeText(s, "2004-05-11");
  EXPECT_EQ(DyadOf(ev, "051"), "GHAGOV>TGO") << Dump(ev);
  ev = CodeText(s, "2007-05-15");
  EXPECT_NE(SourceCountryOf(ev, "051"), "GHA") << Dump(ev);
}

// Libya: Gaddafi's interior minister, then the rebels' commander until he
// was killed in July 2011.
TEST(InteriorUn8Test, AbdelFattahYounisInteriorThenRebel) {
  const std::string s = "Abdel Fattah Younis praised Egypt for opening the border crossing.";
  auto ev = CodeText(s, "2010-11-16");
  EXPECT_EQ(DyadOf(ev, "051"), "LBYGOV>EGY") << Dump(ev);
  ev = CodeText(s, "2011-05-10");
  EXPECT_EQ(DyadOf(ev, "051"), "LBYREB>EGY") << Dump(ev);
  ev = CodeText(s, "2012-05-15");
  EXPECT_NE(SourceCountryOf(ev, "051"), "LBY") << Dump(ev);
}

// Hungary: justice and law enforcement in Bajnai's government only.
TEST(InteriorUn8Test, ForgacsInBajnaisGovernment) {
  const std::string s = "Imre Forgacs criticized Slovakia over the language law.";
  auto ev = CodeText(s, "2009-09-15");
  EXPECT_EQ(DyadOf(ev, "111"), "HUNGOV>SVK") << Dump(ev);
  ev = CodeText(s, "2011-09-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HUN") << Dump(ev);
}

// Poland: speaker, prime minister, and in 2004 interior minister for a few
// months before the speaker's chair again; nothing in the years between.
TEST(InteriorUn8Test, OleksyInteriorBetweenTwoSpeakerships) {
  const std::string s = "Oleksy praised Lithuania for the new gas link.";
  auto ev = CodeText(s, "2004-02-17");
  EXPECT_EQ(DyadOf(ev, "051"), "POLGOV>LTU") << Dump(ev);
  ev = CodeText(s, "2004-09-14");
  EXPECT_EQ(DyadOf(ev, "051"), "POLLEG>LTU") << Dump(ev);
  ev = CodeText(s, "2000-09-12");
  EXPECT_NE(SourceCountryOf(ev, "051"), "POL") << Dump(ev);
}

// Libya: UN ambassador, written with the short form of his name; the
// surname alone is not listed.
TEST(InteriorUn8Test, DordaUnAmbassadorAndNotDordaAlone) {
  const std::string s = "Abuzed Dorda criticized Britain over the frozen assets.";
  auto ev = CodeText(s, "2005-10-11");
  EXPECT_EQ(DyadOf(ev, "111"), "LBYGOV>GBR") << Dump(ev);
  ev = CodeText(s, "2010-10-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBY") << Dump(ev);
  ev = CodeText("Dorda criticized Britain over the frozen assets.", "2005-10-11");
  EXPECT_NE(DyadOf(ev, "111"), "LBYGOV>GBR") << Dump(ev);
}

// Georgia: UN ambassador before Alasania, written without a title.
TEST(InteriorUn8Test, AdamiaUnAmbassador) {
  const std::string s = "Revaz Adamia criticized Russia over the new visa rules.";
  auto ev = CodeText(s, "2005-03-15");
  EXPECT_EQ(DyadOf(ev, "111"), "GEOGOV>RUS") << Dump(ev);
  ev = CodeText(s, "2009-03-17");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GEO") << Dump(ev);
}

}  // namespace
}  // namespace dyad
