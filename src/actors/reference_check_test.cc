#include "actors/reference_check.h"

#include <gtest/gtest.h>

#include "model/date.h"

namespace dyad {
namespace {

int32_t Day(const char* iso) { return Date::Parse(iso)->first_day(); }

// A made-up reference list in the shared file's columns (and a fictional
// country, so nothing here restates the real list).
constexpr char kTsv[] =
    "country_code\tcountry_name\tsection\trole_or_title\tname\talt_names\tcameo_code\tstart\tend\tnote\tbirth\tdeath\n"
    "GON\tGONDOR\tleaders\tPresidents\tARAGORN ELESSAR\t\t\t2001-03-01\t2009-02-28\t\t\t\n"
    "GON\tGONDOR\tleaders\tPresident\tARAGORN ELESSAR\t\t\t2001-03-01\t2009-02-28\t\t\t\n"  // same term, other spelling
    "GON\tGONDOR\tleaders\tPrime ministers\tSTEWARD, Denethor\t\t\t2003-01-01\t2005-12-31\t\t\t\n"
    "GON\tGONDOR\tleaders\tPrime ministers\tGEN. FARAMIR HURIN\t\t\t2006-01-01\t\tin_office_at_last_update\t\t\n"
    "GON\tGONDOR\tleaders\tGovernors\tIMRAHIL\t\t\t2004-01-01\t2008-01-01\t\t\t\n"
    "ROH\tROHAN\tleaders\tKings\tHAMA\t\t\t1990-01-01\t\tin_office_at_last_update\t\t\n"  // stale: Theoden follows
    "GON\tGONDOR\tleaders\tPrime ministers\tBOROMIR\t\t\t1990-01-01\t1995-01-01\t\t\t\n"
    "ROH\tROHAN\tleaders\tKings\tTHEODEN KING\t\t\t1998-01-01\t2004-01-01\t\t\t\n"
    "ROH\tROHAN\tleaders\tKings\tEOMER EADIG\t\t\t2004-01-02\t2010-06-30\t\t\t\n"
    "ROH\tROHAN\tgovernment\tMinister of Defense\tERKENBRAND\t\t\t2004-01-02\t2010-06-30\t\t\t\n";

constexpr char kDict[] =
    "@kind person\n"
    "Aragorn Elessar | Aragorn\n"
    "  GONGOV 2001-03-01..2009-02-28\n"
    "Denethor Steward\n"
    "  GONELI 2000-01-01..2002-12-31\n"  // dates miss the term: a conflict
    "Faramir Húrin\n"                   // accent: the reference writes none
    "  GONGOV 2006-01-01..\n"
    "Éomer Eadig\n"
    "  GONMIL 2004-01-02..\n";           // wrong country: a conflict

TEST(ReferenceCheck, ParsesHeadsOnlyOncePerTerm) {
  auto terms = ParseReferenceLeaders(kTsv);
  // Dropped: the duplicate spelling, the governor, the minister.
  ASSERT_EQ(terms.size(), 7u);
  EXPECT_EQ(terms[0].name, "ARAGORN ELESSAR");
  EXPECT_FALSE(terms[0].open);
  EXPECT_TRUE(terms[2].open);
  EXPECT_EQ(terms[2].to, Day("2006-01-01") + 180);  // no successor in the role
  EXPECT_EQ(terms[3].to, Day("1998-01-01") - 1);  // the day before Theoden
}

TEST(ReferenceCheck, HeadRoles) {
  EXPECT_TRUE(IsHeadRole("Presidents"));
  EXPECT_TRUE(IsHeadRole("Prime ministers"));
  EXPECT_TRUE(IsHeadRole("Kings"));
  EXPECT_FALSE(IsHeadRole("Governors-GENERAL"));
  EXPECT_FALSE(IsHeadRole("Vice-Presidents"));
  EXPECT_FALSE(IsHeadRole("Deputy Prime Minister"));
  EXPECT_FALSE(IsHeadRole(""));
}

TEST(ReferenceCheck, NameForms) {
  EXPECT_EQ(FoldName("Faramir  Húrin-Ólafsson"), "faramir hurin olafsson");
  EXPECT_EQ(FoldName("Łukasz Żółć"), "lukasz zolc");
  auto f = ReferenceNameForms("STEWARD, Denethor");
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f[0], "denethor steward");
  f = ReferenceNameForms("GEN. FARAMIR HURIN (ACTING)");
  EXPECT_EQ(f, (std::vector<std::string>{"gen faramir hurin", "faramir hurin"}));
  f = ReferenceNameForms("DATO' SERI BILBO BAGGINS");
  EXPECT_EQ(f[1], "bilbo baggins");  // both honorifics dropped
  f = ReferenceNameForms("FERNANDO DA PIEDADE DIAS DOS SANTOS");
  EXPECT_EQ(f.back(), "fernando santos");
}

TEST(ReferenceCheck, RightConflictMissing) {
  ActorDictionary dict;
  std::vector<DictProblem> problems;
  dict.LoadText(kDict, "test.txt", &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  auto terms = ParseReferenceLeaders(kTsv);
  auto s = CheckReference(dict, terms, Day("2000-01-01"), Day("2026-12-31"));
  // Boromir's term ends before 2000: not asked about.
  ASSERT_EQ(s.results.size(), 5u);
  EXPECT_EQ(s.right, 2u);     // Aragorn, Faramir (title dropped, accent folded)
  EXPECT_EQ(s.conflict, 2u);  // Denethor (dates), Eomer (country)
  EXPECT_EQ(s.missing, 1u);   // Theoden
  // Sorted by country, then start.
  EXPECT_EQ(s.results[0].term->name, "ARAGORN ELESSAR");
  EXPECT_EQ(s.results[0].day, Day("2005-02-28"));
  EXPECT_EQ(s.results[1].term->name, "STEWARD, Denethor");
  EXPECT_EQ(s.results[1].kind, ReferenceResult::Kind::kConflict);
  EXPECT_EQ(s.results[1].code, "");
  EXPECT_EQ(s.results[3].term->name, "THEODEN KING");
  EXPECT_EQ(s.results[3].kind, ReferenceResult::Kind::kMissing);
  EXPECT_EQ(s.results[4].code, "GONMIL");
  EXPECT_NEAR(s.coverage(), 0.4, 1e-9);
}

TEST(ReferenceCheck, FromLimitsTheSpan) {
  ActorDictionary dict;
  std::vector<DictProblem> problems;
  dict.LoadText(kDict, "test.txt", &problems);
  auto terms = ParseReferenceLeaders(kTsv);
  auto s = CheckReference(dict, terms, Day("1985-01-01"), Day("2026-12-31"));
  EXPECT_EQ(s.results.size(), 7u);  // Boromir and Hama now count, as missing
  EXPECT_EQ(s.missing, 3u);
}

// We code Serbia, Montenegro and their federation SCG in 1992-2006 (as
// countries.txt does); the reference files those heads under SRB or MNE.
TEST(ReferenceCheck, SerbiaAndMontenegroHeadsCodedScgAreRight) {
  constexpr char kTsv2[] =
      "country_code\tcountry_name\tsection\trole_or_title\tname\talt_names\tcameo_code\tstart\tend\tnote\tbirth\tdeath\n"
      "SRB\tSERBIA AND MONTENEGRO\tleaders\tPresidents\tMARKO INVENTIC\t\t\t2001-01-01\t2003-01-01\t\t\t\n"
      "SRB\tSERBIA\tleaders\tPresidents\tPETAR IZMISLIC\t\t\t2008-01-01\t2010-01-01\t\t\t\n";
  constexpr char kDict2[] =
      "@kind person\n"
      "Marko Inventic\n"
      "  SCGGOV 2001-01-01..2003-01-01\n"
      "Petar Izmislic\n"
      "  HRVGOV 2008-01-01..2010-01-01\n";  // another country stays a conflict
  ActorDictionary dict;
  std::vector<DictProblem> problems;
  dict.LoadText(kDict2, "test.txt", &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  auto s = CheckReference(dict, ParseReferenceLeaders(kTsv2), Day("2000-01-01"), Day("2026-12-31"));
  ASSERT_EQ(s.results.size(), 2u);
  EXPECT_EQ(s.right, 1u);
  EXPECT_EQ(s.conflict, 1u);
}

TEST(ReferenceCheck, OfficeTitles) {
  EXPECT_EQ(OfficeTitleLevel("Minister of Foreign Affairs", Office::kForeign), 2);
  EXPECT_EQ(OfficeTitleLevel("Minister for Foreign Affairs and Trade", Office::kForeign), 2);
  EXPECT_EQ(OfficeTitleLevel("Minister of Foreign and European Affairs", Office::kForeign), 2);
  EXPECT_EQ(OfficeTitleLevel("Minister of External Relations", Office::kForeign), 2);
  EXPECT_EQ(OfficeTitleLevel("Minister of Foreign Trade", Office::kForeign), 0);
  EXPECT_EQ(OfficeTitleLevel("Minister of State for Foreign Affairs", Office::kForeign), 0);
  EXPECT_EQ(OfficeTitleLevel("Deputy Minister of Foreign Affairs", Office::kForeign), 0);
  EXPECT_EQ(OfficeTitleLevel("Secretary of State for Foreign and Commonwealth Affairs", Office::kForeign), 1);
  EXPECT_EQ(OfficeTitleLevel("Minister of National Defense", Office::kDefence), 2);
  EXPECT_EQ(OfficeTitleLevel("Minister of Defense and War Veterans", Office::kDefence), 2);
  EXPECT_EQ(OfficeTitleLevel("Secretary of National Defense", Office::kDefence), 2);
  EXPECT_EQ(OfficeTitleLevel("Minister for Defense Science and Personnel", Office::kDefence), 0);
  EXPECT_EQ(OfficeTitleLevel("Minister of Interior and Justice", Office::kInterior), 2);
  EXPECT_EQ(OfficeTitleLevel("Minister of Justice and Home Affairs", Office::kInterior), 2);
  EXPECT_EQ(OfficeTitleLevel("Minister of Internal \"Public\" Security", Office::kInterior), 0);
  EXPECT_EQ(OfficeTitleLevel("Minister of Economy, Finance, and Budget", Office::kFinance), 2);
  EXPECT_EQ(OfficeTitleLevel("Minister of Financial Services", Office::kFinance), 0);
  EXPECT_EQ(OfficeTitleLevel("Minister of State for Finance", Office::kFinance), 0);
  EXPECT_EQ(OfficeTitleLevel("Permanent Representative to the UN, New York", Office::kUn), 2);
  EXPECT_EQ(OfficeTitleLevel("Acting Permanent Representative to the UN, New York", Office::kUn), 2);
  EXPECT_EQ(OfficeTitleLevel("Deputy Permanent Representative to the UN, New York", Office::kUn), 0);
  EXPECT_EQ(OfficeTitleLevel("Ambassador to the US", Office::kUn), 0);
  // One post of several joined with " & " is enough.
  EXPECT_EQ(OfficeTitleLevel("Minister of Health & Minister of Finance", Office::kFinance), 2);
  EXPECT_EQ(OfficeTitleLevel("Minister of Health & Minister of Finance", Office::kForeign), 0);
  EXPECT_EQ(OfficeTitleLevel("Minister of Finance", Office::kHeads), 0);
  Office o;
  EXPECT_TRUE(ParseOffice("defence", &o));
  EXPECT_EQ(o, Office::kDefence);
  EXPECT_EQ(OfficeName(Office::kUn), "un");
  EXPECT_FALSE(ParseOffice("defense", &o));
}

// Government rows of a made-up list, as the shared file writes them.
constexpr char kGovTsv[] =
    "country_code\tcountry_name\tsection\trole_or_title\tname\talt_names\tcameo_code\tstart\tend\tnote\tbirth\tdeath\n"
    "GON\tGONDOR\tgovernment\tMinister of Foreign Affairs\tBERGIL BERETHOR\t\tGONGOV\t\t2004-09-31\t"
    "in_office_at_first_coding\t\t\n"
    "GON\tGONDOR\tgovernment\tMinister of Foreign Affairs\tHIRGON DUNHERE\tHIRGON DUINHIR\tGONGOV\t2004-10-01\t\t"
    "in_office_at_last_update\t\t\n"
    "GON\tGONDOR\tgovernment\tMinister of Foreign Affairs\tIORLAS ANGBOR\t\tGONGOV\t2009-01-01\t\t"
    "in_office_at_last_update\t\t\n"
    "GON\tGONDOR\tgovernment\tMinister of Foreign Affairs\tMABLUNG HALETH\t\tGONGOV\t2009-03-01\t2009-10-31\t\t\t\n"
    "GON\tGONDOR\tgovernment\tDeputy Minister of Foreign Affairs\tDERVORIN ORM\t\tGONGOV\t2005-01-01\t2006-01-31\t\t\t\n"
    "GON\tGONDOR\tgovernment\tSecretary of State for Foreign Affairs\tDUILIN ORM\t\tGONGOV\t2005-01-01\t2006-01-31\t\t\t\n"
    "ROH\tROHAN\tgovernment\tSecretary of State for Foreign Affairs\tGAMLING OLD\t\tROHGOV\t2005-01-01\t2006-01-31\t\t\t\n"
    "ROHXYZ\tROHAN EAST\tgovernment\tMinister of Foreign Affairs\tGRIMBOLD WEST\t\tROHGOV\t2005-01-01\t2006-01-31\t\t\t\n"
    "\tNO CODE\tgovernment\tMinister of Foreign Affairs\tELFHELM RIDER\t\tITHGOV\t2005-01-01\t2006-01-31\t\t\t\n"
    // A holder of two posts: the title names both on every row; the codes
    // tell the defence term (GOVMIL) from the other (GOVEDU).
    "ROH\tROHAN\tgovernment\tMinister of Education & Minister of Defense\tERKENBRAND WESTFOLD\t\tROHGOVEDU\t"
    "2003-01-01\t2004-12-31\t\t\t\n"
    "ROH\tROHAN\tgovernment\tMinister of Education & Minister of Defense\tERKENBRAND WESTFOLD\t\tROHGOVMIL\t"
    "2005-01-01\t2007-12-31\t\t\t\n"
    "ROH\tROHAN\tgovernment\tMinister of Defense\tHAMA DOORWARD\t\tROHGOVMIL\t2008-01-01\t2009-12-31\t\t\t\n";

TEST(ReferenceCheck, ParsesOneOfficesTerms) {
  auto terms = ParseReferenceOffice(kGovTsv, Office::kForeign);
  // Dropped: the deputy; Gondor's secretary of state (Gondor lists
  // ministers); the row under a six-letter code. Kept: Rohan's secretary of
  // state (no minister there); the row with the code only in the CAMEO code.
  ASSERT_EQ(terms.size(), 6u);
  EXPECT_EQ(terms[0].name, "BERGIL BERETHOR");
  EXPECT_EQ(terms[0].from, Day("2003-01-01"));  // in office when coding began
  EXPECT_EQ(terms[0].to, Date::Parse("2004-09")->last_day());  // "09-31" read as the month's end
  EXPECT_TRUE(terms[1].open);
  EXPECT_EQ(terms[1].to, Day("2004-10-01") + 180);  // a successor only in 2009: the short window
  EXPECT_EQ(terms[1].alt_names, std::vector<std::string>{"HIRGON DUINHIR"});
  EXPECT_EQ(terms[2].to, Day("2009-03-01") - 1);  // a successor two months on
  EXPECT_EQ(terms[4].name, "GAMLING OLD");
  EXPECT_EQ(terms[5].country, "ITH");
  EXPECT_EQ(terms[5].name, "ELFHELM RIDER");
  auto defence = ParseReferenceOffice(kGovTsv, Office::kDefence);
  ASSERT_EQ(defence.size(), 2u);  // Erkenbrand's education term is not his defence term
  EXPECT_EQ(defence[0].from, Day("2005-01-01"));
  EXPECT_EQ(defence[0].office, Office::kDefence);
  EXPECT_EQ(ParseReferenceOffice(kGovTsv, Office::kHeads).size(), 0u);  // no leaders rows
}

TEST(ReferenceCheck, DefenceMinisterMayBeCodedMilitary) {
  constexpr char kGovDict[] =
      "@kind person\n"
      "Erkenbrand of Westfold | Erkenbrand Westfold\n"
      "  ROHMIL 2000-01-01..\n"  // a serving officer: right as defence minister
      "Hama Doorward\n"
      "  ROHGOV 2008-01-01..2009-12-31\n"
      "Hirgon Duinhir\n"  // found by the reference's other spelling
      "  GONGOV 2004-10-01..2006-01-01\n"
      "Iorlas Angbor\n"
      "  GONMIL 2009-01-01..\n";  // MIL is right for defence only
  ActorDictionary dict;
  std::vector<DictProblem> problems;
  dict.LoadText(kGovDict, "test.txt", &problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  auto defence = ParseReferenceOffice(kGovTsv, Office::kDefence);
  auto s = CheckReference(dict, defence, Day("2000-01-01"), Day("2026-12-31"));
  EXPECT_EQ(s.right, 2u);
  auto foreign = ParseReferenceOffice(kGovTsv, Office::kForeign);
  s = CheckReference(dict, foreign, Day("2000-01-01"), Day("2026-12-31"));
  EXPECT_EQ(s.right, 1u);  // Hirgon
  EXPECT_EQ(s.conflict, 1u);  // Iorlas, coded MIL
  EXPECT_EQ(s.missing, 4u);
  for (const ReferenceResult& r : s.results)
    if (r.term->name == "HIRGON DUNHERE") {
      EXPECT_EQ(r.form, "hirgon duinhir");
    }
}

}  // namespace
}  // namespace dyad
