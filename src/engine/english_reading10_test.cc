// Stop 34 (h-en10): English reading errors left at stop 33.
// * Workers of a firm named by its own name ("Korean Air pilots", "pilots
//   at Korean Air", "Korean Air workers") are the firm's country's workers
//   (LAB; `employed` agents in data/actors/agents.txt for trades that are
//   workers only beside a firm), and their strike or strike threat naming no
//   one else is aimed at the firm (ActorMention::employer, events/coder.cc).
//   "Russian pilots" with no firm are no one.
// * A "he"/"his"/"him" does not go back past a one-word surname we do not
//   know as the nearest subject ("Lindqvist said ...": analysis/pronouns.cc,
//   OneWordUnknownName in rule 5), but a firm called "its", a weekday or a
//   known person still leave it to the earlier known person.
// The whole English pipeline on sentences written for this test.
#include <gtest/gtest.h>

#include <string>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CodeText;
using testing::Dump;

constexpr const char* kPutinFirst = "Vladimir Putin flew to Minsk on Sunday. ";

TEST(EnglishReading10Test, AFirmsWorkersStrikeAgainstTheFirm) {
  auto ev = CodeText("Korean Air pilots threatened to strike over pay.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "KORLAB", "KORBUS"), "133") << Dump(ev);
  ev = CodeText("Pilots at Korean Air went on strike on Monday.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "KORLAB", "KORBUS"), "143") << Dump(ev);
  // A general word for workers beside the firm: the same target.
  ev = CodeText("Korean Air workers went on strike on Monday.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "KORLAB", "KORBUS"), "143") << Dump(ev);
}

TEST(EnglishReading10Test, PilotsWithNoFirmAreNoWorkers) {
  // Negatives: pilots in war news are no labour, and workers with no firm
  // keep their strike with no target.
  auto ev = CodeText("Russian pilots threatened to strike the town.", "2018-05-21");
  for (const auto& e : ev) EXPECT_NE(e.source.substr(3), "LAB") << Dump(ev);
  ev = CodeText("Nigerian truckers threatened to strike over fuel prices.", "2018-05-21");
  EXPECT_EQ(CodeOf(ev, "NGALAB", ""), "133") << Dump(ev);
  for (const auto& e : ev) EXPECT_EQ(e.target.find("BUS"), std::string::npos) << Dump(ev);
}

TEST(EnglishReading10Test, APronounDoesNotPassAOneWordUnknownSurname) {
  auto ev = CodeText(std::string(kPutinFirst) + "Lindqvist said the army had shelled his village near Kherson.",
                     "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "", "RUS"), "") << Dump(ev);
  ev = CodeText(std::string(kPutinFirst) + "Lindqvist later met Belarus's foreign minister, who thanked him.",
                "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "BLRGOV", "RUS"), "") << Dump(ev);
}

TEST(EnglishReading10Test, AOneWordFirmOrDayLeavesThePronounAlone) {
  // Negatives: a firm its own clause calls "its", and a weekday.
  auto ev = CodeText(std::string(kPutinFirst) + "Texcorp raised its prices, and Belarus criticized his government.",
                     "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "BLR", "RUSGOV"), "111") << Dump(ev);
  ev = CodeText(std::string(kPutinFirst) + "Monday was calm, and Belarus criticized his government.", "2009-06-15");
  EXPECT_EQ(CodeOf(ev, "BLR", "RUSGOV"), "111") << Dump(ev);
}

}  // namespace
}  // namespace dyad
