// Stop 29 (h-time2): a date that does not write its year (or week) is read
// by the tense of its clause (time/time_tagger.cc, ReadByTense): a future
// clause takes the next such day on or after the publication date, a past
// clause the last one, a clause with no verb (a headline) or in the
// present keeps the finder's reading. The whole pipeline, English and
// Spanish, on sentences written for this test.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "engine/runner.h"
#include "model/doc.h"
#include "testing/default_engine.h"

namespace dyad {
namespace {

// Codes `text` into `doc` and `out` with the default engine. (No article
// id: assigning one, as testing::CodeText does, trips a GCC 12 -Wrestrict
// false alarm when inlined here.)
void Run(const std::string& text, const std::string& published, const std::string& lang, Doc* doc,
         CodedArticle* out) {
  Article a;
  a.text = text;
  a.lang = lang;
  if (auto d = Date::Parse(published)) a.published = *d;
  CodeArticle(testing::DefaultEngine(), *doc, std::move(a), false, out);
}

std::vector<EventRecord> Code(const std::string& text, const std::string& published, const std::string& lang = "en") {
  Doc doc;
  CodedArticle out;
  Run(text, published, lang, &doc, &out);
  return out.events;
}

// The value of the first time expression whose words are `words`, or "".
std::string TimeOf(const std::string& text, const std::string& published, const std::string& words,
                   const std::string& lang = "en") {
  Doc doc;
  CodedArticle out;
  Run(text, published, lang, &doc, &out);
  // (The run leaves the text with the record: the spans index `text`,
  // which the normaliser leaves as it is in these sentences.)
  for (const TimeExpr& te : doc.times)
    if (te.span.end <= text.size() && std::string_view(text).substr(te.span.begin, te.span.size()) == words) return te.value.str();
  return "";
}

// The date of the first event coded `code`, or "".
std::string EventDateOf(const std::vector<EventRecord>& events, const std::string& code) {
  for (const EventRecord& e : events)
    if (e.code == code) return e.date;
  return "";
}

// A future verb further back than the finder's few words of look-back.
TEST(FutureDatesTest, FutureClauseReadsAYearlessDayForward) {
  EXPECT_EQ(TimeOf("The trade ministers of the five Andean states will gather in the Peruvian capital on April 24.",
                   "2003-03-02", "April 24"),
            "2003-04-24");
  EXPECT_EQ(TimeOf("La comisión de los cinco países andinos se reunirá en la capital de Perú y en Quito el 24 de abril.",
                   "2003-03-02", "24 de abril", "es"),
            "2003-04-24");
}

// Across the year's end: a December article's future "15 January".
TEST(FutureDatesTest, FutureClauseCrossesTheYearBoundary) {
  EXPECT_EQ(TimeOf("The Ghanaian president will open the new parliament building in Accra on 15 January.", "2011-12-20",
                   "15 January"),
            "2012-01-15");
  EXPECT_EQ(TimeOf("El presidente de Uruguay inaugurará el nuevo puerto de Montevideo el 15 de enero.", "2011-12-20",
                   "15 de enero", "es"),
            "2012-01-15");
  // "va a" + infinitive, and a conditional in reported speech.
  EXPECT_EQ(TimeOf("El ministro de Chile va a firmar el acuerdo con sus colegas de la región el 15 de enero.",
                   "2011-12-20", "15 de enero", "es"),
            "2012-01-15");
  EXPECT_EQ(TimeOf("El canciller dijo que viajaría a Lima y a La Paz con una delegación el 15 de enero.", "2011-12-20",
                   "15 de enero", "es"),
            "2012-01-15");
}

// A plan's words in a present verb group, a date opening the sentence, and
// "próximo" right before the day however far off it is.
TEST(FutureDatesTest, PlansOpeningDatesAndNextReadForward) {
  EXPECT_EQ(TimeOf("The Kenyan foreign minister is scheduled to travel to Kampala and Kigali on 15 January.",
                   "2011-12-20", "15 January"),
            "2012-01-15");
  EXPECT_EQ(TimeOf("On 15 January, the Kenyan foreign minister will travel to Kampala.", "2011-12-20", "15 January"),
            "2012-01-15");
  EXPECT_EQ(TimeOf("El ministro habló del viaje que hará a Quito el próximo 24 de abril.", "2011-09-20", "24 de abril",
                   "es"),
            "2012-04-24");
  // A weekday: the coming one.
  EXPECT_EQ(TimeOf("The foreign ministers of Chile and Peru will meet their counterparts in Lima on Friday.",
                   "2011-12-20", "Friday"),
            "2011-12-23");
}

// Negative: a past clause keeps last year's day; a headline with no verb
// and a present clause keep the finder's reading (the latest such day).
TEST(FutureDatesTest, PastPresentAndVerblessKeepTheLatestDay) {
  EXPECT_EQ(TimeOf("The Ghanaian president opened the new parliament building in Accra on 15 January.", "2011-12-20",
                   "15 January"),
            "2011-01-15");
  EXPECT_EQ(TimeOf("El presidente de Uruguay inauguró el nuevo puerto de Montevideo el 15 de enero.", "2011-12-20",
                   "15 de enero", "es"),
            "2011-01-15");
  // (A day more than three months ahead: nearer, the finder reads it as
  // the coming one, kAheadByNearness, and a verbless or present clause
  // keeps that: stop 35.)
  EXPECT_EQ(TimeOf("Summit of Andean trade ministers in Lima on 15 June", "2011-12-20", "15 June"), "2011-06-15");
  EXPECT_EQ(TimeOf("The Kenyan opposition remembers the killings of its supporters on 15 June.", "2011-12-20",
                   "15 June"),
            "2011-06-15");
  EXPECT_EQ(TimeOf("Summit of Andean trade ministers in Lima on 15 January", "2011-12-20", "15 January"), "2012-01-15");
  // A participle after a noun tells a past act even under a future verb.
  EXPECT_EQ(TimeOf("The new accord will replace the accord signed in Lima on 15 January.", "2011-12-20", "15 January"),
            "2011-01-15");
  // The finder's "will" is read back when the clause of the day is past.
  EXPECT_EQ(TimeOf("The envoy will say the talks ended on April 24.", "2011-03-20", "April 24"), "2010-04-24");
  // A plan's word is never read back.
  EXPECT_EQ(TimeOf("The vote was scheduled for April 24.", "2011-03-20", "April 24"), "2011-04-24");
}

// A date naming a noun's time after "del"/"of" under a future verb takes
// the reading nearer the publication date: the act of the noun may be
// either side of the verb's.
TEST(FutureDatesTest, ANounsDateUnderAFutureVerbTakesTheNearerReading) {
  EXPECT_EQ(TimeOf("Los mineros de Oruro marcharán durante los actos de la celebración del 1 de mayo.", "2011-04-26",
                   "1 de mayo", "es"),
            "2011-05-01");
  EXPECT_EQ(TimeOf("El primer ministro se entrevistará con el presidente tras las elecciones del 25 de enero.",
                   "2011-03-01", "25 de enero", "es"),
            "2011-01-25");
}

// "would have" + participle is a past act; "would have" + a noun is not.
// A dateline's place before a date opening the sentence lets the story's
// verb read it; a verb after a relative clause's word does not.
TEST(FutureDatesTest, WouldHaveDatelinesAndRelativeClauses) {
  EXPECT_EQ(TimeOf("The Spanish king would have an audience with the pope in Rome on June 6.", "2011-03-04", "June 6"),
            "2011-06-06");
  EXPECT_EQ(TimeOf("The Spanish king would have met the pope on June 6.", "2011-03-04", "June 6"), "2010-06-06");
  EXPECT_EQ(TimeOf("LIMA, March 5 - The trade ministers of four Andean states will meet here next week.", "2011-03-04",
                   "March 5"),
            "2011-03-05");
  EXPECT_EQ(TimeOf("El lunes, en la misa de la asamblea que se celebrará en San Isidro, el obispo pidió paz a los fieles.",
                   "2011-03-02", "lunes", "es"),
            "2011-02-28");
}

// Stop 35 (h-time9): more future clauses read from the tags. The plan's
// word as the finite verb ("plans to", "intends to"), "is to" + an
// infinitive, and the present progressive with only a place between the
// verb and the date ("is leaving for Nairobi on Thursday"); after a common
// noun the progressive's date may be the noun's, and "was to" is a past's
// plan: both keep the past reading. (Saturday 2025-09-27: the coming
// Thursday is 2025-10-02, the last one 2025-09-25.)
TEST(FutureDatesTest, PlansArrangementsAndTheProgressive) {
  EXPECT_EQ(TimeOf("The foreign minister is to leave for Nairobi on Thursday.", "2025-09-27", "Thursday"), "2025-10-02");
  EXPECT_EQ(TimeOf("The minister intends to sign the accord with the neighbouring states on Thursday.", "2025-09-27",
                   "Thursday"),
            "2025-10-02");
  EXPECT_EQ(TimeOf("The minister plans to visit the new embassy buildings in Nairobi on Thursday.", "2025-09-27",
                   "Thursday"),
            "2025-10-02");
  EXPECT_EQ(TimeOf("The foreign minister is leaving for Nairobi on Thursday.", "2025-09-27", "Thursday"), "2025-10-02");
  EXPECT_EQ(TimeOf("Police are investigating the attack on Thursday.", "2025-09-27", "Thursday"), "2025-09-25");
  EXPECT_EQ(TimeOf("The foreign minister was to leave for Nairobi on Thursday.", "2025-09-27", "Thursday"),
            "2025-09-25");
}

// A day just ahead of the publication date, which the finder reads as the
// coming one (kAheadByNearness), is read back in a past clause further
// back than the finder's look-back, and kept in a present one.
TEST(FutureDatesTest, ANearDayIsReadBackInAPastClause) {
  EXPECT_EQ(TimeOf("The new tariff on imported steel from the neighbouring states takes effect Oct. 13.",
                   "2025-09-27", "Oct. 13"),
            "2025-10-13");
  EXPECT_EQ(TimeOf("The cabinet of the small coastal republic in the north of the region approved the tariff on Oct. 13.",
                   "2025-09-27", "Oct. 13"),
            "2024-10-13");
  // Not when the past verb governs the date through "to": the date is the
  // later act's that the past verb arranged.
  EXPECT_EQ(TimeOf("The prime minister asked the trade envoys of the four coastal states to a signing in the old "
                   "harbour city on Oct. 13.",
                   "2025-09-27", "Oct. 13"),
            "2025-10-13");
}

// A participle of plan after a noun tells neither a past nor a future
// act: the finder's reading stands. A date before "'s" names its noun's
// time, and under a future verb takes the nearer reading, as after "of".
TEST(FutureDatesTest, PlanParticiplesAndPossessiveDates) {
  EXPECT_EQ(TimeOf("Ministers discussed the agenda of a summit set for the capital of the republic in October.",
                   "2025-09-27", "October"),
            "2025-10");
  EXPECT_EQ(TimeOf("A protest march planned by the families of the victims for Saturday was called off.",
                   "2025-09-28", "Saturday"),
            "2025-09-27");
  EXPECT_EQ(TimeOf("The lawyers of the family said they would look for a way to get the courts to overturn Wednesday's verdict.",
                   "2025-09-26", "Wednesday"),
            "2025-09-24");
}

// The event of a future clause takes the future day (as a future within
// the finder's look-back always did), and the sentence's date stays the
// publication date, so a person's dated office is read on that day.
TEST(FutureDatesTest, EventsOfAFutureClauseTakeTheDay) {
  auto ev = Code("Russia will meet with China in Beijing to discuss the border dispute on 15 January.",
                              "2011-12-20");
  EXPECT_EQ(EventDateOf(ev, "040"), "2012-01-15") << testing::Dump(ev);
  // Spanish futures are announced intentions (036), dated as before by
  // their clause's day.
  ev = Code("Rusia se reunirá con China en Pekín para discutir la disputa fronteriza el 15 de enero.",
                         "2011-12-20", "es");
  EXPECT_EQ(EventDateOf(ev, "036"), "2012-01-15") << testing::Dump(ev);
  ev = Code("Rusia se reunió con China en Pekín para discutir la disputa fronteriza el 15 de enero.",
                         "2011-12-20", "es");
  EXPECT_EQ(EventDateOf(ev, "040"), "2011-01-15") << testing::Dump(ev);
}

// Stop 35 (h-time10): a bare weekday in a clause whose verb is a lexical
// verb in the present simple is a scheduled act, the coming day (news
// writes "meet Monday" for a plan and "met Monday" for the past). Not in a
// headline (whose present tells the past), nor with a verb of saying, an
// auxiliary, or a noun's day.
TEST(FutureDatesTest, APresentSimpleWeekdayIsTheComingOne) {
  // Saturday 2025-09-27.
  EXPECT_EQ(TimeOf("The two foreign ministers meet in Oslo on Monday.", "2025-09-27", "Monday"), "2025-09-29");
  EXPECT_EQ(TimeOf("The envoy travels to Kabul on Thursday.", "2025-09-27", "Thursday"), "2025-10-02");
  EXPECT_EQ(TimeOf("El canciller viaja a Lima el martes.", "2025-09-27", "martes", "es"), "2025-09-30");
  // The past and the verbs that keep the last one.
  EXPECT_EQ(TimeOf("The two foreign ministers met in Oslo on Monday.", "2025-09-27", "Monday"), "2025-09-22");
  EXPECT_EQ(TimeOf("The ministry says the border closed on Monday.", "2025-09-27", "Monday"), "2025-09-22");
  EXPECT_EQ(TimeOf("The ministry is angry about the raid on Monday.", "2025-09-27", "Monday"), "2025-09-22");
  // A noun between the verb and the day: the day may be the noun's.
  EXPECT_EQ(TimeOf("The opposition condemns the raid on Monday.", "2025-09-27", "Monday"), "2025-09-22");
  EXPECT_EQ(TimeOf("Acme Corp.'s announcement Friday of a loss surprised the market.", "2025-09-27", "Friday"),
            "2025-09-26");
}

// Stop 35 (h-time10): a wire dateline one or two days off the publication
// stamp ("OSLO, Sept 28 (Reuters) -" on a story stamped the 27th in another
// time zone) is the writer's day: "yesterday" counts from it and undated
// sentences take it. A dateline further off, or none, leaves the stamp.
TEST(FutureDatesTest, ADatelineNearThePublicationDayIsTheAnchor) {
  const std::string text = "OSLO, Sept 28 (Reuters) - The Norwegian foreign minister met his Swedish counterpart yesterday.";
  EXPECT_EQ(TimeOf(text, "2025-09-27", "yesterday"), "2025-09-27");
  EXPECT_EQ(TimeOf(text, "2025-09-28", "yesterday"), "2025-09-27");
  EXPECT_EQ(TimeOf("OSLO, Sept 20 (Reuters) - The Norwegian foreign minister met his Swedish counterpart yesterday.",
                   "2025-09-27", "yesterday"),
            "2025-09-26");
  auto ev = Code("OSLO, Sept 28 (Reuters) - Norway condemned Sweden over the fishing dispute.", "2025-09-27");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].date, "2025-09-28") << testing::Dump(ev);
  // A noun event dated by the dateline's day is reported, not announced.
  ev = Code("OSLO, Sept 28 (Reuters) - Norway's talks with Sweden on the fishing quotas were frank, a Norwegian "
            "official said.",
            "2025-09-27");
  EXPECT_EQ(EventDateOf(ev, "040"), "2025-09-28") << testing::Dump(ev);
  ev = Code("BOGOTA, 26 sep (EFE).- Colombia condenó a Venezuela por el ataque en la frontera.", "2025-09-27", "es");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].date, "2025-09-26") << testing::Dump(ev);
}

}  // namespace
}  // namespace dyad
