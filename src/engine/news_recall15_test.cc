// Stop 34 (h-en11): recall on modern news (data/verbs/news_verbs_15.txt;
// docs/accuracy.md, "stop 34 (h-en11)"). The whole English pipeline on
// sentences we wrote, each with a case the new patterns must leave alone.
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

// Money given "to" a relief, aid or emergency fund is humanitarian aid (073)
// to those the fund is for; before, "donate" gave plain 070 and "give" to a
// fund coded nothing. A party's election fund and a debate are no relief
// fund.
TEST(NewsRecall15Test, MoneyGivenToAReliefFundIsHumanitarianAid) {
  auto ev = Code("Japanese lawmakers donated a month's pay to the earthquake relief fund for Nepal.");
  EXPECT_EQ(CodeOf(ev, "JPNLEG", "NPL"), "073") << Dump(ev);
  ev = Code("Kenyan senators gave their salaries to the famine relief fund for Somalia on Monday.");
  EXPECT_EQ(CodeOf(ev, "KENLEG", "SOM"), "073") << Dump(ev);
  ev = Code("Kenyan businessmen gave millions to the party's election fund for Somalia.");
  EXPECT_EQ(CodeOf(ev, "KENBUS", "SOM"), "") << Dump(ev);
  ev = Code("Kenyan senators gave a speech to the debate on Somalia on Monday.");
  EXPECT_EQ(CodeOf(ev, "KENLEG", "SOM"), "") << Dump(ev);
}

}  // namespace
}  // namespace dyad
