// Stop 35 (h-en14): appeals, demands and rejections take their sub-code from
// the act asked for or refused (data/cameo/asked.tsv, the refusal column of
// data/cameo/intent.tsv; docs/accuracy.md, "stop 35 (h-en14)"). The whole
// English pipeline on sentences we wrote, each family with cases the rule
// must leave alone.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/runner.h"
#include "testing/default_engine.h"

namespace dyad {
namespace {

std::vector<EventRecord> Code(const std::string& text) { return testing::CodeText(text, "2011-08-16"); }
using testing::CodeOf;
using testing::Dump;

// A demand whose that-clause names a withdrawal or the end of a blockade is
// a demand of military de-escalation (1056), not the bare 100 its pattern
// ("demand") gives.
TEST(AppealSubcodesTest, ADemandTakesTheAskedActsSubcode) {
  auto ev = Code("Peru demanded that Chile withdraw its troops from the border.");
  EXPECT_EQ(CodeOf(ev, "PER", "CHL"), "1056") << Dump(ev);
  ev = Code("Peru demanded that Chile end its blockade of the port.");
  EXPECT_EQ(CodeOf(ev, "PER", "CHL"), "1056") << Dump(ev);
}

// An appeal by a verb whose own pattern is the bare "appeal to + to" (020):
// the infinitive's withdrawal makes it 0256.
TEST(AppealSubcodesTest, AnAppealTakesTheAskedActsSubcode) {
  auto ev = Code("Norway appealed to Sweden to withdraw its warships from the strait.");
  EXPECT_EQ(CodeOf(ev, "NOR", "SWE"), "0256") << Dump(ev);
}

// Rejecting a proposal or a call to act is refusing that act: talks 125,
// a release 1243, a withdrawal 1246 (the refusal column of intent.tsv).
TEST(AppealSubcodesTest, ARejectionTakesTheRefusedActsSubcode) {
  auto ev = Code("Kenya rejected the proposal to hold talks with Somalia.");
  EXPECT_EQ(CodeOf(ev, "KEN", "SOM"), "125") << Dump(ev);
  ev = Code("Kenya rejected Uganda's proposal to free the detained fishermen.");
  EXPECT_EQ(CodeOf(ev, "KEN", "UGA"), "1243") << Dump(ev);
  ev = Code("Kenya rejected the call by Uganda to withdraw its troops from Somalia.");
  EXPECT_EQ(CodeOf(ev, "KEN", "UGA"), "1246") << Dump(ev);
}

// Left alone: an asked act that codes nothing ("explain"), a hostile or
// verbal act CAMEO has no appeal for ("attack", "condemn"), a negated one
// ("not withdraw"), and an infinitive after a noun inside a phrase, which
// is the purpose of what is asked ("to meet the terms" asks for no meeting).
TEST(AppealSubcodesTest, OtherComplementsKeepTheGenericCode) {
  auto ev = Code("Peru demanded that Chile explain the incident.");
  EXPECT_EQ(CodeOf(ev, "PER", "CHL"), "100") << Dump(ev);
  ev = Code("Peru demanded that Chile not withdraw its troops from the border.");
  EXPECT_EQ(CodeOf(ev, "PER", "CHL"), "100") << Dump(ev);
  ev = Code("Norway urged Sweden to attack Finland.");
  EXPECT_EQ(CodeOf(ev, "NOR", "SWE"), "020") << Dump(ev);
  ev = Code("Norway urged Sweden to condemn the attack.");
  EXPECT_EQ(CodeOf(ev, "NOR", "SWE"), "020") << Dump(ev);
  ev = Code("Norway asked Sweden for cuts in spending to meet the treaty's terms.");
  EXPECT_EQ(CodeOf(ev, "NOR", "SWE"), "020") << Dump(ev);
}

// A code the pattern already spelled out stays: "urged Sweden to negotiate"
// is 026 by its own pattern, and the table is not asked to agree.
TEST(AppealSubcodesTest, ASpelledOutSubcodeStays) {
  auto ev = Code("Norway urged Sweden to negotiate with Finland.");
  EXPECT_EQ(CodeOf(ev, "NOR", "SWE"), "026") << Dump(ev);
}

}  // namespace
}  // namespace dyad
