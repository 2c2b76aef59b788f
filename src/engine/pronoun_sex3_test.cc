// Stop 33 (h-sex3): `pronoun he|she` on every person of the foreign, defence
// and finance ministers files (ministers_2000_2026_{foreign,defence,finance}*),
// which had carried the line only for a few women. An unmarked minister could
// take either pronoun, so a "he" after a woman minister hosting a man went to
// her as the clause subject, and a "she" after a man minister welcoming a
// woman went to him (actors/matcher.cc, step 3; analysis/pronouns.cc). Each
// case below but the last fails with the base tree's data; the last is a
// guard that passes with both. The whole English pipeline on sentences
// written for this test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CodeText;
using testing::DyadOf;
using testing::Dump;

// A "he" passes over a woman foreign minister host (Kinga Göncz, now `she`)
// to her Finnish guest (Ilkka Kanerva, now `he`).
TEST(PronounSex3Test, HePassesOverTheWomanForeignMinister) {
  auto ev = CodeText("Kinga Göncz hosted Ilkka Kanerva in Budapest on Tuesday. He thanked Hungary for its help with "
                     "the Nordic gas pipeline talks.",
                     "2007-10-09");
  EXPECT_EQ(DyadOf(ev, "051"), "FINGOV>HUN") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "HUNGOV", "HUN"), "") << Dump(ev);
}

// A "she" passes over a man foreign minister host (Jean Asselborn) to his
// Danish guest (Lene Espersen).
TEST(PronounSex3Test, ShePassesOverTheManForeignMinister) {
  auto ev = CodeText("Jean Asselborn welcomed Lene Espersen to Luxembourg on Wednesday. She criticized Iran for "
                     "jailing two Danish aid workers.",
                     "2011-03-16");
  EXPECT_EQ(CodeOf(ev, "DNKGOV", "IRN"), "111") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "LUXGOV", "IRN"), "") << Dump(ev);
}

// Defence: a "he" passes over a Czech woman minister (Jana Černochová) to the
// Latvian minister she received (Andris Sprūds).
TEST(PronounSex3Test, HePassesOverTheWomanDefenceMinister) {
  auto ev = CodeText("Jana Černochová received Andris Sprūds at the ministry in Prague. He accused Belarus of pushing "
                     "migrants toward the Latvian frontier.",
                     "2024-03-13");
  EXPECT_EQ(CodeOf(ev, "LVAGOV", "BLR"), "112") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "CZEGOV", "BLR"), "") << Dump(ev);
}

// Finance: a "she" passes over a man finance minister (Pierre Gramegna) to
// the Lithuanian woman he met (Gintarė Skaistė).
TEST(PronounSex3Test, ShePassesOverTheManFinanceMinister) {
  auto ev = CodeText("Pierre Gramegna met Gintarė Skaistė at a eurozone dinner on Monday evening. She condemned China "
                     "for blocking Lithuanian dairy exports.",
                     "2021-06-22");
  EXPECT_EQ(CodeOf(ev, "LTUGOV", "CHN"), "111") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "LUXGOV", "CHN"), "") << Dump(ev);
}

// A "she" with only a man minister before it (Kanerva, now `he`) stands for
// no one of ours: before, it was read as him.
TEST(PronounSex3Test, SheWithOnlyAManMinisterBeforeItIsNotHim) {
  auto ev = CodeText("Ilkka Kanerva spoke about Baltic shipping lanes in Helsinki on Monday. She accused Russia of "
                     "dumping chemical waste offshore.",
                     "2007-11-20");
  EXPECT_EQ(CodeOf(ev, "FINGOV", "RUS"), "") << Dump(ev);
}

// Guard (passes with the base data too): the marks do not move a "she" whose
// clause subject is the woman; it stays with her, not her guest.
TEST(PronounSex3Test, SheAfterTheWomanAsSubjectStaysWithHer) {
  auto ev = CodeText("Lene Espersen received Jean Asselborn in Copenhagen on Wednesday. She criticized Iran for "
                     "jailing two Danish aid workers.",
                     "2011-03-16");
  EXPECT_EQ(CodeOf(ev, "DNKGOV", "IRN"), "111") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "LUXGOV", "IRN"), "") << Dump(ev);
}

}  // namespace
}  // namespace dyad
