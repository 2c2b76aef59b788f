// Four English coding errors fixed at stop 25 (docs/accuracy.md, "stop 25
// (h-verbfix)"): the whole English pipeline on sentences we wrote, each
// with a case the fix must leave alone.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/runner.h"
#include "testing/default_engine.h"

namespace dyad {
namespace {

std::vector<EventRecord> Code(const std::string& text) { return testing::CodeText(text, "2004-06-01"); }
using testing::CodeOf;
using testing::Dump;

// An offer whose object is a criticism or a rebuke is that criticism
// (111, data/verbs/11_disapprove.txt), not an intent to cooperate (030
// "offer to", which also matched the "to" of the target).
TEST(VerbFixTest, OfferingARebukeIsCriticism) {
  auto ev = Code("Japan offered a gentle rebuke to China on Monday.");
  EXPECT_EQ(CodeOf(ev, "JPN", "CHN"), "111") << Dump(ev);
  ev = Code("Japan offered sharp criticism of China on Monday.");
  EXPECT_EQ(CodeOf(ev, "JPN", "CHN"), "111") << Dump(ev);
  // Other offers keep their codes.
  ev = Code("Japan offered aid to China on Monday.");
  EXPECT_EQ(CodeOf(ev, "JPN", "CHN"), "033") << Dump(ev);
  ev = Code("Japan offered to mediate between China and Vietnam.");
  EXPECT_NE(CodeOf(ev, "JPN", "CHN"), "111") << Dump(ev);
}

// A capitalised gerund inside a name is no verb (en::Tagger
// RepairGerundInName): "Visiting" in a committee's name is no visit.
TEST(VerbFixTest, VisitingInsideANameIsNoVisit) {
  auto ev = Code("Manila asked the VFA (Visiting Forces Agreement Committee) to review the case of the US marines.");
  for (const EventRecord& e : ev) EXPECT_NE(e.code, "042") << Dump(ev);
  ev = Code("Manila asked the Visiting Forces Agreement Committee to review the case of the US marines.");
  for (const EventRecord& e : ev) EXPECT_NE(e.code, "042") << Dump(ev);
  // A real visit, lower case or opening the sentence, still codes.
  ev = Code("Putin is visiting Beijing.");
  EXPECT_EQ(CodeOf(ev, "RUSGOV", "CHNGOV"), "042") << Dump(ev);
  ev = Code("Visiting Beijing on Monday, Putin praised China.");
  EXPECT_EQ(CodeOf(ev, "RUSGOV", "CHN"), "051") << Dump(ev);
}

// A gerund after a noun's "to" ("opposition to imposing") is what the
// noun is about, not an act (EventCoder).
TEST(VerbFixTest, GerundAfterANounsToIsNoAct) {
  auto ev = Code("Japan reiterated its opposition to imposing a deadline on Iran.");
  EXPECT_EQ(CodeOf(ev, "JPN", "IRN"), "") << Dump(ev);
  ev = Code("Japan restated its objection to sanctioning Iran.");
  EXPECT_EQ(CodeOf(ev, "JPN", "IRN"), "") << Dump(ev);
  // The gerund's act itself, finite, still codes.
  ev = Code("Japan imposed a deadline on Iran.");
  EXPECT_EQ(CodeOf(ev, "JPN", "IRN"), "139") << Dump(ev);
}

// A capitalised word the 1989 lexicon knew only as a foreign word
// ("Shalom") is a name inside a sentence (en::Tagger): the verb after it
// stays the clause's verb.
TEST(VerbFixTest, AForeignWordInsideANameKeepsTheVerb) {
  auto ev = Code("Silvan Shalom criticized Syria on Monday.");
  EXPECT_EQ(CodeOf(ev, "ISRGOV", "SYR"), "111") << Dump(ev);
  ev = Code("Shaul Mofaz criticized Syria on Monday.");
  EXPECT_EQ(CodeOf(ev, "ISRGOV", "SYR"), "111") << Dump(ev);
}

}  // namespace
}  // namespace dyad
