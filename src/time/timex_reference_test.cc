// Stop 34 (h-time8): expressions that count from another time than the
// publication date ("a year earlier", "that day", "the following year",
// "dos días después"), clock times, holidays and parts of periods. The
// sentences are our own.
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "testing/simple_tokens.h"
#include "time/time_tagger.h"
#include "time/timex.h"

namespace dyad {
namespace {

// Saturday.
const Date kSat = Date::Day(2025, 9, 27);

// The matches of each sentence in turn, re-resolved against the reference
// time as the time stage and the suite evaluator do; "text=timex3" each.
std::vector<std::string> Resolve(const std::vector<std::string_view>& sentences, bool resolve = true,
                             std::vector<TimexMatch>* all = nullptr) {
  std::vector<TimexMatch> found;
  std::vector<std::string> out;
  TimexReference ref;
  for (std::string_view s : sentences) {
    const size_t before = found.size();
    FindTimexes(s, 0, kSat, &found);
    if (resolve) ResolveReferences(&found, before, &ref);
    ref.NextSentence();
    for (size_t k = before; k < found.size(); ++k)
      out.push_back(std::string(s.substr(found[k].span.begin, found[k].span.size())) + "=" + found[k].timex3);
  }
  if (all) *all = found;
  return out;
}

using V = std::vector<std::string>;

TEST(TimexReference, CountedDistanceFromTheLastDate) {
  EXPECT_EQ(Resolve({"Rebels seized the town on March 3.", "Two days later, the army took it back."}),
            (V{"March 3=2025-03-03", "Two days later=2025-03-05"}));
  EXPECT_EQ(Resolve({"The ministers met on June 10, 2024.", "A week earlier, the envoys had agreed."}),
            (V{"June 10, 2024=2024-06-10", "A week earlier=2024-06-03"}));
  // Without a reference: an earlier time counts from the publication date
  // (as "a year ago"), a later one has no value.
  std::vector<TimexMatch> m;
  EXPECT_EQ(Resolve({"A year earlier, the envoys had agreed.", "Two days later, the army left."}, true, &m),
            (V{"A year earlier=2024", "Two days later=XXXX-XX-XX"}));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].value, Date::Year(2024));
  EXPECT_FALSE(m[1].value.valid());
  EXPECT_EQ(m[1].kind, TimeKind::kOther);
  // The finder alone (no ResolveReferences) leaves the fallback.
  EXPECT_EQ(Resolve({"Rebels seized the town on March 3.", "Two days later, the army took it back."}, false),
            (V{"March 3=2025-03-03", "Two days later=XXXX-XX-XX"}));
}

TEST(TimexReference, NamedUnitsOfTheReference) {
  EXPECT_EQ(Resolve({"The ceasefire began on Aug. 4.", "Earlier that day, shelling hit the port."}),
            (V{"Aug. 4=2025-08-04", "Earlier that day=2025-08-04"}));
  EXPECT_EQ(Resolve({"Ruritania joined the pact in 1995.", "The following year it left."}),
            (V{"1995=1995", "The following year=1996"}));
  EXPECT_EQ(Resolve({"Ruritania joined the pact on May 2, 1995, and left that same year."}),
            (V{"May 2, 1995=1995-05-02", "that same year=1995"}));
  EXPECT_EQ(Resolve({"The vote took place on Sunday.", "Police had arrested ten people the day before."}),
            (V{"Sunday=2025-09-21", "the day before=2025-09-20"}));
  EXPECT_EQ(Resolve({"The vote took place on Sunday.", "The results came the next morning."}),
            (V{"Sunday=2025-09-21", "the next morning=2025-09-22"}));
  EXPECT_EQ(Resolve({"The strike began on Sunday.", "It had been called the previous day."}),
            (V{"Sunday=2025-09-21", "the previous day=2025-09-20"}));
  EXPECT_EQ(Resolve({"The strike began on Sunday.", "Talks resumed on the same day."}),
            (V{"Sunday=2025-09-21", "the same day=2025-09-21"}));
  // "the day before the vote" counts from the vote (DateShifter's), not from a date.
  EXPECT_EQ(Resolve({"The vote took place on Sunday.", "Police arrested ten people the day before the vote."}),
            (V{"Sunday=2025-09-21"}));
  // "last year" still counts from the publication date.
  EXPECT_EQ(Resolve({"Ruritania joined the pact in 1995.", "Last year it left."}), (V{"1995=1995", "Last year=2024"}));
}

TEST(TimexReference, OnlyARecentAndFineEnoughReference) {
  // Two sentences back: too far; the fallback stands.
  EXPECT_EQ(Resolve({"The ceasefire began on Aug. 4.", "It did not hold.", "Shelling hit the port that day."}),
            (V{"Aug. 4=2025-08-04", "that day=XXXX-XX-XX"}));
  // A month names no day to count a day from.
  EXPECT_EQ(Resolve({"The ceasefire began in March.", "The next day, shelling hit the port."}),
            (V{"March=2025-03", "The next day=XXXX-XX-XX"}));
}

TEST(TimexReference, SamePeriodAYearBefore) {
  // A quarter makes "year-ago", "a year ago", "a year earlier" finer; their
  // value stays the year.
  std::vector<TimexMatch> m;
  EXPECT_EQ(Resolve({"Net income rose 5% in the third quarter from the year-ago quarter.",
                 "Sales were $3 million, up from $2 million a year ago and $1 million a year earlier."},
                true, &m),
            (V{"the third quarter=2025-Q3", "the year-ago quarter=2024-Q3", "a year ago=2024-Q3",
               "a year earlier=2024-Q3"}));
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[2].value, Date::Year(2024));
  // "year-ago" after a date of another year keeps the publication's year less one.
  EXPECT_EQ(Resolve({"In 2019 the plant closed; profit fell from year-ago levels."}),
            (V{"2019=2019", "year-ago=2024"}));
}

TEST(TimexReference, ClockTimes) {
  std::vector<TimexMatch> m;
  EXPECT_EQ(Resolve({"Fighting resumed on Friday.", "The first shell fell at 10:35 a.m. near the market."}, true, &m),
            (V{"Friday=2025-09-26", "10:35 a.m=2025-09-26T10:35"}));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].clock, 1035);
  // The day is in the TIMEX3 only: a clock time dates nothing.
  EXPECT_FALSE(m[1].value.valid());
  EXPECT_EQ(m[1].kind, TimeKind::kOther);
  // (Tuesday the 30th: "expires" puts it ahead.)
  EXPECT_EQ(Resolve({"The deadline expires at 9 p.m. Tuesday."}),
            (V{"9 p.m=2025-09-30T21:00", "Tuesday=2025-09-30"}));
  EXPECT_EQ(Resolve({"The first shell fell at 10:35 a.m. on Friday."}),
            (V{"10:35 a.m=2025-09-26T10:35", "Friday=2025-09-26"}));
  EXPECT_EQ(Resolve({"Polls close at 18:00 GMT."}), (V{"18:00 GMT=2025-09-27T18:00"}));
  // No reference: no value, the anchor's day in TIMEX3.
  EXPECT_EQ(Resolve({"The curfew starts at 6 a.m."}, true, &m), (V{"6 a.m=2025-09-27T06:00"}));
  EXPECT_FALSE(m[0].value.valid());
  // Scores and ratios are no clock times.
  EXPECT_EQ(Resolve({"The home side won 3:15 in the final."}), V{});
  EXPECT_EQ(Resolve({"Los soldados llegaron a las 10 de la mañana.", "Partieron a las 8 de la noche.",
                 "La votación cerró a las 18:30 horas."}),
            (V{"10 de la mañana=2025-09-27T10:00", "8 de la noche=2025-09-27T20:00", "18:30 horas=2025-09-27T18:30"}));
}

TEST(TimexReference, Holidays) {
  EXPECT_EQ(Resolve({"The truce was signed on Christmas Day."}), (V{"Christmas Day=2024-12-25"}));
  EXPECT_EQ(Resolve({"Troops came home for Thanksgiving."}), (V{"Thanksgiving=2024-11-28"}));
  EXPECT_EQ(Resolve({"The prisoners were freed on New Year's Day."}), (V{"New Year's Day=2025-01-01"}));
  EXPECT_EQ(Resolve({"Pilgrims gathered at Easter."}), (V{"Easter=2025-04-20"}));
  EXPECT_EQ(Resolve({"The envoy will return for Christmas."}), (V{"Christmas=2025-12-25"}));
  EXPECT_EQ(Resolve({"The rebels last attacked the town last Christmas."}), (V{"last Christmas=2024-12-25"}));
  EXPECT_EQ(Resolve({"The town was quiet at Christmas 2019."}), (V{"Christmas 2019=2019-12-25"}));
  EXPECT_EQ(Resolve({"Bombs hit churches on Christmas Eve in 2000."}), (V{"Christmas Eve in 2000=2000-12-24"}));
  // A holiday's name before a noun, or with no preposition of time, names no day.
  EXPECT_EQ(Resolve({"The queen delivered her annual Christmas message."}), V{});
  EXPECT_EQ(Resolve({"Schools banned Christmas cards."}), V{});
  EXPECT_EQ(Resolve({"Shoppers came back for Christmas shopping."}), V{});
  EXPECT_EQ(Resolve({"Los presos fueron liberados en Navidad."}), (V{"Navidad=2024-12-25"}));
  EXPECT_EQ(Resolve({"La tregua empezó el día de Año Nuevo."}), (V{"Año Nuevo=2025-01-01"}));
  // Places and lower-case words are not holidays.
  EXPECT_EQ(Resolve({"The ship sailed to Christmas Island."}), V{});
}

TEST(TimexReference, PartsOfPeriods) {
  EXPECT_EQ(Resolve({"Troops will leave by the end of the month."}), (V{"the end of the month=2025-09"}));
  EXPECT_EQ(Resolve({"The deal should close by year-end."}), (V{"year-end=2025"}));
  EXPECT_EQ(Resolve({"Kidnappings have risen in recent years."}), (V{"recent years=PAST_REF"}));
  EXPECT_EQ(Resolve({"It was the worst war of the 20th century."}), (V{"20th century=19"}));
  EXPECT_EQ(Resolve({"Fue la peor guerra del siglo XX."}), (V{"siglo XX=19"}));
  EXPECT_EQ(Resolve({"Profit fell in the first half of 2024."}), (V{"the first half of 2024=2024-H1"}));
  EXPECT_EQ(Resolve({"Sales slowed in the last half of 1989."}), (V{"the last half of 1989=1989-H2"}));
  // A month's half, and "last/half" in a trading code, are no half-years.
  EXPECT_EQ(Resolve({"They met in the second half of May."}), (V{"May=2025-05"}));
  EXPECT_EQ(Resolve({"Cargoes for last/half April shipment were sold."}), (V{"April=2025-04"}));
}

TEST(TimexReference, Spanish) {
  EXPECT_EQ(Resolve({"Los rebeldes tomaron la ciudad el 3 de marzo.", "Dos días después, el ejército la recuperó."}),
            (V{"3 de marzo=2025-03-03", "Dos días después=2025-03-05"}));
  EXPECT_EQ(Resolve({"Los rebeldes tomaron la ciudad el 3 de marzo.", "Un año antes habían perdido el puerto."}),
            (V{"3 de marzo=2025-03-03", "Un año antes=2024-03-03"}));
  EXPECT_EQ(Resolve({"Los rebeldes tomaron la ciudad el 3 de marzo.", "El día anterior hubo combates."}),
            (V{"3 de marzo=2025-03-03", "El día anterior=2025-03-02"}));
  EXPECT_EQ(Resolve({"Los rebeldes tomaron la ciudad el 3 de marzo.", "Al día siguiente huyeron."}),
            (V{"3 de marzo=2025-03-03", "Al día siguiente=2025-03-04"}));
  EXPECT_EQ(Resolve({"Los rebeldes tomaron la ciudad el 3 de marzo.", "Ese mismo día cayó el puerto."}),
            (V{"3 de marzo=2025-03-03", "Ese mismo día=2025-03-03"}));
  // Months from a day: the month, not an invented day.
  EXPECT_EQ(Resolve({"Los rebeldes tomaron la ciudad el 3 de marzo.", "Siete meses más tarde cayó el puerto."}),
            (V{"3 de marzo=2025-03-03", "Siete meses más tarde=2025-10"}));
  EXPECT_EQ(Resolve({"Los rebeldes tomaron la ciudad el 3 de marzo.", "Tres días más tarde cayó el puerto."}),
            (V{"3 de marzo=2025-03-03", "Tres días más tarde=2025-03-06"}));
  // "dos días después de la votación": a distance from an act (DateShifter's).
  EXPECT_EQ(Resolve({"Los rebeldes tomaron la ciudad el 3 de marzo.", "Dos días después de la votación huyeron."}),
            (V{"3 de marzo=2025-03-03", "Dos días=P2D"}));
  // "el año pasado" still counts from the publication date.
  EXPECT_EQ(Resolve({"Los rebeldes tomaron la ciudad el 3 de marzo.", "El año pasado perdieron el puerto."}),
            (V{"3 de marzo=2025-03-03", "El año pasado=2024"}));
}

// The time stage dates a sentence by the reference time of the sentence
// before (here, not the narrative chain: the second sentence has its own
// expression).
TEST(TimexReference, TimeTaggerDatesTheSentence) {
  Doc doc;
  testing::SimpleTokenize("Rebels seized the town on March 3.\nTwo days later the army took it back.", &doc);
  doc.article.published = kSat;
  TimeTagger().Run(doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[1].date, Date::Day(2025, 3, 5));
  ASSERT_NE(doc.sentences[1].time, kNone32);
  EXPECT_EQ(doc.times[doc.sentences[1].time].rule, "later_than_reference");
}

}  // namespace
}  // namespace dyad
