// Stop 32 (h-en7): English reading errors and detention phrasings.
// * A diplomat or a diplomatic post "in" a country is posted there: the
//   country after "in" is its host, not the one it serves
//   (actors/matcher.cc, IsPostedAbroad). The post takes its country from the
//   phrase before it ("the Chilean consulate in Quito"), its antecedent
//   ("Norway ... its embassy in Nairobi") or the sentence, never the host's.
// * "held without charge", "held for questioning", "held incommunicado",
//   "held as a witness" are detentions (173, data/verbs/17_coerce.txt);
//   "held as hostages" a hostage-taking (181, data/verbs/18_assault.txt).
// * A bare "accused of", "suspected of", "convicted of", "blamed for" joined
//   to the clause before (", accused of ...", "and blamed for ...") is a
//   passive (analysis/clauses.cc, step 4's VP coordination): the shared
//   subject was accused, not the accuser of what follows.
// * A relative clause with its own subject after a dated noun ("the 2016
//   accord, in which the rebels agreed ...", "the 2020 truce, which Russia
//   signed ...") tells that noun's act: it takes the noun's date, not the
//   article's (events/event_date.cc, RelativeWithOwnSubject).
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

TEST(EnglishReading7Test, AnEmbassyInACountryIsNotItsHosts) {
  // The owner named before, the post's host after "in".
  auto ev = CodeText("Norway said on Friday that its embassy in Nairobi had lodged a protest with Kenyan officials.",
                     "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "NORGOV", "KENGOV"), "114") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "KENGOV", "KENGOV"), "") << Dump(ev);
  // A foreign ministry and its consulate, the host named after.
  ev = CodeText("The Dutch foreign ministry and its consulate in Casablanca urged Morocco to free the two sailors.",
                "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "MARGOV", "MAR"), "") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "NLDGOV", "MAR").substr(0, 3), "025") << Dump(ev);
  // An ambassador "in" a capital with no owner named: no one's rather than
  // the host's, even with the host's adjective later in the sentence.
  ev = CodeText("The ambassador in Hanoi praised Vietnamese farmers for the record harvest.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "VNMGOV", ""), "") << Dump(ev);
}

// Negatives: the owner written before the post still counts, and officials,
// police or troops "in" a country are that country's.
TEST(EnglishReading7Test, OtherAgentsInACountryStayItsOwn) {
  auto ev = CodeText("The Chilean consulate in Quito criticised Ecuadorian border guards on Monday.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "CHLGOV", "ECU"), "111") << Dump(ev);
  ev = CodeText("Officials in Quito criticised Colombian border guards on Monday.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "ECUGOV", "COL"), "111") << Dump(ev);
  ev = CodeText("Police in Nairobi detained four Somali traders on Monday.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "KENCOP", "SOM"), "173") << Dump(ev);
  ev = CodeText("The embassy of Austria in Rabat condemned the raid on Moroccan fishermen.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "AUTGOV", "MAR"), "111") << Dump(ev);
}

// A state that withdraws or recalls its own post "in" a country reduces
// relations with that host (161, data/verbs/16_reduce_relations.txt's
// `withdraw &DIPLOMAT in +`): since the post no longer takes the host's
// country, the host is the pattern's target, not the post itself (which
// made the state its own target). With no host named, the post is still
// the object; another state's diplomats expelled stay that state's.
TEST(EnglishReading7Test, APostWithdrawnFromItsHostTargetsTheHost) {
  auto ev = CodeText("Canada withdrew its diplomats in Caracas after the vote.", "2017-08-14");
  EXPECT_EQ(CodeOf(ev, "CAN", "VENGOV"), "161") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "CAN", "CANGOV"), "") << Dump(ev);
  ev = CodeText("Peru recalled its ambassador in Mexico City on Thursday.", "2017-08-14");
  EXPECT_EQ(CodeOf(ev, "PER", "MEXGOV"), "161") << Dump(ev);
  // A quantity, or other words, between the verb and the post.
  ev = CodeText("On Monday Chile withdrew most of its envoys in Managua.", "2017-08-14");
  EXPECT_EQ(CodeOf(ev, "CHL", "NICGOV"), "161") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "CHL", "CHLGOV"), "") << Dump(ev);
  ev = CodeText("On Monday Chile withdrew all but one of its envoys in Managua.", "2017-08-14");
  EXPECT_EQ(CodeOf(ev, "CHL", "NICGOV"), "161") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "CHL", "CHLGOV"), "") << Dump(ev);
  ev = CodeText("Sudan expelled Norwegian diplomats in Khartoum on Thursday.", "2017-08-14");
  EXPECT_EQ(CodeOf(ev, "SDN", "NORGOV"), "161") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "SDN", "SDNGOV"), "") << Dump(ev);
}

TEST(EnglishReading7Test, HeldWithoutChargeOrForQuestioningIsDetention) {
  auto ev = CodeText("Bahraini police held six Qatari fishermen without charge for nine days.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "BHRCOP", "QAT"), "173") << Dump(ev);
  ev = CodeText("Two Danish cameramen were held for questioning by Ethiopian police at the airport.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "ETHCOP", "DNK"), "173") << Dump(ev);
  ev = CodeText("Sudan held the Eritrean pilots incommunicado for a month.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "SDN", "ERI"), "173") << Dump(ev);
  ev = CodeText("Militants held three Turkish truck drivers as hostages near Mosul.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "", "TUR"), "181") << Dump(ev);
}

// Negatives: "held" of meetings, talks and ceremonies is no detention.
TEST(EnglishReading7Test, HeldMeetingsAreNoDetention) {
  auto ev = CodeText("Uruguay held a dinner for Paraguayan exporters without any ministers present.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "URY", "PRY"), "043") << Dump(ev);
  ev = CodeText("Laos held talks with Cambodia without preconditions on Thursday.", "2016-09-02");
  EXPECT_EQ(CodeOf(ev, "LAO", "KHM").substr(0, 2), "04") << Dump(ev);
  EXPECT_NE(CodeOf(ev, "LAO", "KHM"), "173") << Dump(ev);
}

TEST(EnglishReading7Test, ABareAccusedAfterAClauseIsPassive) {
  // Read as a past tense the minister accused Malawi, the colonel Niger.
  auto ev = CodeText("A former Zambian minister went on trial on Monday, accused of stealing aid funds from Malawi.",
                     "2019-05-04");
  EXPECT_EQ(CodeOf(ev, "ZMB", "MWI"), "") << Dump(ev);
  ev = CodeText("A Malian colonel was flown to The Hague on Friday, suspected of ordering attacks on Niger.", "2019-05-04");
  EXPECT_EQ(CodeOf(ev, "MLI", "NER"), "") << Dump(ev);
  // With its by-phrase the accuser is named: the subject is the accused.
  ev = CodeText("The Somali minister resigned on Monday, accused of fraud by Kenyan prosecutors.", "2019-05-04");
  EXPECT_EQ(CodeOf(ev, "KENJUD", "SOMGOV").substr(0, 3), "112") << Dump(ev);
  EXPECT_EQ(CodeOf(ev, "SOMGOV", "KEN"), "") << Dump(ev);
}

// Negatives: the active verb with its object still accuses.
TEST(EnglishReading7Test, AnAccusationWithItsObjectStaysActive) {
  auto ev = CodeText("Zambia closed its border on Monday and accused Malawi of arming the smugglers.", "2019-05-04");
  EXPECT_EQ(CodeOf(ev, "ZMB", "MWI").substr(0, 3), "112") << Dump(ev);
  ev = CodeText("Zambia closed its border on Monday and blamed Malawi for the attacks.", "2019-05-04");
  EXPECT_EQ(CodeOf(ev, "ZMB", "MWI").substr(0, 3), "112") << Dump(ev);
  ev = CodeText("Erdogan hosted Putin in Ankara and accused the Kremlin of arming Syrian Kurds.", "2019-05-04");
  EXPECT_EQ(CodeOf(ev, "TURGOV", "RUSGOV").substr(0, 3), "043") << Dump(ev);
  bool accused = false;
  for (const auto& e : ev) accused |= e.source == "TURGOV" && e.target == "RUSGOV" && e.code.starts_with("112");
  EXPECT_TRUE(accused) << Dump(ev);
}

// The date of the first event coded `code` from `src` to `tgt` (prefixes),
// or "" when none is.
std::string DateOf(const std::vector<EventRecord>& events, std::string_view src, std::string_view tgt,
                   std::string_view code) {
  for (const EventRecord& e : events)
    if (e.source.starts_with(src) && e.target.starts_with(tgt) && e.code.starts_with(code)) return e.date;
  return "";
}

TEST(EnglishReading7Test, ARelativeClauseOnADatedAccordTakesItsDate) {
  auto ev = CodeText("Georgia's president defended the 2008 ceasefire, under which Russia agreed to pull its troops "
                     "out of Gori.",
                     "2012-06-14");
  EXPECT_EQ(DateOf(ev, "RUS", "", "03"), "2008") << Dump(ev);
  ev = CodeText("Azerbaijan's foreign minister praised the 1994 truce, which Armenia signed with Baku in Bishkek.",
                "2012-06-14");
  EXPECT_EQ(DateOf(ev, "ARM", "AZE", "057"), "1994") << Dump(ev);
  // A day with its month, the noun's phrase going on before the clause.
  ev = CodeText("Chad's leader recalled an April 3 pact in Tripoli in which Sudan agreed to expel Chadian rebels.",
                "2012-06-14");
  EXPECT_EQ(DateOf(ev, "SDN", "", "03"), "2012-04-03") << Dump(ev);
}

// Negatives: a clause of its own after the dated noun, and a relative on an
// undated noun, keep the article's date.
TEST(EnglishReading7Test, OtherClausesAfterADatedAccordKeepTheArticlesDate) {
  auto ev = CodeText("Georgia's president defended the 2008 ceasefire on Tuesday and Russia agreed to pull more troops "
                     "out of Abkhazia.",
                     "2012-06-14");
  EXPECT_EQ(DateOf(ev, "RUS", "", "03"), "2012-06-12") << Dump(ev);
  ev = CodeText("Georgia's president defended the ceasefire, under which Russia agreed to pull its troops out of Gori.",
                "2012-06-14");
  EXPECT_EQ(DateOf(ev, "RUS", "", "03"), "2012-06-14") << Dump(ev);
}

}  // namespace
}  // namespace dyad
