// Foreign ministers 2000-2026, third pass (data/actors/people/
// ministers_2000_2026_foreign_2.txt and the foreign ministries added in place
// to older entries; docs/accuracy.md, "stop 27 (h-for3)"): the whole English
// pipeline on sentences we wrote, dated inside a term and after it, so that a
// wrong start or end date, a wrong role or a name listed alone that should not
// be fails here.
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

// Aurelia Frick ran Liechtenstein's foreign affairs from 2009 until the Landtag
// withdrew its confidence in July 2019.
TEST(MinistersForeign3Test, AureliaFrickUntil2019) {
  const std::string s = "Aurelia Frick criticized Austria on Monday.";
  auto ev = CodeText(s, "2014-05-12");
  EXPECT_EQ(DyadOf(ev, "111"), "LIEGOV>AUT") << Dump(ev);
  ev = CodeText(s, "2020-05-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "LIE") << Dump(ev);
}

// Evarist Bartolo: Malta's foreign minister 2020-2022 only; "Bartolo" alone is
// not listed.
TEST(MinistersForeign3Test, EvaristBartoloOnlyWhileMinister) {
  const std::string s = "Evarist Bartolo praised Italy.";
  auto ev = CodeText(s, "2021-02-08");
  EXPECT_EQ(DyadOf(ev, "051"), "MLTGOV>ITA") << Dump(ev);
  ev = CodeText(s, "2023-02-06");
  EXPECT_NE(SourceCountryOf(ev, "051"), "MLT") << Dump(ev);
  ev = CodeText("Bartolo praised Italy.", "2021-02-08");
  EXPECT_NE(SourceCountryOf(ev, "051"), "MLT") << Dump(ev);
}

// Ivan Mrkić held Serbia's foreign ministry between Jeremić and Dačić.
TEST(MinistersForeign3Test, MrkicBetweenJeremicAndDacic) {
  const std::string s = "Mrkic criticized Croatia on Tuesday.";
  auto ev = CodeText(s, "2013-03-05");
  EXPECT_EQ(DyadOf(ev, "111"), "SRBGOV>HRV") << Dump(ev);
  ev = CodeText(s, "2011-03-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SRB") << Dump(ev);
}

// Tiéman Coulibaly: two terms as Mali's foreign minister, none in between
// (this file dates only the foreign ministry).
TEST(MinistersForeign3Test, TiemanCoulibalyTwoTerms) {
  const std::string s = "Tieman Coulibaly criticized Algeria on Wednesday.";
  auto ev = CodeText(s, "2013-02-06");
  EXPECT_EQ(DyadOf(ev, "111"), "MLIGOV>DZA") << Dump(ev);
  ev = CodeText(s, "2015-02-04");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MLI") << Dump(ev);
  ev = CodeText(s, "2017-09-06");
  EXPECT_EQ(DyadOf(ev, "111"), "MLIGOV>DZA") << Dump(ev);
}

// Kalonzo Musyoka: foreign minister, then vice-president, then the
// opposition's leader: the role follows the date.
TEST(MinistersForeign3Test, KalonzoFromMinisterToOpposition) {
  const std::string s = "Kalonzo Musyoka criticized Uganda on Thursday.";
  auto ev = CodeText(s, "2003-09-04");
  EXPECT_EQ(DyadOf(ev, "111"), "KENGOV>UGA") << Dump(ev);
  ev = CodeText(s, "2006-09-07");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KEN") << Dump(ev);
  ev = CodeText(s, "2010-09-09");
  EXPECT_EQ(DyadOf(ev, "111"), "KENGOV>UGA") << Dump(ev);
  ev = CodeText(s, "2018-09-06");
  EXPECT_EQ(DyadOf(ev, "111"), "KENOPP>UGA") << Dump(ev);
}

// Raphael Tuju: Kenya's foreign minister from late 2005 to January 2008.
TEST(MinistersForeign3Test, TujuToJanuary2008) {
  const std::string s = "Raphael Tuju praised Tanzania.";
  auto ev = CodeText(s, "2007-03-12");
  EXPECT_EQ(DyadOf(ev, "051"), "KENGOV>TZA") << Dump(ev);
  ev = CodeText(s, "2009-03-09");
  EXPECT_NE(SourceCountryOf(ev, "051"), "KEN") << Dump(ev);
}

// Alexis Thambwe Mwamba ran the Congolese foreign ministry 2008-2012.
TEST(MinistersForeign3Test, ThambweMwambaInMuzitosGovernments) {
  const std::string s = "Alexis Thambwe Mwamba criticized Rwanda on Monday.";
  auto ev = CodeText(s, "2010-06-14");
  EXPECT_EQ(DyadOf(ev, "111"), "CODGOV>RWA") << Dump(ev);
  ev = CodeText(s, "2006-06-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "COD") << Dump(ev);
}

// Simon Kofe, Tuvalu's foreign minister in Natano's government, and nothing
// after Teo's government took office.
TEST(MinistersForeign3Test, SimonKofeInNatanosGovernment) {
  const std::string s = "Simon Kofe criticized Australia on Friday.";
  auto ev = CodeText(s, "2021-11-05");
  EXPECT_EQ(DyadOf(ev, "111"), "TUVGOV>AUS") << Dump(ev);
  ev = CodeText(s, "2024-11-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TUV") << Dump(ev);
}

// Glauk Konjufca was Kosovo's foreign minister for the four months of Kurti's
// first government only.
TEST(MinistersForeign3Test, KonjufcaInKurtisFirstGovernment) {
  const std::string s = "Konjufca criticized Serbia on Monday.";
  auto ev = CodeText(s, "2020-04-06");
  EXPECT_EQ(DyadOf(ev, "111"), "KSVGOV>SRB") << Dump(ev);
  ev = CodeText(s, "2019-04-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KSV") << Dump(ev);
}

// Marie-Michèle Rey: Haiti's foreign minister in Bellerive's government.
TEST(MinistersForeign3Test, MarieMicheleReyInBellerivesGovernment) {
  const std::string s = "Marie-Michele Rey praised Brazil.";
  auto ev = CodeText(s, "2010-08-09");
  EXPECT_EQ(DyadOf(ev, "051"), "HTIGOV>BRA") << Dump(ev);
  ev = CodeText(s, "2013-08-12");
  EXPECT_NE(SourceCountryOf(ev, "051"), "HTI") << Dump(ev);
}

// Kolinda Grabar-Kitarović: a minister 2003-2008 (added in place to her
// entry), nothing Croatian-government in her years abroad, then president.
TEST(MinistersForeign3Test, GrabarKitarovicMinisterThenPresident) {
  const std::string s = "Kolinda Grabar-Kitarovic criticized Slovenia on Tuesday.";
  auto ev = CodeText(s, "2006-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "HRVGOV>SVN") << Dump(ev);
  ev = CodeText(s, "2012-05-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HRV") << Dump(ev);
  ev = CodeText(s, "2017-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "HRVGOV>SVN") << Dump(ev);
}

// Akufo-Addo: Ghana's foreign minister 2003-2007 (added in place), not coded
// in the opposition years before his presidency.
TEST(MinistersForeign3Test, AkufoAddoForeignMinisterThenPresident) {
  const std::string s = "Nana Akufo-Addo praised Togo.";
  auto ev = CodeText(s, "2005-10-10");
  EXPECT_EQ(DyadOf(ev, "051"), "GHAGOV>TGO") << Dump(ev);
  ev = CodeText(s, "2011-10-10");
  EXPECT_NE(DyadOf(ev, "051"), "GHAGOV>TGO") << Dump(ev);
}

// Lemogang Kwape, Botswana's foreign minister under Masisi, 2019-2024.
TEST(MinistersForeign3Test, KwapeUnderMasisi) {
  const std::string s = "Kwape criticized Zimbabwe on Wednesday.";
  auto ev = CodeText(s, "2022-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "BWAGOV>ZWE") << Dump(ev);
  ev = CodeText(s, "2025-03-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BWA") << Dump(ev);
}

}  // namespace
}  // namespace dyad
