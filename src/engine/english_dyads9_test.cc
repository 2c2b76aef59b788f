// Stop 33 (h-en9): wrong dyads among events whose code is right.
// * A country's or region's name that opens a landmark's ("the Europe
//   Square", "Togo Street", "the Uganda Hotel") is no actor
//   (actors/matcher.cc; the nouns are &LANDMARK of data/verbs/synsets.txt): the state was taken as the target
//   of acts done at the place. A capital's ("the Kabul Stadium") still says
//   where an act fell.
// * A bare "they" in a report whose speaker is named after it ("..., an
//   official said") is the plural subject of an earlier clause of the same
//   report, not the speaker (events/coder.cc,
//   EarlierSubjectOfTrailingReport). A speaker named first, a report with
//   no earlier plural subject, or a singular one keep the speaker.
// * Criticising, rejecting or protesting a war, campaign or blockade whose
//   doer stands before the noun ("the Russian offensive against Ukraine") is
//   aimed at that doer, not at the victims in its "against" phrase
//   (events/coder.cc, OpposesAWarOf); threats and acts of force keep the
//   victims.
// The whole English pipeline on sentences written for this test.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CodeText;
using testing::Dump;

TEST(EnglishDyads9Test, ACountryNamingALandmarkIsNoActor) {
  auto ev = CodeText("Greek farmers occupied the Europe Square near the Bulgarian border on Tuesday.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "GRCAGR", "EUR"), "") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "GRCAGR", "BGR"), "144") << Dump(ev);
  ev = CodeText("Protesters from Ghana blocked Togo Street in Accra on Monday.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "GHAOPP", "TGO"), "") << Dump(ev);
  ev = CodeText("Kenyan fans attacked the Uganda Hotel in Nairobi after the match.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "KEN", "UGA"), "") << Dump(ev);
}

// Negatives: the country alone, or before a lower-case noun, stays an
// actor; a capital before a landmark still places the act.
TEST(EnglishDyads9Test, ACountryOrCapitalElsewhereStaysAnActor) {
  auto ev = CodeText("Greek farmers protested against Europe on Tuesday.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "GRCAGR", "EUR"), "141") << Dump(ev);
  ev = CodeText("Afghan rebels shelled the Kabul Stadium on Friday.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "AFGREB", "AFGGOV"), "194") << Dump(ev);
  ev = CodeText("Kenyan fans attacked Uganda after the match.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "KEN", "UGA"), "190") << Dump(ev);
}

TEST(EnglishDyads9Test, TheyBeforeATrailingSpeakerIsTheEarlierSubject) {
  auto ev = CodeText("Rwandan rebels shelled a village before they attacked a Congolese army post, a local official said.",
                     "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "RWAREB", "CODMIL"), "190") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "CODGOV", "CODMIL"), "") << Dump(ev);
}

// Negatives: the speaker named first, a report with no earlier subject,
// and an earlier subject that is singular keep the speaker rule.
TEST(EnglishDyads9Test, OtherPronounsInReportsStayTheSpeakers) {
  auto ev = CodeText("They will never surrender to the Congolese army, the Rwandan rebels said.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "RWAREB", "CODMIL"), "1246") << Dump(ev);
  ev = CodeText("The Rwandan rebels said they would attack the Congolese army.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "RWAREB", "CODMIL"), "1384") << Dump(ev);
  ev = CodeText("The Rwandan army shelled a village before they attacked Congolese rebels, a Ugandan official said.",
                "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "UGAGOV", "CODREB"), "190") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "RWAMIL", "CODREB"), "") << Dump(ev);
}

TEST(EnglishDyads9Test, OpposingAWarAimsAtItsDoer) {
  auto ev = CodeText("Hungary refused to send troops to the Russian offensive against Ukraine.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "HUN", "RUS"), "120") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "HUN", "UKR"), "") << Dump(ev);
  ev = CodeText("Greece criticised the Israeli campaign against the rebels in Lebanon.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "GRC", "ISR"), "111") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "GRC", "LBNREB"), "") << Dump(ev);
}

// Negatives: a threat to join a war is aimed at its victims, and a war with
// no doer before its noun leaves the "against" phrase as the target.
TEST(EnglishDyads9Test, OtherAgainstPhrasesStayTheTarget) {
  auto ev = CodeText("Norway threatened to join the British campaign against Argentina.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "NOR", "ARG"), "130") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "NOR", "GBR"), "") << Dump(ev);
  ev = CodeText("Chile refused to take part in the blockade against Peru.", "2016-05-03");
  EXPECT_EQ(CodeOf(ev, "CHL", "PER"), "120") << Dump(ev);
}

}  // namespace
}  // namespace dyad
