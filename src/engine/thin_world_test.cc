// Office holders of the thinly covered countries of Asia, the Americas,
// Europe and the Pacific (data/actors/people/thin_world.txt and the terms
// added in place for Victor Gaiciuc and Sokratis Hasikos; docs/accuracy.md,
// "stop 30 (h-thin-b)"): the whole English pipeline on sentences we wrote,
// dated inside a term and after it, so that a wrong start or end date or a
// wrong role fails here.
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

// Tomeing was president of the Marshall Islands from 2008-01 until the
// no-confidence vote of 2009-10: nothing before or after.
TEST(ThinWorldTest, TomeingOnlyWhilePresident) {
  const std::string s = "Litokwa Tomeing criticized Japan on Monday.";
  auto ev = CodeText(s, "2008-09-08");
  EXPECT_EQ(DyadOf(ev, "111"), "MHLGOV>JPN") << Dump(ev);
  ev = CodeText(s, "2011-09-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MHL") << Dump(ev);
  ev = CodeText(s, "2006-09-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MHL") << Dump(ev);
}

// Nemra's presidency lasted two weeks in January 2016.
TEST(ThinWorldTest, NemraTwoWeeks) {
  const std::string s = "President Casten Nemra praised Taiwan on Tuesday.";
  auto ev = CodeText(s, "2016-01-19");
  EXPECT_EQ(DyadOf(ev, "051"), "MHLGOV>TWN") << Dump(ev);
  ev = CodeText("Casten Nemra praised Taiwan on Tuesday.", "2016-06-14");
  EXPECT_NE(SourceCountryOf(ev, "051"), "MHL") << Dump(ev);
}

// Ulufa'alu was forced out in June 2000; the apostrophe-less spelling codes
// him too.
TEST(ThinWorldTest, UlufaaluUntilTheCoup) {
  auto ev = CodeText("Bartholomew Ulufa'alu criticized Australia on Monday.", "1999-05-10");
  EXPECT_EQ(DyadOf(ev, "111"), "SLBGOV>AUS") << Dump(ev);
  ev = CodeText("Bartholomew Ulufaalu criticized Australia on Monday.", "2000-03-13");
  EXPECT_EQ(DyadOf(ev, "111"), "SLBGOV>AUS") << Dump(ev);
  ev = CodeText("Bartholomew Ulufa'alu criticized Australia on Monday.", "2002-03-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SLB") << Dump(ev);
}

// "Danny Philip" codes the prime minister of 2010-2011; "Philip" alone is a
// given name and must not.
TEST(ThinWorldTest, DannyPhilipButNotPhilipAlone) {
  auto ev = CodeText("Danny Philip criticized Australia on Monday.", "2011-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "SLBGOV>AUS") << Dump(ev);
  ev = CodeText("Danny Philip criticized Australia on Monday.", "2013-03-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SLB") << Dump(ev);
  ev = CodeText("Philip criticized Australia on Monday.", "2011-03-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SLB") << Dump(ev);
}

// Papua New Guinea's governors-general: Matane to 2010, Ogio from 2011; in
// the gap between them neither codes.
TEST(ThinWorldTest, GovernorsGeneralOfPapuaNewGuinea) {
  const std::string matane = "Paulias Matane praised Australia on Wednesday.";
  auto ev = CodeText(matane, "2007-05-09");
  EXPECT_EQ(DyadOf(ev, "051"), "PNGGOV>AUS") << Dump(ev);
  ev = CodeText(matane, "2011-01-12");
  EXPECT_NE(SourceCountryOf(ev, "051"), "PNG") << Dump(ev);
  const std::string ogio = "Michael Ogio praised Australia on Wednesday.";
  ev = CodeText(ogio, "2014-05-07");
  EXPECT_EQ(DyadOf(ev, "051"), "PNGGOV>AUS") << Dump(ev);
  ev = CodeText(ogio, "2011-01-12");
  EXPECT_NE(SourceCountryOf(ev, "051"), "PNG") << Dump(ev);
}

// Dadae: defence minister, then nothing, then governor-general.
TEST(ThinWorldTest, DadaeTwoOfficesAndAGap) {
  const std::string s = "Bob Dadae criticized Indonesia on Thursday.";
  auto ev = CodeText(s, "2009-06-11");
  EXPECT_EQ(DyadOf(ev, "111"), "PNGGOV>IDN") << Dump(ev);
  ev = CodeText(s, "2014-06-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PNG") << Dump(ev);
  ev = CodeText(s, "2019-06-13");
  EXPECT_EQ(DyadOf(ev, "111"), "PNGGOV>IDN") << Dump(ev);
}

// The Ecuadorian junta of January 2000 held power for a day: Solórzano codes
// on that day only, with or without the accent.
TEST(ThinWorldTest, EcuadorJuntaOneDay) {
  auto ev = CodeText("Carlos Solórzano criticized Peru on Friday.", "2000-01-21");
  EXPECT_EQ(DyadOf(ev, "111"), "ECUGOV>PER") << Dump(ev);
  ev = CodeText("Carlos Solorzano criticized Peru on Friday.", "2000-01-21");
  EXPECT_EQ(DyadOf(ev, "111"), "ECUGOV>PER") << Dump(ev);
  ev = CodeText("Carlos Solórzano criticized Peru on Friday.", "2000-03-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "ECU") << Dump(ev);
}

// Moldova's defence ministers of the Communist years, one after another, and
// Gaiciuc's first term added in place before his 2019-2020 one.
TEST(ThinWorldTest, MoldovanDefenceMinisters) {
  auto ev = CodeText("Valeriu Plesca criticized Russia on Monday.", "2005-10-10");
  EXPECT_EQ(DyadOf(ev, "111"), "MDAGOV>RUS") << Dump(ev);
  ev = CodeText("Valeriu Plesca criticized Russia on Monday.", "2008-10-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MDA") << Dump(ev);
  ev = CodeText("Vitalie Vrabie criticized Russia on Monday.", "2008-10-13");
  EXPECT_EQ(DyadOf(ev, "111"), "MDAGOV>RUS") << Dump(ev);
  ev = CodeText("Victor Gaiciuc criticized Russia on Monday.", "2002-10-14");
  EXPECT_EQ(DyadOf(ev, "111"), "MDAGOV>RUS") << Dump(ev);
  ev = CodeText("Victor Gaiciuc criticized Russia on Monday.", "2010-10-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MDA") << Dump(ev);
}

// Hasikos: defence minister under Clerides, interior minister 2013-2018
// (added in place), nothing in between.
TEST(ThinWorldTest, HasikosInteriorTermAddedInPlace) {
  const std::string s = "Socrates Hasikos criticized Turkey on Tuesday.";
  auto ev = CodeText(s, "2015-04-14");
  EXPECT_EQ(DyadOf(ev, "111"), "CYPGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2008-04-15");
  EXPECT_NE(SourceCountryOf(ev, "111"), "CYP") << Dump(ev);
}

// Kuwait's interior ministers after 2011: al-Humoud, then al-Khalid.
TEST(ThinWorldTest, KuwaitiInteriorMinisters) {
  auto ev = CodeText("Sheikh Ahmad al-Humoud al-Sabah criticized Iran on Monday.", "2012-05-14");
  EXPECT_EQ(DyadOf(ev, "111"), "KWTGOV>IRN") << Dump(ev);
  ev = CodeText("Sheikh Ahmad al-Humoud al-Sabah criticized Iran on Monday.", "2016-05-09");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KWT") << Dump(ev);
  ev = CodeText("Sheikh Mohammad al-Khalid al-Sabah criticized Iran on Monday.", "2016-05-09");
  EXPECT_EQ(DyadOf(ev, "111"), "KWTGOV>IRN") << Dump(ev);
}

// Syria's finance minister of 2011-2012, nothing before.
TEST(ThinWorldTest, JleilatiOnlyWhileMinister) {
  const std::string s = "Mohammad Jleilati criticized Turkey on Sunday.";
  auto ev = CodeText(s, "2011-09-11");
  EXPECT_EQ(DyadOf(ev, "111"), "SYRGOV>TUR") << Dump(ev);
  ev = CodeText(s, "2009-09-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "SYR") << Dump(ev);
}

// Honduras's and the Dominican Republic's foreign ministers of 2002-2004.
TEST(ThinWorldTest, CentralAmericanAndCaribbeanForeignMinisters) {
  auto ev = CodeText("Guillermo Perez-Cadalso criticized Nicaragua on Monday.", "2002-06-10");
  EXPECT_EQ(DyadOf(ev, "111"), "HNDGOV>NIC") << Dump(ev);
  ev = CodeText("Guillermo Perez-Cadalso criticized Nicaragua on Monday.", "2005-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HND") << Dump(ev);
  ev = CodeText("Frank Guerrero Prats criticized Haiti on Monday.", "2004-02-09");
  EXPECT_EQ(DyadOf(ev, "111"), "DOMGOV>HTI") << Dump(ev);
  ev = CodeText("Frank Guerrero Prats criticized Haiti on Monday.", "2006-02-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "DOM") << Dump(ev);
}

// Bolivia's foreign ministers from Sánchez de Lozada's fall to Morales: one
// after another, each only in his own government.
TEST(ThinWorldTest, BolivianForeignMinistersInTurn) {
  auto ev = CodeText("Carlos Saavedra Bruno criticized Chile on Monday.", "2003-03-10");
  EXPECT_EQ(DyadOf(ev, "111"), "BOLGOV>CHL") << Dump(ev);
  ev = CodeText("Carlos Saavedra Bruno criticized Chile on Monday.", "2004-03-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BOL") << Dump(ev);
  ev = CodeText("Juan Ignacio Siles criticized Chile on Monday.", "2004-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "BOLGOV>CHL") << Dump(ev);
  ev = CodeText("Armando Loaiza criticized Chile on Monday.", "2005-09-12");
  EXPECT_EQ(DyadOf(ev, "111"), "BOLGOV>CHL") << Dump(ev);
  ev = CodeText("Armando Loaiza criticized Chile on Monday.", "2007-09-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "BOL") << Dump(ev);
}

// Orellana resigned days before the 2009 coup; Sevilla served the de facto
// government that followed it.
TEST(ThinWorldTest, HonduranDefenceMinistersAroundTheCoup) {
  auto ev = CodeText("Edmundo Orellana criticized Nicaragua on Monday.", "2009-03-09");
  EXPECT_EQ(DyadOf(ev, "111"), "HNDGOV>NIC") << Dump(ev);
  ev = CodeText("Edmundo Orellana criticized Nicaragua on Monday.", "2009-09-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HND") << Dump(ev);
  ev = CodeText("Adolfo Lionel Sevilla criticized Nicaragua on Monday.", "2009-09-14");
  EXPECT_EQ(DyadOf(ev, "111"), "HNDGOV>NIC") << Dump(ev);
  ev = CodeText("Adolfo Lionel Sevilla criticized Nicaragua on Monday.", "2011-09-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "HND") << Dump(ev);
}

// Ramírez Lezcano's first foreign ministry (2006-2008) added in place before
// his second (from 2023): the years between code nothing.
TEST(ThinWorldTest, RamirezLezcanoTwoTermsAndAGap) {
  const std::string s = "Ruben Ramirez Lezcano criticized Bolivia on Monday.";
  auto ev = CodeText(s, "2007-05-14");
  EXPECT_EQ(DyadOf(ev, "111"), "PRYGOV>BOL") << Dump(ev);
  ev = CodeText(s, "2015-05-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PRY") << Dump(ev);
  ev = CodeText(s, "2024-05-13");
  EXPECT_EQ(DyadOf(ev, "111"), "PRYGOV>BOL") << Dump(ev);
}

}  // namespace
}  // namespace dyad
