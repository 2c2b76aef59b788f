// Interior ministers 2000-2026, second file
// (data/actors/people/ministers_2000_2026_interior_2.txt and interior terms
// added in place to people listed elsewhere; docs/accuracy.md, "stop 27
// (h-int4)"): the whole English pipeline on sentences we wrote, dated inside
// a term and after it, so that a wrong start or end date or a wrong role
// fails here.
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

// Murungaru sat in Kibaki's cabinet from 2003 until the cabinet was dismissed
// in 2005: nothing after.
TEST(MinistersInterior3Test, MurungaruOnlyInKibakisFirstCabinet) {
  const std::string s = "Chris Murungaru criticized Uganda on Monday.";
  auto ev = CodeText(s, "2004-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "KENGOV>UGA") << Dump(ev);
  ev = CodeText(s, "2008-03-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "KEN") << Dump(ev);
}

// Gómez, written without the accent, until the helicopter crash of 2008-06-27.
TEST(MinistersInterior3Test, VinicioGomezUntilTheCrash) {
  const std::string s = "Vinicio Gomez criticized Mexico on Monday.";
  auto ev = CodeText(s, "2008-04-07");
  EXPECT_EQ(DyadOf(ev, "111"), "GTMGOV>MEX") << Dump(ev);
  ev = CodeText(s, "2009-04-06");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GTM") << Dump(ev);
}

// A distinctive surname alone codes the minister in office, and nothing once
// he was dismissed (2016-05).
TEST(MinistersInterior3Test, KitwangaSurnameAlone) {
  const std::string s = "Kitwanga criticized Kenya on Wednesday.";
  auto ev = CodeText(s, "2016-02-10");
  EXPECT_EQ(DyadOf(ev, "111"), "TZAGOV>KEN") << Dump(ev);
  ev = CodeText(s, "2017-02-08");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TZA") << Dump(ev);
}

// Lamichhane: home minister twice, with a year out of office between.
TEST(MinistersInterior3Test, LamichhaneTwoTermsAndAGap) {
  const std::string s = "Rabi Lamichhane criticized India on Tuesday.";
  auto ev = CodeText(s, "2023-01-10");
  EXPECT_EQ(DyadOf(ev, "111"), "NPLGOV>IND") << Dump(ev);
  ev = CodeText(s, "2023-06-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NPL") << Dump(ev);
  ev = CodeText(s, "2024-05-14");
  EXPECT_EQ(DyadOf(ev, "111"), "NPLGOV>IND") << Dump(ev);
  ev = CodeText(s, "2025-01-14");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NPL") << Dump(ev);
}

// Kawana's home affairs term ended with Geingob's successor's cabinet.
TEST(MinistersInterior3Test, KawanaUntilTheNewCabinet) {
  const std::string s = "Albert Kawana criticized Angola on Thursday.";
  auto ev = CodeText(s, "2022-06-09");
  EXPECT_EQ(DyadOf(ev, "111"), "NAMGOV>AGO") << Dump(ev);
  ev = CodeText(s, "2025-09-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "NAM") << Dump(ev);
}

// A serving general as home affairs minister is MIL, under his titled name;
// the activist whose name begins with the same words is not him.
TEST(MinistersInterior3Test, KoKoTitledOnly) {
  auto ev = CodeText("Lieutenant General Ko Ko criticized Thailand on Monday.",
                     "2013-03-11");
  EXPECT_EQ(DyadOf(ev, "111"), "MMRMIL>THA") << Dump(ev);
  ev = CodeText("Lieutenant General Ko Ko criticized Thailand on Monday.",
                "2017-03-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "MMR") << Dump(ev);
  ev = CodeText("Ko Ko Gyi criticized Thailand on Monday.", "2013-03-11");
  EXPECT_NE(DyadOf(ev, "111"), "MMRMIL>THA") << Dump(ev);
}

// Mba Obame: interior minister, then opposition leader until his death.
TEST(MinistersInterior3Test, MbaObameFromMinisterToOpposition) {
  const std::string s = "Andre Mba Obame criticized Cameroon on Friday.";
  auto ev = CodeText(s, "2007-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "GABGOV>CMR") << Dump(ev);
  ev = CodeText(s, "2012-06-08");
  EXPECT_EQ(DyadOf(ev, "111"), "GABOPP>CMR") << Dump(ev);
  ev = CodeText(s, "2016-06-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "GAB") << Dump(ev);
}

// Chalerm: interior minister under Samak, out of office under Abhisit,
// deputy prime minister under Yingluck.
TEST(MinistersInterior3Test, ChalermTwoCabinetsAndAGap) {
  const std::string s = "Chalerm Yubamrung criticized Cambodia on Monday.";
  auto ev = CodeText(s, "2008-05-12");
  EXPECT_EQ(DyadOf(ev, "111"), "THAGOV>KHM") << Dump(ev);
  ev = CodeText(s, "2010-05-10");
  EXPECT_NE(SourceCountryOf(ev, "111"), "THA") << Dump(ev);
  ev = CodeText(s, "2012-05-14");
  EXPECT_EQ(DyadOf(ev, "111"), "THAGOV>KHM") << Dump(ev);
}

// Lim: a senator between his terms in government, so LEG there.
TEST(MinistersInterior3Test, AlfredoLimSenatorBetweenGovernmentPosts) {
  const std::string s = "Alfredo Lim criticized China on Tuesday.";
  auto ev = CodeText(s, "2000-08-08");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLGOV>CHN") << Dump(ev);
  ev = CodeText(s, "2005-08-09");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLLEG>CHN") << Dump(ev);
  ev = CodeText(s, "2015-08-11");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PHL") << Dump(ev);
}

// Hinds held national security until the change of government in 2025.
TEST(MinistersInterior3Test, HindsUntilTheChangeOfGovernment) {
  const std::string s = "Fitzgerald Hinds criticized Venezuela on Monday.";
  auto ev = CodeText(s, "2022-10-10");
  EXPECT_EQ(DyadOf(ev, "111"), "TTOGOV>VEN") << Dump(ev);
  ev = CodeText(s, "2025-10-13");
  EXPECT_NE(SourceCountryOf(ev, "111"), "TTO") << Dump(ev);
}

// Terms added in place: Chang's national security term now starts in 2018,
// Reyes's interior term follows his years as defence secretary.
TEST(MinistersInterior3Test, TermsAddedInPlace) {
  auto ev = CodeText("Horace Chang criticized Haiti on Monday.", "2019-03-11");
  EXPECT_EQ(DyadOf(ev, "111"), "JAMGOV>HTI") << Dump(ev);
  ev = CodeText("Angelo Reyes criticized China on Monday.", "2005-03-14");
  EXPECT_EQ(DyadOf(ev, "111"), "PHLGOV>CHN") << Dump(ev);
  ev = CodeText("Angelo Reyes criticized China on Monday.", "2012-03-12");
  EXPECT_NE(SourceCountryOf(ev, "111"), "PHL") << Dump(ev);
}

// Ousman Sonko of the Gambia is not Senegal's Ousmane Sonko, whose surname
// alone is listed: the Gambian's full name stays his after he left office,
// as a former official, instead of falling back to the Senegalese surname.
TEST(MinistersInterior3Test, OusmanSonkoOfTheGambia) {
  const std::string s = "Ousman Sonko criticized Senegal on Monday.";
  auto ev = CodeText(s, "2010-03-08");
  EXPECT_EQ(DyadOf(ev, "111"), "GMBGOV>SEN") << Dump(ev);
  ev = CodeText(s, "2019-03-11");
  EXPECT_EQ(DyadOf(ev, "111"), "GMBELI>SEN") << Dump(ev);
  ev = CodeText("Sonko criticized Gambia on Monday.", "2019-03-11");
  EXPECT_EQ(SourceCountryOf(ev, "111"), "SEN") << Dump(ev);
}

}  // namespace
}  // namespace dyad
