// Stop 32 (h-sex): `pronoun she|he` on people of the person files that were
// still unmarked. A "she" prefers a person marked `she` and never takes one
// marked `he`; a "he" never takes one marked `she` (actors/matcher.cc, step 3;
// analysis/pronouns.cc). With both host and guest unmarked, the pronoun went
// to the opening clause's subject whatever its sex; these cases use people
// marked at this stop, so each one fails with the base tree's data. The whole
// English pipeline on sentences written for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CodeText;
using testing::DyadOf;
using testing::Dump;

// A "she" passes over the host, a man, to the guest, a woman (Sophie Wilmès
// and Halla Tómasdóttir marked `she`, Andrej Babiš and Dick Schoof `he`).
TEST(PronounSex2Test, SheReachesTheWomanPastTheHost) {
  auto ev = CodeText("Andrej Babiš welcomed Sophie Wilmès to Prague on Thursday. She accused Moscow of spreading lies "
                     "about European vaccines.",
                     "2021-03-11");
  EXPECT_EQ(CodeOf(ev, "BELGOV", "RUSGOV"), "112") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "CZEGOV", "RUSGOV"), "") << Dump(ev);

  ev = CodeText("Dick Schoof received Halla Tómasdóttir in The Hague on Monday. She condemned Russia for the strikes "
                "on Ukrainian power plants.",
                "2025-03-10");
  EXPECT_EQ(CodeOf(ev, "ISLGOV", "RUS"), "111") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "NLDGOV", "RUS"), "") << Dump(ev);
}

// A "he" passes over the host, a woman (Katalin Novák marked `she`), to the
// guest: before, it was the clause subject and the thanks went nowhere.
TEST(PronounSex2Test, HePassesOverTheWomanHost) {
  auto ev = CodeText("Katalin Novák hosted Alexander Van der Bellen in Budapest on Wednesday. He thanked Hungary for "
                     "guarding the southern border.",
                     "2022-09-14");
  EXPECT_EQ(DyadOf(ev, "051"), "AUTGOV>HUN") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "HUNGOV", "HUN"), "") << Dump(ev);
}

// Negative: with only a woman named before it, a "he" stands for no one of
// ours (Laimdota Straujuma marked `she`), so no accusation is coded.
TEST(PronounSex2Test, HeWithOnlyAWomanBeforeItIsNotHer) {
  auto ev = CodeText("Laimdota Straujuma spoke about gas prices in Riga on Tuesday. He accused Russia of blackmail.",
                     "2015-05-20");
  EXPECT_EQ(CodeOf(ev, "LVAGOV", "RUS"), "") << Dump(ev);
}

// Negative: the marks do not move a pronoun whose clause subject already fits
// (a "she" after the woman is the subject stays with her).
TEST(PronounSex2Test, SheAfterTheWomanAsSubjectStaysWithHer) {
  auto ev = CodeText("Sophie Wilmès received Andrej Babiš in Brussels on Friday. She accused Moscow of spreading lies "
                     "about European vaccines.",
                     "2021-03-12");
  EXPECT_EQ(CodeOf(ev, "BELGOV", "RUSGOV"), "112") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "CZEGOV", "RUSGOV"), "") << Dump(ev);
}

// Stop 32 (h-sex2): the men and women of the remaining heads files (africa,
// east, meam, more, more_2, heads_more_2000_2014) marked too. The first three
// fail with the base tree's data: the pronoun went to the opening subject.

// A "she" passes over a Namibian host to a Mozambican guest (Luísa Diogo
// marked `she`, Hifikepunye Pohamba `he`, both in heads_2000_2026_africa.txt).
TEST(PronounSex2Test, SheReachesTheAfricanGuestPastTheHost) {
  auto ev = CodeText("Hifikepunye Pohamba welcomed Luisa Diogo to Windhoek on Wednesday. She criticized Zimbabwe for "
                     "the seizures of farms along the river.",
                     "2006-08-16");
  EXPECT_EQ(CodeOf(ev, "MOZGOV", "ZWE"), "111") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "NAMGOV", "ZWE"), "") << Dump(ev);
}

// A "he" passes over a Bosnian woman host to a Montenegrin guest (Borjana
// Krišto marked `she`, Milojko Spajić `he`, heads_2000_2026_east.txt).
TEST(PronounSex2Test, HeReachesTheBalkanGuestPastTheWomanHost) {
  auto ev = CodeText("Borjana Krišto hosted Milojko Spajić in Sarajevo on Tuesday. He thanked Bosnia for opening its "
                     "northern crossings to his trucks.",
                     "2024-04-10");
  EXPECT_EQ(DyadOf(ev, "051"), "MNEGOV>BIH") << Dump(ev);
}

// Negative: with only a man marked `he` before it (Sadyr Japarov), a "she"
// stands for no one of ours; the same sentence with "he" is his (guard).
TEST(PronounSex2Test, SheWithOnlyAMarkedManBeforeItIsNotHim) {
  auto ev = CodeText("Sadyr Japarov spoke about irrigation quotas in Bishkek on Monday. She accused Uzbekistan of "
                     "stealing water.",
                     "2022-06-07");
  EXPECT_EQ(CodeOf(ev, "KGZGOV", "UZB"), "") << Dump(ev);

  ev = CodeText("Sadyr Japarov spoke about irrigation quotas in Bishkek on Monday. He accused Uzbekistan of stealing "
                "water.",
                "2022-06-07");
  EXPECT_EQ(CodeOf(ev, "KGZGOV", "UZB"), "1121") << Dump(ev);
}

}  // namespace
}  // namespace dyad
