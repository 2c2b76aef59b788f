// Office holders of the thinnest African and Indian Ocean countries
// (data/actors/people/thin_africa.txt and terms added in place to people
// listed elsewhere; docs/accuracy.md, "stop 30 (h-thin-a)"): the whole English
// pipeline on sentences we wrote, dated inside a term and after it, so that a
// wrong start or end date, a wrong country or a wrong role fails here.
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

// Taylor led a rebel army, was president 1997-2003, then went into exile: the
// role follows the date.
TEST(ThinAfricaTest, TaylorRebelPresidentExile) {
  const std::string s = "Charles Taylor criticized Guinea on Monday.";
  auto ev = CodeText(s, "1994-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "LBRREB>GIN") << Dump(ev);
  ev = CodeText(s, "2001-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "LBRGOV>GIN") << Dump(ev);
  ev = CodeText(s, "2005-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "LBRELI>GIN") << Dump(ev);
}

// "Taylor" alone is a common surname and is not listed for him.
TEST(ThinAfricaTest, TaylorSurnameAloneNamesNoOne) {
  auto ev = CodeText("Taylor criticized Guinea on Monday.", "2001-06-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBR") << Dump(ev);
}

// Malawi's finance ministers of 2009-2014 follow one another: Lipenga, then
// Kandodo under Joyce Banda, then Mkwezalamba after the cabinet was dissolved.
TEST(ThinAfricaTest, MalawiFinanceMinistersInTurn) {
  auto ev = CodeText("Ken Lipenga criticized Zambia on Tuesday.", "2011-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "MWIGOV>ZMB") << Dump(ev);
  ev = CodeText("Ken Lipenga criticized Zambia on Tuesday.", "2015-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MWI") << Dump(ev);
  ev = CodeText("Ken Kandodo criticized Zambia on Tuesday.", "2013-03-12");
  EXPECT_EQ(DyadOf(ev, "111"), "MWIGOV>ZMB") << Dump(ev);
  ev = CodeText("Ken Kandodo criticized Zambia on Tuesday.", "2016-03-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MWI") << Dump(ev);
  ev = CodeText("Mkwezalamba criticized Zambia on Tuesday.", "2014-02-11");
  EXPECT_EQ(DyadOf(ev, "111"), "MWIGOV>ZMB") << Dump(ev);
}

// A Gambian interior minister with a surname shared by Senegal's Ousmane
// Sonko: the full name codes him in office, the surname alone never does.
TEST(ThinAfricaTest, GambianInteriorMinisterNotBySurname) {
  auto ev = CodeText("Yankuba Sonko criticized Senegal on Monday.", "2021-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "GMBGOV>SEN") << Dump(ev);
  ev = CodeText("Yankuba Sonko criticized Senegal on Monday.", "2016-03-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GMB") << Dump(ev);
  ev = CodeText("Sonko criticized Senegal on Monday.", "2021-03-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GMB") << Dump(ev);
}

// Libya's formal heads of state under Gaddafi, each only in his own years.
TEST(ThinAfricaTest, LibyanGeneralPeoplesCongressSecretaries) {
  auto ev = CodeText("Mohamed Abu al-Qasim al-Zwai criticized Italy on Monday.", "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "LBYGOV>ITA") << Dump(ev);
  ev = CodeText("Mohamed Abu al-Qasim al-Zwai criticized Italy on Monday.", "2008-06-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBY") << Dump(ev);
  ev = CodeText("Zentani Muhammad al-Zentani criticized Italy on Monday.", "2005-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "LBYGOV>ITA") << Dump(ev);
  ev = CodeText("Zentani Muhammad al-Zentani criticized Italy on Monday.", "2012-06-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBY") << Dump(ev);
}

// Sudan's defence ministers of the transition are serving generals: MIL, and
// Gamal al-Din Omer nothing after his death in March 2020.
TEST(ThinAfricaTest, SudaneseDefenceMinistersAreGenerals) {
  auto ev = CodeText("Gamal al-Din Omer criticized Ethiopia on Monday.", "2019-12-09");
  EXPECT_EQ(DyadOf(ev, "111"), "SDNMIL>ETH") << Dump(ev);
  ev = CodeText("Gamal al-Din Omer criticized Ethiopia on Monday.", "2020-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SDN") << Dump(ev);
  ev = CodeText("Yassin Ibrahim Yassin criticized Ethiopia on Monday.", "2021-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "SDNMIL>ETH") << Dump(ev);
}

// The Maldives' defence ministers: Nazim under Waheed and Yameen, nothing
// after his dismissal in 2015; "Nazim" alone is a given name and not listed.
TEST(ThinAfricaTest, MaldivianDefenceMinisterNazim) {
  auto ev = CodeText("Mohamed Nazim criticized India on Monday.", "2013-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "MDVGOV>IND") << Dump(ev);
  ev = CodeText("Mohamed Nazim criticized India on Monday.", "2016-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MDV") << Dump(ev);
  ev = CodeText("Nazim criticized India on Monday.", "2013-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MDV") << Dump(ev);
}

// Yemen's foreign ministers during the war, one after another.
TEST(ThinAfricaTest, YemeniForeignMinistersInTurn) {
  auto ev = CodeText("Abdulmalik al-Mekhlafi criticized Iran on Monday.", "2017-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "YEMGOV>IRN") << Dump(ev);
  ev = CodeText("Abdulmalik al-Mekhlafi criticized Iran on Monday.", "2020-03-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "YEM") << Dump(ev);
  ev = CodeText("Shaya al-Zindani criticized Iran on Monday.", "2024-09-09");
  EXPECT_EQ(DyadOf(ev, "111"), "YEMGOV>IRN") << Dump(ev);
  ev = CodeText("Shaya al-Zindani criticized Iran on Monday.", "2022-09-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "YEM") << Dump(ev);
}

// Niger's prime ministers around the 2010 coup: Gamatié under Tandja, Danda
// under the junta.
TEST(ThinAfricaTest, NigerPrimeMinistersAroundTheCoup) {
  auto ev = CodeText("Ali Badjo Gamatie criticized Mali on Monday.", "2009-12-14");
  EXPECT_EQ(DyadOf(ev, "111"), "NERGOV>MLI") << Dump(ev);
  ev = CodeText("Ali Badjo Gamatie criticized Mali on Monday.", "2012-12-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NER") << Dump(ev);
  ev = CodeText("Mahamadou Danda criticized Mali on Monday.", "2010-09-13");
  EXPECT_EQ(DyadOf(ev, "111"), "NERGOV>MLI") << Dump(ev);
  ev = CodeText("Mahamadou Danda criticized Mali on Monday.", "2008-09-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NER") << Dump(ev);
}

// Libya's NTC finance minister was a rebel official before the council was
// seated as the government, and out of office after al-Keib's cabinet.
TEST(ThinAfricaTest, TarhouniFromRebelsToGovernment) {
  const std::string s = "Ali Tarhouni criticized Italy on Monday.";
  auto ev = CodeText(s, "2011-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "LBYREB>ITA") << Dump(ev);
  ev = CodeText(s, "2011-10-10");
  EXPECT_EQ(DyadOf(ev, "111"), "LBYGOV>ITA") << Dump(ev);
  ev = CodeText(s, "2013-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LBY") << Dump(ev);
}

// Terms added in place to entries of other files: Ali Lamine Zeine as
// Tandja's finance minister years before he headed the junta's government,
// Deng Alor as Sudan's foreign minister before South Sudan's independence.
TEST(ThinAfricaTest, TermsAddedInPlace) {
  auto ev = CodeText("Ali Lamine Zeine criticized France on Monday.", "2007-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "NERGOV>FRA") << Dump(ev);
  ev = CodeText("Ali Lamine Zeine criticized France on Monday.", "2015-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NER") << Dump(ev);
  ev = CodeText("Deng Alor criticized Egypt on Monday.", "2009-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "SDNGOV>EGY") << Dump(ev);
  ev = CodeText("Deng Alor criticized Egypt on Monday.", "2005-03-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SDN") << Dump(ev);
}

// Bakri Hassan Saleh was defence minister (a serving general, MIL) before his
// years at the presidency, which are not dated, and first vice president
// (GOV) from 2013.
TEST(ThinAfricaTest, BakriHassanSalehDefenceThenVicePresident) {
  const std::string s = "Bakri Hassan Saleh criticized Chad on Monday.";
  auto ev = CodeText(s, "2003-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "SDNMIL>TCD") << Dump(ev);
  ev = CodeText(s, "2009-06-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SDN") << Dump(ev);
  ev = CodeText(s, "2015-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "SDNGOV>TCD") << Dump(ev);
}

}  // namespace
}  // namespace dyad
