// EventDate (events/event_date.cc): a past act told in a background phrase
// of later news takes its own year, and the sentence's other acts do not.
// The whole English pipeline on sentences we wrote (docs/accuracy.md,
// "stop 24 (h-histdate)").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/engine.h"
#include "engine/runner.h"
#include "testing/default_engine.h"

namespace dyad {
namespace {

using testing::CodeText;
using testing::Dump;

// The first event coded `code`, or null.
const EventRecord* FirstCoded(const std::vector<EventRecord>& ev, const std::string& code) {
  for (const EventRecord& e : ev)
    if (e.code == code) return &e;
  return nullptr;
}

// The date of the first event coded `code`, or "none".
std::string DateOf(const std::vector<EventRecord>& ev, const std::string& code) {
  const EventRecord* e = FirstCoded(ev, code);
  return e ? e->date : "none";
}

// A year in a relative clause dates that clause's act, not the main one's.
TEST(EventDateTest, ARelativeClausesYearIsItsOwn) {
  auto ev = CodeText("Pinochet, who seized power in a 1973 coup, criticized Argentina on Sunday.", "2006-12-11");
  EXPECT_EQ(DateOf(ev, "111"), "2006-12-10") << Dump(ev);
  ev = CodeText("Britain condemned Iran, which invaded Iraq in 1980.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "111"), "2006-12-17") << Dump(ev);
  EXPECT_EQ(DateOf(ev, "192"), "1980") << Dump(ev);
  ev = CodeText("The Iraqi army, which invaded Kuwait in 1990, attacked Kurdish rebels.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "190"), "2006-12-17") << Dump(ev);
  EXPECT_EQ(DateOf(ev, "192"), "1990") << Dump(ev);
}

// "whose ... N years ago": the toppling is of 2001, the attack of the
// article's day; with the phrase in the attack's own clause it is of 2001.
TEST(EventDateTest, YearsAgoInAWhoseClause) {
  auto ev = CodeText("The Taliban, whose regime was toppled by the United States five years ago, attacked Afghan police.",
                     "2006-12-18");
  EXPECT_EQ(DateOf(ev, "190"), "2006-12-18") << Dump(ev);
  ev = CodeText("The Taliban attacked Afghan police five years ago.", "2006-12-18");
  EXPECT_EQ(DateOf(ev, "190"), "2001") << Dump(ev);
}

// A day of the story's own year in a relative clause keeps dating the
// sentence, as before: it is as often the main act's day.
TEST(EventDateTest, ADayOfTheStorysYearStillDatesTheSentence) {
  auto ev = CodeText("Tony Blair, who arrived in Cairo on Saturday, praised Egypt.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "051"), "2006-12-16") << Dump(ev);
}

// A year before a noun ("the 1976 Berne Agreement") dates that noun's act,
// not the clause's verb; after "during", "in", "at" or "following" it dates
// the verb's act too.
TEST(EventDateTest, AYearBeforeANounIsThatNounsDate) {
  auto ev = CodeText("Turkey accused Greece of violating the 1976 Berne Agreement.", "1987-03-28");
  EXPECT_EQ(DateOf(ev, "112"), "1987-03-28") << Dump(ev);
  ev = CodeText("Iraq killed Iranian soldiers during its 1980-1988 war with Iran.", "1997-04-28");
  EXPECT_EQ(DateOf(ev, "190"), "1980") << Dump(ev);
  ev = CodeText("Chileans were tortured by the army following the 1973 coup.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "1822"), "1973") << Dump(ev);
  ev = CodeText("At its January summit, Spain sided with Peru.", "1987-03-16");
  EXPECT_EQ(DateOf(ev, "051"), "1987-01") << Dump(ev);
}

// The act of a relative clause or participle on a dated noun is of that
// date: "the 1994 massacres, which killed ...", "The 2004 agreement, signed
// by ...".
TEST(EventDateTest, AClauseOnADatedNounTakesItsYear) {
  auto ev = CodeText("Rwandan militias took part in the 1994 Rwandan massacres, which killed 500,000 Rwandan civilians.",
                     "1997-04-28");
  EXPECT_EQ(DateOf(ev, "190"), "1994") << Dump(ev);
  ev = CodeText("The 2004 agreement, signed by Germany and France, limits gold sales.", "2006-12-01");
  EXPECT_EQ(DateOf(ev, "057"), "2004") << Dump(ev);
}

// What a clause reports is not dated by the saying, nor the saying by it.
TEST(EventDateTest, AReportedClausesYearIsNotTheSayings) {
  auto ev = CodeText("Iranian diplomats say Iraq invaded Iran in 1980.", "1987-10-19");
  EXPECT_EQ(DateOf(ev, "1123"), "1987-10-19") << Dump(ev);
  EXPECT_EQ(DateOf(ev, "192"), "1980") << Dump(ev);
}

// A clause of "when" right after a date tells the act of that date.
TEST(EventDateTest, AWhenClauseTakesTheDateItHangsFrom) {
  auto ev = CodeText(
      "Chilean students, who protested in 1969, when the Chilean army arrested their leaders, "
      "criticized the Chilean government on Monday.",
      "1995-04-10");
  EXPECT_EQ(DateOf(ev, "173"), "1969") << Dump(ev);
}

// A later year before the subject names a plan, not the act's date.
TEST(EventDateTest, ALaterYearBeforeTheSubjectIsAPlan) {
  auto ev = CodeText("Next year, the Japanese government has promised to help Brazil.", "1987-03-16");
  EXPECT_EQ(DateOf(ev, "033"), "1987-03-16") << Dump(ev);
}

// A past decade the act is told in dates it, as the decade's first year
// (Date has no decade precision; the event's date_text keeps "the 1980s"):
// after "in", "during", "throughout" right after the verb's noun phrase,
// before the subject, and in a relative clause.
TEST(EventDateTest, APastDecadeDatesItsAct) {
  auto ev = CodeText("Iraq attacked Iran in the 1980s.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "190"), "1980") << Dump(ev);
  ev = CodeText("In the early 1990s, Serbia attacked Croatia.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "190"), "1990") << Dump(ev);
  // Without the comma the clause analysis takes the phrase into the
  // subject; the coordinated clause shares the decade.
  ev = CodeText("In the 1980s Iraq attacked Iran and threatened Kuwait.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "190"), "1980") << Dump(ev);
  EXPECT_EQ(DateOf(ev, "130"), "1980") << Dump(ev);
  ev = CodeText("Britain condemned Iraq, which attacked Iran throughout the 1980s.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "111"), "2006-12-17") << Dump(ev);
  EXPECT_EQ(DateOf(ev, "190"), "1980") << Dump(ev);
}

// Negatives: a decade not over by the article's year is a plan or the
// present; "since" tells an act still going on; after another preposition
// the decade dates that noun ("atrocities in the 1980s"); a future verb;
// the decade as a subject.
TEST(EventDateTest, ADecadeThatIsNoPastActsDate) {
  auto ev = CodeText("Iraq will attack Iran in the 1990s.", "1987-03-16");
  EXPECT_EQ(DateOf(ev, "190"), "1987-03-16") << Dump(ev);
  ev = CodeText("Iraq attacked Iran in the 1980s.", "1987-03-16");
  EXPECT_EQ(DateOf(ev, "190"), "1987-03-16") << Dump(ev);
  ev = CodeText("Iraq will attack Iran in the 1980s.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "190"), "2006-12-17") << Dump(ev);
  ev = CodeText("Syria has backed Hezbollah since the 1980s.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "051"), "2006-12-17") << Dump(ev);
  ev = CodeText("Britain condemned Iraq for atrocities in the 1980s.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "111"), "2006-12-17") << Dump(ev);
  ev = CodeText("Britain condemned Iraq on Friday, saying the 1980s brought war.", "2006-12-17");
  EXPECT_EQ(DateOf(ev, "111"), "2006-12-15") << Dump(ev);
}

// Spanish decades ("los años ochenta", "la década de los setenta") date a
// past act as the English ones do; "desde" tells an act still going on,
// and after another noun's preposition the decade is that noun's.
TEST(EventDateTest, ASpanishPastDecadeDatesItsAct) {
  auto ev = CodeText("Irak atacó a Irán en los años ochenta.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "190"), "1980") << Dump(ev);
  ev = CodeText("Irak atacó a Irán en la década de los setenta.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "190"), "1970") << Dump(ev);
  ev = CodeText("Irak, que atacó a Irán en los años ochenta, criticó a Kuwait.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "190"), "1980") << Dump(ev);
  EXPECT_EQ(DateOf(ev, "111"), "2006-12-17") << Dump(ev);
  ev = CodeText("Siria apoya a Hezbolá desde los años ochenta.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "051"), "2006-12-17") << Dump(ev);
  ev = CodeText("Irak criticó a Kuwait por las matanzas en los años ochenta.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "111"), "2006-12-17") << Dump(ev);
}

// Spanish names a part of the decade before the decade ("a principios de
// los años ochenta"): the act is dated as with "en los años ochenta", and
// "hacia" (about) places it too. Not "desde principios de" (a span still
// going on), a future verb, nor a part of a decade after another noun's
// preposition.
TEST(EventDateTest, ASpanishPartOfAPastDecadeDatesItsAct) {
  auto ev = CodeText("Irak atacó a Irán a principios de los años ochenta.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "190"), "1980") << Dump(ev);
  ev = CodeText("Irak atacó a Irán a mediados de la década de 1980.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "190"), "1980") << Dump(ev);
  ev = CodeText("Irak atacó a Irán hacia finales de los años setenta.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "190"), "1970") << Dump(ev);
  ev = CodeText("Irak atacó a Irán hacia los años setenta.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "190"), "1970") << Dump(ev);
  ev = CodeText("A fines de los años setenta, Irak atacó a Irán.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "190"), "1970") << Dump(ev);
  ev = CodeText("A comienzos de los años noventa Irak atacó a Kuwait.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "190"), "1990") << Dump(ev);
  // Negatives.
  ev = CodeText("Siria apoya a Hezbolá desde principios de los años ochenta.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "051"), "2006-12-17") << Dump(ev);
  ev = CodeText("Irak criticó a Kuwait por las matanzas a principios de los años ochenta.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "111"), "2006-12-17") << Dump(ev);
  ev = CodeText("Irak atacó a Irán a finales de los años ochenta.", "1987-05-04", "es");  // not over yet
  EXPECT_EQ(DateOf(ev, "190"), "1987-05-04") << Dump(ev);
  // "a principios de año" is this year's part, as before.
  ev = CodeText("Irak atacó a Irán a principios de año.", "2006-12-17", "es");
  EXPECT_EQ(DateOf(ev, "190"), "2006") << Dump(ev);
}

// The English part of a decade stays inside the phrase ("in the early
// 1980s"), as before.
TEST(EventDateTest, AnEnglishPartOfAPastDecadeDatesItsAct) {
  auto ev = CodeText("Iraq attacked Iran in the early 1980s.", "2006-12-17", "en");
  EXPECT_EQ(DateOf(ev, "190"), "1980") << Dump(ev);
  ev = CodeText("Syria has backed Hezbollah since the early 1980s.", "2006-12-17", "en");
  EXPECT_EQ(DateOf(ev, "051"), "2006-12-17") << Dump(ev);
}

// A date in a phrase of "since" names another noun's time ("since talks
// in Cairo in March") or the start of a span still going on: the act is
// dated as the story reports it, not by that date, when the start is more
// than a year before the article ("an embargo since 1962").
TEST(EventDateTest, ASinceDateOfAnotherNounOrAnOldStartDatesNoAct) {
  auto ev = CodeText("Egypt condemned Israel, its first such statement since talks in Cairo in March.", "2005-11-16");
  EXPECT_EQ(DateOf(ev, "111"), "2005-11-16") << Dump(ev);
  ev = CodeText("Kenya and Uganda held talks on Monday, the first since a summit in Nairobi in June.", "2005-11-16");
  EXPECT_EQ(DateOf(ev, "046"), "2005-11-14") << Dump(ev);
  ev = CodeText("The United States has kept an embargo against Cuba since 1962.", "2006-12-02");
  EXPECT_EQ(DateOf(ev, "1244"), "2006-12-02") << Dump(ev);
  ev = CodeText("Rebels have held the two soldiers hostage since June 2004.", "2006-11-11");
  EXPECT_EQ(DateOf(ev, "181"), "2006-11-11") << Dump(ev);
  // A recent date after a noun of its own ("their capture"): that noun's date.
  ev = CodeText("Rebels have held the two soldiers hostage since their capture in June.", "2006-11-11");
  EXPECT_EQ(DateOf(ev, "181"), "2006-11-11") << Dump(ev);
  ev = CodeText("Estados Unidos mantiene un embargo contra Cuba desde 1962.", "2006-12-02", "es");
  EXPECT_EQ(DateOf(ev, "163"), "2006-12-02") << Dump(ev);
  ev = CodeText("Chile protestó ante España, su primera protesta desde la cumbre de Madrid en marzo.", "2006-11-11", "es");
  EXPECT_EQ(DateOf(ev, "114"), "2006-11-11") << Dump(ev);
}

// Negatives: a start within the year before the article stays the act's
// date ("since June", "desde junio"); so does a "since" that opens a clause
// of its own verb ("since Britain last month expelled ...").
TEST(EventDateTest, ARecentSinceDateOrASinceClauseStillDatesTheAct) {
  auto ev = CodeText("Rebels have held the two soldiers hostage since June.", "2006-11-11");
  EXPECT_EQ(DateOf(ev, "181"), "2006-06") << Dump(ev);
  // Only span words between "since" and a recent date: still the act's.
  ev = CodeText("Rebels have held the two soldiers hostage since the end of June.", "2006-11-11");
  EXPECT_EQ(DateOf(ev, "181"), "2006-06") << Dump(ev);
  ev = CodeText("Since Britain last month expelled four Russian diplomats, Moscow has stayed silent.", "2007-08-11");
  EXPECT_EQ(DateOf(ev, "161"), "2007-07") << Dump(ev);
  ev = CodeText("Estados Unidos mantiene un embargo contra Cuba desde junio.", "2006-12-02", "es");
  EXPECT_EQ(DateOf(ev, "163"), "2006-06") << Dump(ev);
}

// The rule that dated the first event coded `code`, from its evidence, or "none".
std::string DateRuleOf(const std::vector<EventRecord>& ev, const std::string& code) {
  const EventRecord* e = FirstCoded(ev, code);
  if (!e) return "none";
  return nlohmann::json::parse(e->evidence).value("date_rule", "none");
}

// An act told as before the story keeps the publication day as its latest
// date, and the evidence says the day is a bound (PublicationBoundReason).
TEST(EventDateTest, APastPerfectActIsOnOrBeforePublication) {
  auto ev = CodeText("Police had detained three opposition activists, a spokesman said.", "2008-03-04");
  EXPECT_EQ(DateOf(ev, "173"), "2008-03-04") << Dump(ev);
  EXPECT_EQ(DateRuleOf(ev, "173"), "publication date or before (past perfect)") << Dump(ev);
  ev = CodeText("La policía había detenido a tres activistas de la oposición.", "2008-03-04", "es");
  EXPECT_EQ(DateRuleOf(ev, "173"), "publication date or before (past perfect)") << Dump(ev);
  ev = CodeText("Earlier, Kenyan police arrested two journalists in Nairobi.", "2008-03-04");
  EXPECT_EQ(DateRuleOf(ev, "173"), "publication date or before (told as earlier)") << Dump(ev);
}

// Not a bound: a plain past act (its day is the story's, as far as the
// text says), an act with a date of its own, and "earlier" as an adjective.
TEST(EventDateTest, APlainPastActOrItsOwnDateIsNoBound) {
  auto ev = CodeText("Police detained three opposition activists.", "2008-03-04");
  EXPECT_EQ(DateRuleOf(ev, "173"), "publication date") << Dump(ev);
  ev = CodeText("Police had detained three activists on Monday.", "2008-03-04");
  EXPECT_EQ(DateOf(ev, "173"), "2008-03-03") << Dump(ev);
  EXPECT_EQ(DateRuleOf(ev, "173"), "weekday") << Dump(ev);
  ev = CodeText("Earlier protests angered the Kenyan government, which arrested two journalists.", "2008-03-04");
  EXPECT_EQ(DateRuleOf(ev, "173"), "publication date") << Dump(ev);
}

}  // namespace
}  // namespace dyad
