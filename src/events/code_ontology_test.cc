#include "events/code_ontology.h"

#include <gtest/gtest.h>

// The ontology lines are invented for the test: the same syntax and the same
// arithmetic as UD-PETRARCH's file, other codes and values.

namespace dyad {
namespace {

TEST(CodeOntologyTest, NegationIsTheValueMinusFFFF) {
  CodeOntology o;
  std::vector<DictProblem> problems;
  o.LoadText("# two families\n"
             "020:0x2000#Appeal\n"
             "021:0x2070\n"
             "   # a continued comment line\n"
             "070:0x0040  # aid\n"
             "130:0xFFFF+0x0040   # refusing aid is aid negated\n"
             "131:-0xFFFF+0x2070  # negated appeal\n"
             "132:0x2000-0xFFFF\n"
             "0874:0x1FFFF\n"
             "199:0x10000\n"
             "198:0x0001\n"
             "not a line\n",
             "pico.txt", &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 12u);
  EXPECT_EQ(o.Negation("130"), "070");   // 0xFFFF + 0x40 - 0xFFFF
  EXPECT_EQ(o.Negation("020"), "132");   // a difference as the value
  EXPECT_EQ(o.Negation("070"), "");      // -0xFFBF is no code's value: no negation
  EXPECT_EQ(o.Negation("025"), "132");   // a code missing from the file is its root ("020")
  EXPECT_EQ(o.Negation("0874"), "");     // numbers above 200 are not negated
  EXPECT_EQ(o.Negation("174K"), "");     // nor codes that are no number
  EXPECT_EQ(o.Negation("199"), "198");
  EXPECT_EQ(o.Negation("021"), "131");   // 0x2070 - 0xFFFF, written the other way round
}

TEST(CodeOntologyTest, FirstCodeWithAValueWinsAndEmptyByDefault) {
  CodeOntology o;
  EXPECT_TRUE(o.empty());
  EXPECT_EQ(o.Negation("110"), "");
  o.Set("061", 5);
  o.Set("062", 5);
  o.Set("110", 0xFFFF + 5);
  EXPECT_FALSE(o.empty());
  EXPECT_EQ(o.Negation("110"), "061");
}

}  // namespace
}  // namespace dyad
