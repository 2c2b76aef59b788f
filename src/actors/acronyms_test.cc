#include "actors/acronyms.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

int Start(std::vector<std::string_view> words, std::string_view acronym) { return AcronymNameStart(words, acronym); }

TEST(AcronymNameTest, InitialsInOrderOrReordered) {
  EXPECT_EQ(Start({"the", "Brazilian", "Olympic", "Committee"}, "BOC"), 1);
  EXPECT_EQ(Start({"Brazilian", "Olympic", "Committee"}, "COB"), 0);  // a translated name's order
  EXPECT_EQ(Start({"Revolutionary", "Armed", "Forces", "of", "Colombia"}, "FARC"), 0);
  // A function word may give a letter ("of" in COSATU), need not ("of" in FARC).
  EXPECT_EQ(Start({"Congress", "of", "South", "African", "Trade", "Unions"}, "COSATU"), 0);
  // Hyphenated parts and Spanish accented capitals.
  EXPECT_EQ(Start({"Agence", "France-Presse"}, "AFP"), 0);
  EXPECT_EQ(Start({"Ejército", "de", "Liberación", "Nacional"}, "ELN"), 0);
  // The shortest name that fits: words before it are left out.
  EXPECT_EQ(Start({"Prime", "Minister", "National", "Liberation", "Front"}, "FLN"), 2);
}

TEST(AcronymNameTest, NoDefinition) {
  EXPECT_EQ(Start({"Carl", "Lewis"}, "USA"), -1);     // a country code after an athlete
  EXPECT_EQ(Start({"WASHINGTON"}, "AFP"), -1);         // a dateline's agency
  EXPECT_EQ(Start({"Renminbi"}, "RMB"), -1);           // one word spells no acronym
  EXPECT_EQ(Start({"National", "Liberation", "Front"}, "FNLA"), -1);  // a letter short
  EXPECT_EQ(Start({}, "UN"), -1);
}

}  // namespace
}  // namespace dyad
