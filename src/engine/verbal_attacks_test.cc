// Stop 29 (h-time2): "attack" of something said or written, or in a speech
// frame, is criticism (111), not force (190): data/verbs/11_disapprove.txt
// (attack &CRITIQUED, attack + as * &INSULT, attack + in/during
// &SPEECH_FRAME) and data/verbs/nouns.txt ("verbal attack", "personal
// attack"). Attacks on places, forces and people stay 19x. The whole
// English pipeline on sentences written for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CodeText;
using testing::Dump;

TEST(VerbalAttacksTest, AttackInASpeechFrameIsCriticism) {
  auto ev = CodeText("The Estonian foreign minister attacked the OSCE in a speech to parliament.", "2006-03-06");
  EXPECT_EQ(CodeOf(ev, "ESTGOV", "IGOEURSCE"), "111") << Dump(ev);
  ev = CodeText("The Estonian foreign minister attacked the OSCE during a news conference in Tallinn.", "2006-03-06");
  EXPECT_EQ(CodeOf(ev, "ESTGOV", "IGOEURSCE"), "111") << Dump(ev);
  ev = CodeText("The Estonian foreign minister attacked the OSCE as a puppet of Moscow.", "2006-03-06");
  EXPECT_EQ(CodeOf(ev, "ESTGOV", "IGOEURSCE"), "111") << Dump(ev);
}

TEST(VerbalAttacksTest, AttackOnFiguresAndFindingsIsCriticism) {
  auto ev = CodeText("The Latvian president attacked the European Commission's findings on Monday.", "2006-03-06");
  EXPECT_EQ(CodeOf(ev, "LVAGOV", "IGOEUREEC"), "111") << Dump(ev);
  ev = CodeText("Brazil attacked the IMF growth estimates in Brasilia.", "2006-03-06");
  EXPECT_EQ(CodeOf(ev, "BRA", "IGOBUSIMF"), "111") << Dump(ev);
}

TEST(VerbalAttacksTest, VerbalAndPersonalAttacksAreCriticism) {
  auto ev = CodeText("The Chilean senator's personal attacks on the Peruvian president drew protests.", "2006-03-06");
  EXPECT_EQ(CodeOf(ev, "CHLLEG", "PERGOV"), "111") << Dump(ev);
  ev = CodeText("The Venezuelan president's verbal attacks on Colombia worried investors.", "2006-03-06");
  EXPECT_EQ(CodeOf(ev, "VENGOV", "COL"), "111") << Dump(ev);
}

// Negative: force on places, forces and people stays 19x, a speech word
// or an "as" clause after it notwithstanding.
TEST(VerbalAttacksTest, PhysicalAttacksStayForce) {
  auto ev = CodeText("Rebels attacked the Estonian embassy in Moscow.", "2006-03-06");
  EXPECT_EQ(CodeOf(ev, "RUSREB", "ESTGOV").substr(0, 2), "19") << Dump(ev);
  ev = CodeText("Gunmen attacked Kurdish villagers as they returned from a funeral.", "2006-03-06");
  EXPECT_NE(CodeOf(ev, "", "").substr(0, 3), "111") << Dump(ev);
  ev = CodeText("Estonian troops attacked Russian positions in the hills.", "2006-03-06");
  EXPECT_EQ(CodeOf(ev, "ESTMIL", "RUS"), "190") << Dump(ev);
  ev = CodeText("Militants attacked a Nigerian convoy during the night.", "2006-03-06");
  EXPECT_EQ(CodeOf(ev, "", "NGA"), "190") << Dump(ev);
  ev = CodeText("The Venezuelan president's attacks on Colombia killed ten soldiers.", "2006-03-06");
  EXPECT_NE(CodeOf(ev, "VENGOV", "COL"), "111") << Dump(ev);
}

}  // namespace
}  // namespace dyad
