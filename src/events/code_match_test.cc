#include "events/code_match.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dyad {
namespace {

// Codes of every length around the literals, and bytes above 127.
const std::vector<std::string>& Codes() {
  static const std::vector<std::string> codes = {
      "", "1", "17", "18", "19", "2", "20", "21", "172", "1723", "175", "1751", "176", "181", "1823", "193",
      "0", "09", "10", "100", "---", "--", "-", "\xC3\xB1", "1\xC3", "17\xFF", "18x", "9"};
  return codes;
}

int Sign(int x) { return (x > 0) - (x < 0); }

TEST(CodeMatchTest, StartsAndIsAgreeWithTheStringTests) {
  for (const std::string& c : Codes()) {
    EXPECT_EQ(CodeStarts(c, "18"), c.starts_with("18")) << c;
    EXPECT_EQ(CodeStarts(c, "172"), c.starts_with("172")) << c;
    EXPECT_EQ(CodeStarts(c, "---"), c.starts_with("---")) << c;
    EXPECT_EQ(CodeIs(c, "193"), c == "193") << c;
    EXPECT_EQ(CodeIs(c, "1823"), c == "1823") << c;
    EXPECT_EQ(CodeIs(c, "---"), c == "---") << c;
  }
}

TEST(CodeMatchTest, HeadOrdersAsComparePrefix) {
  for (const std::string& c : Codes()) {
    for (const char* lit : {"18", "20", "10", "14", "1\xC3"}) {
      const int want = Sign(c.compare(0, 2, lit));
      const uint32_t a = CodeHead<2>(c), b = CodeHead<2>(lit);
      EXPECT_EQ((a > b) - (a < b), want) << c << " vs " << lit;
    }
    for (const char* lit : {"172", "175", "17\xFF"}) {
      const int want = Sign(c.compare(0, 3, lit));
      const uint32_t a = CodeHead<3>(c), b = CodeHead<3>(lit);
      EXPECT_EQ((a > b) - (a < b), want) << c << " vs " << lit;
    }
  }
}

// The reduced relative's codes, against the string tests they replaced:
// coercion 172-175, 116, 181 and force 18-20; not 170-171, 176, 11x but 116.
TEST(CodeMatchTest, CoercionOrForceAgreesWithTheStringTests) {
  std::vector<std::string> codes = Codes();
  for (const char* more : {"116", "1161", "115", "117", "170", "171", "174", "1821", "200", "204", "182", "0841"})
    codes.emplace_back(more);
  for (const std::string& c : codes) {
    const bool want = (c.compare(0, 3, "172") >= 0 && c.compare(0, 3, "175") <= 0) || c.starts_with("181") ||
                      c.starts_with("116") || (c.compare(0, 2, "18") >= 0 && c.compare(0, 2, "20") <= 0);
    EXPECT_EQ(IsCoercionOrForceCode(c), want) << c;
  }
  EXPECT_TRUE(IsCoercionOrForceCode("173"));
  EXPECT_TRUE(IsCoercionOrForceCode("116"));
  EXPECT_TRUE(IsCoercionOrForceCode("190"));
  EXPECT_FALSE(IsCoercionOrForceCode("171"));
  EXPECT_FALSE(IsCoercionOrForceCode("176"));
  EXPECT_FALSE(IsCoercionOrForceCode("115"));
  EXPECT_FALSE(IsCoercionOrForceCode("0841"));
}

}  // namespace
}  // namespace dyad
