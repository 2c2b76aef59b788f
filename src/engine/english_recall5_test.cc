// Stop 30 (h-en5): English recall, general causes.
// * "counterpart(s)" is an agent (data/actors/agents.txt, ~GOV): "his
//   Turkish counterpart" names Turkey's government, not the bare country,
//   and a slot of `host +` can end on it.
// * A guest after "his"/"her"/"their" is hosted (data/verbs/04_consult.txt:
//   `host|receive|welcome his|her|their +`, 043); not after "its"/"our"
//   (a body's own people: a slot skipping every possessive took an army's
//   own soldiers, a state's own farmers as targets on the corpora).
// * "X attacked Y, saying ..." between two political speakers is criticism
//   (111); an attack by an armed or private doer, or on a country, a force
//   or civilians, stays force (events/coder.cc VerbalAttacksWithTheirWords).
// The whole English pipeline on sentences written for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CodeText;
using testing::Dump;

TEST(EnglishRecall5Test, ACounterpartIsTheOtherSidesGovernment) {
  auto ev = CodeText("The Iranian president criticised his Turkish counterpart on Monday.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "IRNGOV", "TURGOV"), "111") << Dump(ev);
  ev = CodeText("The Kenyan foreign minister met his Ugandan counterpart in Kampala.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "KENGOV", "UGAGOV").substr(0, 2), "04") << Dump(ev);
}

// Negative: counterparts of no other country name no one new.
TEST(EnglishRecall5Test, CounterpartsOfNoCountryNameNoOne) {
  auto ev = CodeText("The Iranian president met his counterparts at the summit.", "2015-03-03");
  EXPECT_TRUE(ev.empty()) << Dump(ev);
}

TEST(EnglishRecall5Test, AGuestAfterAPossessiveIsHosted) {
  auto ev = CodeText("The Bolivian president hosted her Peruvian counterpart in La Paz.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "BOLGOV", "PERGOV"), "043") << Dump(ev);
  ev = CodeText("The Nigerian president received his Ghanaian counterpart in Abuja.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "NGAGOV", "GHAGOV"), "043") << Dump(ev);
  ev = CodeText("The Czech president welcomed their Slovak counterparts in Prague.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "CZEGOV", "SVKGOV"), "043") << Dump(ev);
}

// Negative: a body's own things and people after "its" are no guests.
TEST(EnglishRecall5Test, ItsOwnPeopleAreNoGuests) {
  auto ev = CodeText("The Kenyan army received its new rifles from Israel.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "", ""), "") << Dump(ev);
  ev = CodeText("The Malian president welcomed his ministers back from Paris.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "", ""), "") << Dump(ev);
}

TEST(EnglishRecall5Test, AnAttackWithItsWordsBetweenSpeakersIsCriticism) {
  auto ev = CodeText("The Russian foreign minister attacked the OSCE on Monday, saying it had no right to judge elections.",
                     "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "RUSGOV", "IGOEURSCE"), "111") << Dump(ev);
  // The evidence keeps the 19x pattern that matched and says why the code is 111.
  for (const auto& e : ev) {
    if (e.code == "111") {
      EXPECT_NE(e.evidence.find("recoded 190 as 111"), std::string::npos) << e.evidence;
    }
  }
  ev = CodeText("The Polish president attacked the European Commission on Friday, accusing it of bias.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "POLGOV", "IGOEUREEC"), "111") << Dump(ev);
  ev = CodeText("The Hungarian prime minister attacked the Romanian government, saying it had betrayed its promises.",
                "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "HUNGOV", "ROUGOV"), "111") << Dump(ev);
}

// Negatives: physical attacks followed by "saying" stay force.
TEST(EnglishRecall5Test, PhysicalAttacksWithSayingStayForce) {
  auto ev = CodeText("Militants attacked the Nigerian army base, saying it was revenge for the raids.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "", "NGAMIL"), "190") << Dump(ev);
  ev = CodeText("Gunmen attacked the Iraqi parliament, saying it had betrayed the nation.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "", "IRQLEG"), "190") << Dump(ev);
  ev = CodeText("Protesters attacked the Kenyan parliament on Tuesday, saying lawmakers were corrupt.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "KENOPP", "KENLEG"), "190") << Dump(ev);
  ev = CodeText("The Russian government attacked Georgia on Friday, saying it had shelled Ossetia.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "RUSGOV", "GEO"), "190") << Dump(ev);
  ev = CodeText("Israeli troops attacked Hamas, saying the group had fired rockets.", "2015-03-03");
  EXPECT_EQ(CodeOf(ev, "ISRMIL", "PSE"), "190") << Dump(ev);
}

}  // namespace
}  // namespace dyad
