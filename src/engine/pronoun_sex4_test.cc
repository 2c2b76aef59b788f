// Stop 33 (h-sex4): `pronoun he|she` on the people of the interior, regional
// ministers, opposition, IGO, military chiefs, UN ambassadors and other person
// files, which were unmarked. An unmarked person may take either pronoun, so
// with host and guest both unmarked the pronoun went to the opening clause's
// subject whatever the sex. Each positive case uses a pair marked at this
// stop and fails with the base tree's data; the last test is a guard that
// passes with both. The whole English pipeline on sentences written for this
// test.
#include <gtest/gtest.h>

#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeOf;
using testing::CodeText;
using testing::DyadOf;
using testing::Dump;

// A "she" passes over a Portuguese interior minister (Eduardo Cabrita, now
// `he`) to his Latvian guest (Marija Golubeva, now `she`), both in
// ministers_2000_2026_interior.txt.
TEST(PronounSex4Test, SheReachesTheInteriorMinisterGuest) {
  auto ev = CodeText("Eduardo Cabrita received Marija Golubeva in Lisbon on Thursday. She accused Belarus of pushing "
                     "migrants across the border.",
                     "2021-09-16");
  EXPECT_EQ(CodeOf(ev, "LVAGOV", "BLR"), "112") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "PRTGOV", "BLR"), "") << Dump(ev);
}

// A "he" passes over a Finnish woman host (Päivi Räsänen, now `she`) to a
// Bulgarian guest (Tsvetan Tsvetanov, now `he`): before, the thanks were the
// host's to her own country.
TEST(PronounSex4Test, HeReachesTheGuestPastTheWomanInteriorMinister) {
  auto ev = CodeText("Päivi Räsänen hosted Tsvetan Tsvetanov in Helsinki on Tuesday. He thanked Finland for sending "
                     "police trainers to Sofia.",
                     "2012-05-15");
  EXPECT_EQ(DyadOf(ev, "051"), "BGRGOV>FIN") << Dump(ev);
}

// A "she" passes over the refugee agency's head (Filippo Grandi, now `he`) to
// the court's prosecutor (Fatou Bensouda, now `she`), both in
// igo_officials.txt.
TEST(PronounSex4Test, SheReachesTheProsecutorPastTheAgencyHead) {
  auto ev = CodeText("Filippo Grandi met Fatou Bensouda in Geneva on Monday. She accused Sudan of blocking "
                     "investigators in Darfur.",
                     "2019-03-04");
  EXPECT_EQ(CodeOf(ev, "IGOJUD", "SDN"), "1123") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "IGOUNO", "SDN"), "") << Dump(ev);
}

// With only a man now marked `he` before it (Santiago Creel), a "she" stands
// for no one of ours; before, the unmarked man took it.
TEST(PronounSex4Test, SheWithOnlyTheMarkedMinisterBeforeItIsNotHim) {
  auto ev = CodeText("Santiago Creel spoke about border crossings in Mexico City on Tuesday. She accused Washington of "
                     "ignoring the smuggling of guns.",
                     "2003-05-06");
  EXPECT_EQ(CodeOf(ev, "MEXGOV", "USA"), "") << Dump(ev);
}

// Guard (passes with the base data too): the marks do not move a pronoun
// whose clause subject already fits. A "she" after the woman as subject stays
// with her, and a "he" after the lone man is still his.
TEST(PronounSex4Test, PronounThatFitsTheSubjectStaysWithIt) {
  auto ev = CodeText("Marija Golubeva received Eduardo Cabrita in Riga on Friday. She accused Belarus of pushing "
                     "migrants across the border.",
                     "2021-09-17");
  EXPECT_EQ(CodeOf(ev, "LVAGOV", "BLR"), "112") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "PRTGOV", "BLR"), "") << Dump(ev);

  ev = CodeText("Santiago Creel spoke about border crossings in Mexico City on Tuesday. He accused Washington of "
                "ignoring the smuggling of guns.",
                "2003-05-06");
  EXPECT_EQ(CodeOf(ev, "MEXGOV", "USA"), "1121") << Dump(ev);
}

}  // namespace
}  // namespace dyad
