#include "codebook/codebook.h"
#include "config/paths.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace dyad {
namespace {

namespace fs = std::filesystem;

const std::string kCodebook = std::string(dyad::SourceDir()) + "/data/cameo/codebook.tsv";
const std::string kActorTypes = std::string(dyad::SourceDir()) + "/data/cameo/actor_types.tsv";
const std::string kReference = std::string(dyad::SharedDir()) + "/reference/cameo_eventcodes.tsv";
const std::string kPlover = std::string(dyad::SharedDir()) + "/reference/cameo2plover_2021.tsv";

const Codebook& RealCodebook() {
  static const Codebook* book = [] {
    auto* b = new Codebook;
    std::string error;
    if (!Codebook::Load(kCodebook, b, &error)) ADD_FAILURE() << error;
    return b;
  }();
  return *book;
}

// Writes `text` to a fresh file in the test temp dir and returns its path.
std::string WriteTemp(const std::string& name, const std::string& text) {
  fs::path p = fs::path(testing::TempDir()) / name;
  std::ofstream(p, std::ios::binary) << text;
  return p.string();
}

TEST(CodebookTest, LoadsTheRealFile) {
  const Codebook& book = RealCodebook();
  EXPECT_GE(book.size(), 310u);
  const CodeInfo* c = book.Find("172");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->goldstein, -5.0);
  EXPECT_EQ(c->quad_class, 4);
  EXPECT_FALSE(c->name.empty());
  EXPECT_TRUE(book.Valid("010"));
  EXPECT_TRUE(book.Valid("2042"));
  EXPECT_FALSE(book.Valid("109"));  // no such code
  EXPECT_FALSE(book.Valid("21"));
  EXPECT_FALSE(book.Valid("0"));
  EXPECT_FALSE(book.Valid(""));
  EXPECT_EQ(Codebook::DefaultPath().substr(Codebook::DefaultPath().size() - 18), "cameo/codebook.tsv");
}

TEST(CodebookTest, AllRootsAndTheirUnspecifiedChild) {
  const Codebook& book = RealCodebook();
  for (int r = 1; r <= 20; ++r) {
    char root[3] = {static_cast<char>('0' + r / 10), static_cast<char>('0' + r % 10), 0};
    EXPECT_TRUE(book.Valid(root)) << root;
    // Every root has its "not specified below" child x0 (010, 200).
    EXPECT_TRUE(book.Valid(std::string(root) + "0")) << root << "0";
  }
}

TEST(CodebookTest, ChildrenHaveParentsAndConsistentFields) {
  const Codebook& book = RealCodebook();
  std::map<size_t, int> by_length;
  for (const CodeInfo& c : book.codes()) {
    ++by_length[c.code.size()];
    EXPECT_EQ(c.quad_class, Codebook::QuadClass(c.code)) << c.code;
    EXPECT_GE(c.goldstein, -10.0) << c.code;
    EXPECT_LE(c.goldstein, 10.0) << c.code;
    if (c.code.size() > 2) {
      EXPECT_TRUE(book.Valid(Codebook::Parent(c.code))) << c.code;
    }
  }
  EXPECT_EQ(by_length[2], 20);
  EXPECT_EQ(by_length[3], 149);
  EXPECT_EQ(by_length[4], 149);
  // Codes the manual adds without a published weight inherit their parent's.
  const CodeInfo* cyber = book.Find("176");
  ASSERT_NE(cyber, nullptr);
  EXPECT_TRUE(cyber->goldstein_inherited);
  EXPECT_EQ(cyber->goldstein, book.Find("17")->goldstein);
  EXPECT_EQ(book.Find("1213")->goldstein, book.Find("121")->goldstein);
  EXPECT_FALSE(book.Find("121")->goldstein_inherited);
}

TEST(CodebookTest, QuadClassAndRoot) {
  EXPECT_EQ(Codebook::QuadClass("01"), 1);
  EXPECT_EQ(Codebook::QuadClass("057"), 1);
  EXPECT_EQ(Codebook::QuadClass("06"), 2);
  EXPECT_EQ(Codebook::QuadClass("0874"), 2);
  EXPECT_EQ(Codebook::QuadClass("090"), 3);
  EXPECT_EQ(Codebook::QuadClass("139"), 3);
  EXPECT_EQ(Codebook::QuadClass("141"), 4);
  EXPECT_EQ(Codebook::QuadClass("2042"), 4);
  EXPECT_EQ(Codebook::QuadClass("00"), 0);
  EXPECT_EQ(Codebook::QuadClass("21"), 0);
  EXPECT_EQ(Codebook::QuadClass("x1"), 0);
  EXPECT_EQ(Codebook::QuadClass("1"), 0);
  EXPECT_EQ(Codebook::Root("1724"), "17");
  EXPECT_EQ(Codebook::Root("1"), "");
  EXPECT_EQ(Codebook::Parent("1724"), "172");
  EXPECT_EQ(Codebook::Parent("17"), "");
}

TEST(CodebookTest, ErrorsNameFileAndLine) {
  struct Case {
    std::string text, want;
  };
  const Case cases[] = {
      {"# c\ncode\tgoldstein\tname\n01\t0.0\tStatement\n010\t0.0\n", ":4: expected 3"},
      {"01\t0.0\tA\n011\t0.0\tB\n0111\t\tC\n0111\t1\tD\n", ":4: duplicate code 0111"},
      {"01\t0.0\tA\n021\t1.0\tB\n", ":2: code 021 before its parent 02"},
      {"21\t0.0\tA\n", ":1: code '21' has no root"},
      {"01\tx\tA\n", ":1: bad Goldstein weight 'x'"},
      {"01\t11\tA\n", ":1: Goldstein weight 11 outside"},
      {"01\t\tA\n", ":1: root 01 needs a Goldstein weight"},
      {"01\t1\t\n", ":1: code 01 has no name"},
      {"1a\t1\tA\n", ":1: bad code '1a'"},
  };
  for (const Case& c : cases) {
    std::string path = WriteTemp("bad_codebook.tsv", c.text);
    Codebook book;
    std::string error;
    EXPECT_FALSE(Codebook::Load(path, &book, &error)) << c.text;
    EXPECT_NE(error.find(path + c.want), std::string::npos) << error;
  }
  Codebook book;
  std::string error;
  EXPECT_FALSE(Codebook::Load("/nonexistent/codebook.tsv", &book, &error));
  EXPECT_NE(error.find("cannot open"), std::string::npos);
}

// Compares with the shared reference table, using only the columns its README
// calls trustworthy for us: the code list and GDELT's Goldstein weights
// (blank where none is published). Its names (ours are our own) and its
// quad_class column (GDELT's 06-09/10-14/15-20 convention, not ours) are not
// compared.
TEST(CodebookTest, AgreesWithReferenceCodesAndWeights) {
  std::ifstream in(kReference);
  if (!in) GTEST_SKIP() << "reference table absent: " << kReference;
  const Codebook& book = RealCodebook();
  std::string line;
  std::getline(in, line);  // header
  ASSERT_EQ(line.substr(0, 15), "code\tname\tgolds");
  std::set<std::string> ref_codes;
  std::vector<std::string> mismatches;
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string col; std::getline(ss, col, '\t');) cols.push_back(col);
    if (cols.size() < 3) continue;
    const std::string& code = cols[0];
    ref_codes.insert(code);
    const CodeInfo* ours = book.Find(code);
    if (ours == nullptr) {
      mismatches.push_back(code + ": missing from our codebook");
      continue;
    }
    if (cols[2].empty()) {
      if (!ours->goldstein_inherited) mismatches.push_back(code + ": reference has no weight, ours gives one as published");
    } else if (ours->goldstein_inherited || ours->goldstein != std::stod(cols[2])) {
      mismatches.push_back(code + ": goldstein " + cols[2] + " in reference, ours " + std::to_string(ours->goldstein) +
                           (ours->goldstein_inherited ? " (inherited)" : ""));
    }
  }
  for (const CodeInfo& c : book.codes())
    if (!ref_codes.count(c.code)) mismatches.push_back(c.code + ": not in the reference");
  std::string report;
  for (const auto& m : mismatches) report += "  " + m + "\n";
  EXPECT_TRUE(mismatches.empty()) << mismatches.size() << " mismatches:\n" << report;
  EXPECT_EQ(ref_codes.size(), book.size());
}

TEST(ActorTypesTest, LoadsAndValidates) {
  ActorTypes types;
  std::string error;
  ASSERT_TRUE(ActorTypes::Load(kActorTypes, &types, &error)) << error;
  for (std::string_view code : {"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "BUS", "MED", "CVL", "REF", "EDU",
                                "ELI", "HLH", "IGO", "NGO", "NGM", "LAB", "CRM", "SPY", "UAF", "INS", "SEP", "IMG"}) {
    EXPECT_NE(types.Find(code), nullptr) << code;
  }
  EXPECT_TRUE(types.Is("GOV", ActorTypeKind::kRole));
  EXPECT_TRUE(types.Is("IGO", ActorTypeKind::kInternational));
  EXPECT_EQ(ActorKindName(types.Find("UNO")->kind), "group");

  // Without iso-codes only the tsv's own countries are known.
  types.AddCountry("USA");
  types.AddCountry("COL");
  types.AddCountry("PSE");
  std::string why;
  EXPECT_TRUE(types.ValidActorCode("USA"));
  EXPECT_TRUE(types.ValidActorCode("USAGOV"));
  EXPECT_TRUE(types.ValidActorCode("COLMILREB"));
  EXPECT_TRUE(types.ValidActorCode("IGOUNOKID"));
  EXPECT_TRUE(types.ValidActorCode("IGOWSTNAT"));
  EXPECT_TRUE(types.ValidActorCode("NGOHRIAMN"));
  EXPECT_TRUE(types.ValidActorCode("PSEGZA"));
  EXPECT_TRUE(types.ValidActorCode("MEAGOV"));  // a region may stand for a country
  EXPECT_TRUE(types.ValidActorCode("KSVGOV"));  // CAMEO's non-ISO country from the tsv
  EXPECT_FALSE(types.ValidActorCode(""));
  EXPECT_FALSE(types.ValidActorCode("USAGO", &why));
  EXPECT_NE(why.find("multiple of 3"), std::string::npos);
  EXPECT_FALSE(types.ValidActorCode("usagov", &why));
  EXPECT_FALSE(types.ValidActorCode("GOVUSA", &why));  // role first: not an owner
  EXPECT_NE(why.find("first group 'GOV'"), std::string::npos) << why;
  EXPECT_FALSE(types.ValidActorCode("USAQQQ", &why));
  EXPECT_NE(why.find("unknown group 'QQQ'"), std::string::npos) << why;
  EXPECT_FALSE(types.ValidActorCode("FRAGOV"));  // FRA was never added
}

TEST(ActorTypesTest, IsoCountriesFromIsoCodes) {
  const std::string iso = ActorTypes::DefaultIsoCountriesPath();
  if (!fs::exists(iso)) GTEST_SKIP() << "iso-codes absent: " << iso;
  ActorTypes types;
  std::string error;
  ASSERT_TRUE(ActorTypes::Load(kActorTypes, &types, &error)) << error;
  ASSERT_TRUE(types.LoadIsoCountries(iso, &error)) << error;
  EXPECT_TRUE(types.ValidActorCode("FRAGOV"));
  EXPECT_TRUE(types.ValidActorCode("VENOPPPTY"));
  EXPECT_TRUE(types.IsCountry("MAR"));
  EXPECT_TRUE(types.Is("MAR", ActorTypeKind::kReligion));  // Maronite too: kinds are a set
  EXPECT_FALSE(types.IsCountry("XYZ"));
}

TEST(ActorTypesTest, ErrorsNameFileAndLine) {
  ActorTypes types;
  std::string error;
  std::string path = WriteTemp("bad_types.tsv", "code\tkind\tdescription\nGOV\trole\tGovernment\nGOV\trole\tAgain\n");
  EXPECT_FALSE(ActorTypes::Load(path, &types, &error));
  EXPECT_NE(error.find(path + ":3: duplicate code GOV"), std::string::npos) << error;
  path = WriteTemp("bad_types.tsv", "Gov\trole\tGovernment\n");
  EXPECT_FALSE(ActorTypes::Load(path, &types, &error));
  EXPECT_NE(error.find(":1: bad code 'Gov'"), std::string::npos) << error;
  path = WriteTemp("bad_types.tsv", "GOV\tboss\tGovernment\n");
  EXPECT_FALSE(ActorTypes::Load(path, &types, &error));
  EXPECT_NE(error.find(":1: unknown kind 'boss'"), std::string::npos) << error;
}

TEST(PloverMapTest, LoadsSharedTable) {
  if (!fs::exists(kPlover)) GTEST_SKIP() << "PLOVER table absent: " << kPlover;
  PloverTable map;
  std::string error;
  ASSERT_TRUE(PloverTable::Load(kPlover, &map, &error)) << error;
  EXPECT_GT(map.size(), 250u);
  const PloverInfo* p = map.Find("1213");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->event, "REJECT");
  EXPECT_EQ(p->mode, "assist");
  EXPECT_EQ(p->context, "legal");
  EXPECT_EQ(map.Find("010"), nullptr);   // statements have no PLOVER type
  EXPECT_EQ(map.Lookup("010"), nullptr);
  const PloverInfo* yield = map.Find("08");
  ASSERT_NE(yield, nullptr);
  EXPECT_EQ(yield->event, "CONCEDE");
  EXPECT_EQ(yield->other_events, std::vector<std::string>{"RETREAT"});
  ASSERT_NE(map.Find("175"), nullptr);
  EXPECT_TRUE(map.Find("175")->other_events.empty());  // repeated identically
  ASSERT_NE(map.Lookup("03"), nullptr);
  EXPECT_EQ(map.Lookup("03")->event, "AGREE");
  // Every PLOVER row names a code of our codebook.
  const Codebook& book = RealCodebook();
  int unknown = 0;
  for (const CodeInfo& c : book.codes()) {
    const PloverInfo* q = map.Lookup(c.code);
    if (q != nullptr) {
      EXPECT_TRUE(book.Valid(q->cameo)) << q->cameo;
    }
    if (c.code.substr(0, 2) > "02" && q == nullptr) ++unknown;
  }
  EXPECT_EQ(unknown, 0) << "codes from 03 up without a PLOVER type";
}

TEST(PloverMapTest, RejectsBadHeader) {
  PloverTable map;
  std::string error;
  std::string path = WriteTemp("bad_plover.tsv", "code\tevent\n03\tAGREE\n");
  EXPECT_FALSE(PloverTable::Load(path, &map, &error));
  EXPECT_NE(error.find(":1: expected header"), std::string::npos) << error;
}

}  // namespace
}  // namespace dyad
