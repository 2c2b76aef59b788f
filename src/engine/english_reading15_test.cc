// Stop 35 (h-en15): English reading errors left by h-en12.
// * A past form right after a phrasal verb's particle and before a noun
//   modifies the particle verb's object (lang/en/tagger.cc,
//   RepairPastAfterParticle): "called off threatened strikes" is one act
//   (082), not a threat (133).
// * A pattern's subject condition reads the doer: in a passive, the
//   by-phrase (events/coder.cc, the matcher's `subject_roles` test).
// * A gerund right after an @irrealis verb is not done; after an asserted
//   verb of weighing (&WEIGHING_VERB) it is the option weighed, 014.
// The whole English pipeline on sentences written for this test.
#include <gtest/gtest.h>

#include <string>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CodeText;
using testing::Dump;

TEST(EnglishReading15Test, APastFormAfterAParticleModifiesTheObject) {
  auto ev = CodeText("Zambian miners called off threatened strike action on Tuesday.", "2021-06-08");
  EXPECT_EQ(CodeOf(ev, "ZMBLAB", ""), "082") << Dump(ev);
  for (const auto& e : ev) EXPECT_NE(e.code.substr(0, 2), "13") << Dump(ev);
  ev = CodeText("Zambian miners have called off threatened strikes.", "2021-06-08");
  EXPECT_EQ(CodeOf(ev, "ZMBLAB", ""), "082") << Dump(ev);
}

TEST(EnglishReading15Test, ASecondVerbAfterAConjunctionStays) {
  // Negative: "and" between the particle and the past form keeps the
  // second verb (no 082: nothing was called off by a pattern).
  auto ev = CodeText("Zambian miners called off and threatened a new strike.", "2021-06-08");
  for (const auto& e : ev) EXPECT_NE(e.code, "082") << Dump(ev);
}

TEST(EnglishReading15Test, APassivesConditionReadsTheByPhrase) {
  auto ev = CodeText("The strike was suspended by Zambian miners.", "2021-06-08");
  EXPECT_EQ(CodeOf(ev, "ZMBLAB", ""), "082") << Dump(ev);
  ev = CodeText("The strikes were called off by Zambian miners.", "2021-06-08");
  EXPECT_EQ(CodeOf(ev, "ZMBLAB", ""), "082") << Dump(ev);
  for (const auto& e : ev) EXPECT_NE(e.code, "087") << Dump(ev);
}

TEST(EnglishReading15Test, AnActWeighedIsNotDone) {
  // A conditional weighing: nothing, and never the act.
  auto ev = CodeText("Zambian miners would consider suspending the walkouts.", "2021-06-08");
  for (const auto& e : ev) EXPECT_NE(e.code, "082") << Dump(ev);
  // Asserted: the option weighed, 014, with the act's target.
  ev = CodeText("Japan is mulling sending troops to Chad.", "2021-06-08");
  bool weighed = false;
  for (const auto& e : ev) {
    EXPECT_NE(e.code, "154") << Dump(ev);
    weighed |= e.source == "JPN" && e.code == "014" && e.target.substr(0, 3) == "TCD";
  }
  EXPECT_TRUE(weighed) << Dump(ev);
  // Denied: not done.
  ev = CodeText("The Chadian army denied shelling the Nigerian village.", "2021-06-08");
  for (const auto& e : ev) EXPECT_NE(e.code.substr(0, 2), "19") << Dump(ev);
}

TEST(EnglishReading15Test, AnActDoneStays) {
  // Negatives: the act told by a finite verb, and a gerund under a verb
  // that entails it.
  auto ev = CodeText("Japan sent troops to Chad.", "2021-06-08");
  EXPECT_EQ(CodeOf(ev, "JPN", "TCD"), "154") << Dump(ev);
  ev = CodeText("The Chadian army began shelling the Nigerian village.", "2021-06-08");
  bool force = false;
  for (const auto& e : ev) force |= e.code.substr(0, 2) == "19";
  EXPECT_TRUE(force) << Dump(ev);
}

}  // namespace
}  // namespace dyad
