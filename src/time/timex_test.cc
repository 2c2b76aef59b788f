#include "time/timex.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "config/paths.h"
#include "time/decade.h"
#include "time/timex_eval.h"
#include "testing/simple_tokens.h"

namespace dyad {
namespace {

bool DigitInitial(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

// Saturday: the anchor of the user's first article.
const Date kSat = Date::Day(2025, 9, 27);

std::vector<TimexMatch> Find(std::string_view s, const Date& anchor = kSat) {
  std::vector<TimexMatch> out;
  FindTimexes(s, 0, anchor, &out);
  return out;
}

// "text of the first expression=value" or "" if none.
std::string First(std::string_view s, const Date& anchor = kSat) {
  auto v = Find(s, anchor);
  if (v.empty()) return "";
  return std::string(s.substr(v[0].span.begin, v[0].span.size())) + "=" + v[0].value.str();
}

TEST(Timex, WeekdayPrefersThePast) {
  EXPECT_EQ(First("The minister resigned on Friday after a week of protests."), "Friday=2025-09-26");
  EXPECT_EQ(First("Talks broke down on Monday."), "Monday=2025-09-22");
  // Same weekday as the anchor: the anchor day itself.
  EXPECT_EQ(First("Rebels attacked a base on Saturday."), "Saturday=2025-09-27");
  EXPECT_EQ(First("Rebels attacked a base on Sunday."), "Sunday=2025-09-21");
  auto v = Find("Troops left on Friday.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].kind, TimeKind::kWeekday);
  EXPECT_EQ(v[0].rule, "weekday");
}

TEST(Timex, WeekdayModifiersAndFuture) {
  EXPECT_EQ(First("The envoy arrived last Friday."), "last Friday=2025-09-26");
  EXPECT_EQ(First("The envoy arrived last Saturday."), "last Saturday=2025-09-20");
  EXPECT_EQ(First("The envoy arrives next Monday."), "next Monday=2025-09-29");
  // "this" is the anchor's ISO week (Monday 22 to Sunday 28).
  EXPECT_EQ(First("The envoy arrives this Sunday."), "this Sunday=2025-09-28");
  // A future cue just before a bare weekday points forward.
  EXPECT_EQ(First("The two leaders will meet on Tuesday."), "Tuesday=2025-09-30");
  // "said Friday that ... will" keeps the past: the cue comes after.
  EXPECT_EQ(First("The ministry said Friday it will review the deal."), "Friday=2025-09-26");
  // "by" is a deadline only right before the date, not a passive agent.
  EXPECT_EQ(First("The convoy was attacked by rebels on Friday."), "Friday=2025-09-26");
  EXPECT_EQ(First("Troops must withdraw by Friday."), "Friday=2025-10-03");
  EXPECT_EQ(First("Troops must withdraw by Tuesday."), "Tuesday=2025-09-30");
  // A future reading reaches about half a year ahead, no further.
  EXPECT_EQ(First("The treaty expires Sept. 6.", Date::Day(2026, 2, 6)), "Sept. 6=2025-09-06");
  EXPECT_EQ(First("The treaty expires March 6.", Date::Day(2026, 2, 6)), "March 6=2026-03-06");
  auto v = Find("Police fired tear gas on Monday night.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].value.str(), "2025-09-22");
  EXPECT_EQ(v[0].timex3, "2025-09-22");
  EXPECT_EQ(std::string_view("Police fired tear gas on Monday night.").substr(v[0].span.begin, v[0].span.size()),
            "Monday night");
}

// How the year of a date that does not write it was chosen, for the time
// tagger's reading by tense (TimexMatch::reading), and "next"/"próximo"
// right before a month-day: the next one however far ahead.
TEST(Timex, YearReadingAndNext) {
  auto reading = [](std::string_view s) {
    auto v = Find(s);
    return v.empty() ? YearReading::kFixed : v[0].reading;
  };
  EXPECT_EQ(reading("The two sides met on Sept. 12."), YearReading::kBack);
  EXPECT_EQ(reading("The two sides will meet on Oct. 12."), YearReading::kAheadByVerb);
  EXPECT_EQ(reading("El ministro viajará a Lima el 12 de octubre."), YearReading::kAheadByVerb);
  EXPECT_EQ(reading("The vote is scheduled for Oct. 12."), YearReading::kAheadByPlan);
  EXPECT_EQ(reading("The two sides met on Sept. 12, 2024."), YearReading::kFixed);
  EXPECT_EQ(reading("The two sides met last Friday."), YearReading::kFixed);
  EXPECT_EQ(reading("The two sides met on Friday."), YearReading::kBack);
  // Seven months ahead: past a future verb's half year, not past "próximo".
  EXPECT_EQ(First("El ministro visitará Quito el 24 de abril."), "24 de abril=2025-04-24");
  EXPECT_EQ(First("El ministro habló de su viaje a Quito el próximo 24 de abril."), "24 de abril=2026-04-24");
  EXPECT_EQ(First("El ministro habló de su viaje a Quito del pasado 24 de abril."), "24 de abril=2025-04-24");
}

TEST(Timex, ExplicitDateWinsOverWeekday) {
  EXPECT_EQ(First("The sanctions announced on Friday, Sept. 26, hit exporters."), "Friday, Sept. 26=2025-09-26");
  auto v = Find("The sanctions announced on Friday, Sept. 26, hit exporters.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].kind, TimeKind::kDate);
  // Without a year the weekday picks it: 2026-09-26 is a Saturday, so a
  // Friday, Sept. 26 written in early 2026 is the past one.
  EXPECT_EQ(First("Talks open on Friday, Sept. 26.", Date::Day(2026, 1, 10)), "Friday, Sept. 26=2025-09-26");
  EXPECT_EQ(First("Talks open on Saturday, Sept. 26.", Date::Day(2026, 1, 10)), "Saturday, Sept. 26=2026-09-26");
}

TEST(Timex, MonthDayTakesTheLatestPastYear) {
  EXPECT_EQ(First("The council voted on Sept. 26."), "Sept. 26=2025-09-26");
  EXPECT_EQ(First("The council met on Oct. 3.", Date::Day(2025, 10, 5)), "Oct. 3=2025-10-03");
  // A date later in the year than the anchor is last year's.
  EXPECT_EQ(First("The council met on Oct. 3."), "Oct. 3=2024-10-03");
  EXPECT_EQ(First("The council met on December 12th."), "December 12th=2024-12-12");
  EXPECT_EQ(First("The council will meet on Oct. 3."), "Oct. 3=2025-10-03");
}

TEST(Timex, WrittenDatesWithYear) {
  EXPECT_EQ(First("The accord was signed September 26, 2025, in Havana."), "September 26, 2025=2025-09-26");
  EXPECT_EQ(First("The accord was signed 26 September 2025 in Havana."), "26 September 2025=2025-09-26");
  EXPECT_EQ(First("The accord was signed on 2025-09-26 in Havana."), "2025-09-26=2025-09-26");
  EXPECT_EQ(First("The accord was signed on 9/26/2025 in Havana."), "9/26/2025=2025-09-26");
  EXPECT_EQ(First("Elections are due in May 2026."), "May 2026=2026-05");
  EXPECT_EQ(First("The ban lasted until March 1999."), "March 1999=1999-03");
  // Absolute dates resolve without a publication date; relative ones do not.
  EXPECT_EQ(First("The accord was signed September 26, 2025.", Date{}), "September 26, 2025=2025-09-26");
  EXPECT_EQ(First("The accord was signed on Friday.", Date{}), "");
  EXPECT_EQ(First("The accord was signed in 2022.", Date{}), "2022=2022");
}

// The finder's words of an ASCII sentence (runs of letters and digits):
// [begin, end) byte pairs.
std::vector<std::pair<size_t, size_t>> AsciiWords(std::string_view s) {
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t i = 0; i < s.size();) {
    if (!std::isalnum(static_cast<unsigned char>(s[i]))) { ++i; continue; }
    size_t b = i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    words.emplace_back(b, i);
  }
  return words;
}

// Whether an ASCII word starts with a digit or is a time trigger word
// (lower-cased first): what the segmenter marks with kTimeCue.
bool IsTimeTrigger(std::string_view word, const std::vector<std::string_view>& triggers) {
  std::string low(word);
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (std::isdigit(static_cast<unsigned char>(low[0]))) return true;
  for (std::string_view t : triggers)
    if (low == t) return true;
  return false;
}

// timex.h's reach (kTimexLeadWords, kTimexLookBackWords): the finder's
// matches in a sentence are the same when it reads the sentence only from
// that many words before its first digit-initial or trigger word, which is
// what the time tagger does. Each sentence puts a rule at that reach: a
// count three words before its unit, a future cue six words before the
// word a rule starts at, a determiner or modifier read back from a year or
// a unit, a month that asks for the word before it.
TEST(Timex, SameMatchesFromTheReachBeforeTheFirstTrigger) {
  std::vector<std::string_view> triggers = TimeTriggerWords();
  // ASCII sentences only: the finder's words are then the runs of letters
  // and digits.
  auto from_reach = [&](std::string_view s) -> size_t {
    const auto words = AsciiWords(s);
    for (size_t k = 0; k < words.size(); ++k) {
      if (IsTimeTrigger(s.substr(words[k].first, words[k].second - words[k].first), triggers)) {
        const size_t reach = kTimexLeadWords + kTimexLookBackWords;
        return k >= reach ? words[k - reach].first : 0;
      }
    }
    return 0;
  };
  const char* sentences[] = {
      "Officials from both delegations said after their dinner that they expect the deal to close on Tuesday.",
      "The long and bitter quarrel between the two neighbouring nations over water ended a couple of weeks ago.",
      "Lawyers for the jailed opposition leader told the court that he would leave prison by Friday.",
      "Aid workers and doctors who treated the wounded civilians said the clashes were the worst since the early 1990s.",
      "Farmers who blocked the main roads into the capital for days said prices had doubled over the past two years.",
      "Unions representing dock and rail workers across the country said their strike would begin in May.",
      "Dock and rail workers across the whole country said that their strike began in the third quarter of 2024.",
      "Los representantes de los dos gobiernos vecinos firmaron el acuerdo de paz en la capital hace tres dias.",
      "Los ministros de los dos gobiernos vecinos se reunieron en la capital del pais la semana pasada.",
      "Observers from the regional bloc who watched the vote said the count would be published in 2026.",
  };
  for (std::string_view s : sentences) {
    const size_t b = from_reach(s);
    ASSERT_GT(b, 0u) << s;  // the sentence has words before the reach
    std::vector<TimexMatch> whole, part;
    FindTimexes(s, 0, kSat, &whole);
    FindTimexes(s.substr(b), static_cast<uint32_t>(b), kSat, &part);
    ASSERT_FALSE(whole.empty()) << s;
    ASSERT_EQ(whole.size(), part.size()) << s;
    for (size_t k = 0; k < whole.size(); ++k) {
      EXPECT_EQ(whole[k].span.begin, part[k].span.begin) << s;
      EXPECT_EQ(whole[k].span.end, part[k].span.end) << s;
      EXPECT_EQ(whole[k].value, part[k].value) << s;
      EXPECT_EQ(whole[k].rule, part[k].rule) << s;
      EXPECT_EQ(whole[k].timex3, part[k].timex3) << s;
    }
  }
}

// Every field of every match, one string, to compare two runs.
std::string Matches(std::string_view s, size_t end) {
  std::vector<TimexMatch> out;
  FindTimexes(s.substr(0, end), 0, kSat, &out);
  std::string r;
  for (const TimexMatch& m : out)
    r += std::to_string(m.span.begin) + "-" + std::to_string(m.span.end) + " " + m.value.str() + " " + std::string(m.rule) + " " +
         m.timex3 + "; ";
  return r;
}

// kTimexReadAheadWords (timex.h): a rule started at word i reads no word
// past i + kTimexReadAheadWords. Each sentence has a rule that reads
// `reach` words past the word it starts at, and would answer otherwise
// without the last of them: the sentence cut just before word i + reach +
// 1 gives the same matches as the whole one, cut one word sooner it does
// not. The farthest reach is the constant.
TEST(Timex, RulesReadAtMostTheReadAheadWords) {
  struct Case {
    const char* sentence;
    const char* start;  // the word the rule starts at (its first occurrence)
    size_t reach;
  };
  const Case cases[] = {
      // A year asks for the word after it: none, or a function word.
      {"The survey counted 2019 people in the north of the country.", "2019", 1},
      // A month, "of" and a year.
      {"The deal was struck in May of 2019 after long talks in the capital.", "May", 2},
      // A weekday and a written date.
      {"The talks ended on Friday, 26 September 2025, in a hotel by the lake.", "Friday", 3},
      // A count, its unit four words on, and "ago".
      {"The rebels left the town a couple of weeks ago, officials in the region said.", "a", 4},
      // A weekday and a Spanish written date.
      {"Las tropas salieron de la ciudad el viernes 26 de septiembre de 2025 y volvieron al cuartel.", "viernes", 5},
      // The farthest: a Spanish "finales de la" read on to a written date
      // (no Spanish anyone writes, but the rule reads that far).
      {"El plazo vence a finales de la 26 de septiembre de 2025 y no antes, dijo el ministro.", "finales", 7},
  };
  size_t farthest = 0;
  for (const Case& c : cases) {
    const std::string_view s = c.sentence;
    const auto words = AsciiWords(s);
    size_t at = 0;
    while (at < words.size() && s.substr(words[at].first, words[at].second - words[at].first) != c.start) ++at;
    ASSERT_LT(at + c.reach + 1, words.size()) << s;
    // The text up to the start of the word after the n'th past the start.
    auto cut = [&](size_t n) { return words[at + n + 1].first; };
    const std::string whole = Matches(s, s.size());
    EXPECT_EQ(Matches(s, cut(c.reach)), whole) << s;
    EXPECT_NE(Matches(s, cut(c.reach - 1)), whole) << s;
    EXPECT_LE(c.reach, kTimexReadAheadWords) << s;
    farthest = std::max(farthest, c.reach);
  }
  EXPECT_EQ(farthest, kTimexReadAheadWords);
}

// What the time tagger relies on (timex.h): the text up to the start of
// the (kTimexReadAheadWords + 1)th word after the last word that starts
// with a digit or is a trigger word gives the same matches. The rules at
// the end of these read past that word ("old", the word after a year,
// "of").
TEST(Timex, SameMatchesUpToTheReadAheadAfterTheLastTrigger) {
  const std::vector<std::string_view> triggers = TimeTriggerWords();
  const char* sentences[] = {
      "On Friday the girl, who is 12 years old according to her family, was freed by the kidnappers on the coast.",
      "In 2020 the survey counted 2019 people in the north of the country and then stopped for lack of money.",
      "Officials said on Friday that the two sides would meet again soon to discuss the release of prisoners.",
      "The treaty was signed in September of the same period by both of the governments in the region.",
      "Rebels attacked the base a couple of weeks ago and then withdrew into the hills near the border.",
      "Los ministros se reunieron el 26 de septiembre de la ciudad y no hablaron de nada con la prensa.",
  };
  for (std::string_view s : sentences) {
    const auto words = AsciiWords(s);
    size_t last = words.size();
    for (size_t k = 0; k < words.size(); ++k)
      if (IsTimeTrigger(s.substr(words[k].first, words[k].second - words[k].first), triggers)) last = k;
    ASSERT_LT(last, words.size()) << s;
    ASSERT_LT(last + kTimexReadAheadWords + 1, words.size()) << s;  // words past the end
    const size_t end = words[last + kTimexReadAheadWords + 1].first;
    EXPECT_FALSE(Matches(s, s.size()).empty()) << s;
    EXPECT_EQ(Matches(s, end), Matches(s, s.size())) << s;
  }
}

TEST(Timex, MonthAlone) {
  EXPECT_EQ(First("Prices rose in December."), "December=2024-12");
  EXPECT_EQ(First("Prices rose in September."), "September=2025-09");
  EXPECT_EQ(First("In mid-September, the court ruled."), "mid-September=2025-09");
  // The article writes a non-breaking hyphen (U+2011).
  EXPECT_EQ(First("In mid\u2011September, the court ruled."), "mid\u2011September=2025-09");
  EXPECT_EQ(First("The strike began in early September."), "early September=2025-09");
  EXPECT_EQ(First("The strike began in late August."), "late August=2025-08");
  EXPECT_EQ(First("The strike began last December."), "last December=2024-12");
  // "may" and "march" are verbs unless they look like months.
  EXPECT_EQ(First("Officials may march on the capital."), "");
  EXPECT_EQ(First("The protesters may March toward the palace."), "");
  EXPECT_EQ(First("The protest was held in May."), "May=2025-05");
}

TEST(Timex, DeicticAndPartOfDay) {
  EXPECT_EQ(First("Earlier today, the president spoke."), "Earlier today=2025-09-27");
  EXPECT_EQ(First("The president spoke today."), "today=2025-09-27");
  EXPECT_EQ(First("The president speaks tonight."), "tonight=2025-09-27");
  EXPECT_EQ(First("The president spoke yesterday."), "yesterday=2025-09-26");
  EXPECT_EQ(First("The president speaks tomorrow."), "tomorrow=2025-09-28");
  EXPECT_EQ(First("The president spoke this morning."), "this morning=2025-09-27");
  EXPECT_EQ(First("Shelling resumed last night."), "last night=2025-09-26");
}

TEST(Timex, RelativeUnits) {
  auto v = Find("Diplomats met last week.");
  ASSERT_EQ(v.size(), 1u);
  // A week is reported at month precision (the month of its Thursday).
  EXPECT_EQ(v[0].value, Date::Month(2025, 9));
  EXPECT_EQ(v[0].timex3, "2025-W38");
  EXPECT_EQ(v[0].kind, TimeKind::kRelative);
  EXPECT_EQ(Find("Diplomats met this week.")[0].timex3, "2025-W39");
  EXPECT_EQ(First("Diplomats met last month."), "last month=2025-08");
  EXPECT_EQ(First("Diplomats met this month."), "this month=2025-09");
  EXPECT_EQ(First("Diplomats met last year."), "last year=2024");
  EXPECT_EQ(First("Diplomats meet next year."), "next year=2026");
  EXPECT_EQ(First("Earlier this year, the deal collapsed."), "Earlier this year=2025");
  EXPECT_EQ(First("The deal collapsed earlier this month."), "earlier this month=2025-09");
  EXPECT_EQ(First("The deal collapsed early last year."), "early last year=2024");
  EXPECT_EQ(Find("Sales fell in the third quarter.")[0].timex3, "2025-Q3");
  EXPECT_EQ(Find("Sales fell in the third quarter.")[0].rule, "quarter");
}

TEST(Timex, Ago) {
  EXPECT_EQ(First("The mayor was kidnapped three days ago."), "three days ago=2025-09-24");
  EXPECT_EQ(First("The mayor was kidnapped two months ago."), "two months ago=2025-07");
  EXPECT_EQ(First("The mayor was kidnapped a year ago."), "a year ago=2024");
  EXPECT_EQ(First("The mayor was kidnapped 10 years ago."), "10 years ago=2015");
  EXPECT_EQ(Find("The mayor was kidnapped two weeks ago.")[0].timex3, "2025-W37");
}

TEST(Timex, YearsDecadesDurationsSets) {
  EXPECT_EQ(First("The alliance was formed in 2022."), "2022=2022");
  EXPECT_EQ(First("More than 2000 people marched."), "");
  EXPECT_EQ(First("A 2010 raid killed nine activists."), "2010=2010");
  EXPECT_EQ(Find("The 2009-2010 pandemic spread fast.").size(), 2u);
  EXPECT_EQ(First("Police detained 2000 protesters."), "");
  // Ages are not durations.
  EXPECT_TRUE(Find("A 6-year-old girl was hurt.").empty());
  EXPECT_TRUE(Find("The victim was 52 years old.").empty());
  EXPECT_EQ(First("The budget was $2025 per head."), "");
  auto d = Find("The rebels fought for three years.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].kind, TimeKind::kDuration);
  EXPECT_FALSE(d[0].value.valid());
  EXPECT_EQ(d[0].timex3, "P3Y");
  EXPECT_EQ(Find("The ceasefire held for two weeks.")[0].timex3, "P2W");
  EXPECT_EQ(Find("It was a three-year truce.")[0].timex3, "P3Y");
  auto s = Find("The envoys meet every Friday.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].kind, TimeKind::kSet);
  EXPECT_EQ(s[0].timex3, "XXXX-WXX-5");
  auto dec = Find("Violence peaked in the 1990s.");
  ASSERT_EQ(dec.size(), 1u);
  EXPECT_EQ(dec[0].kind, TimeKind::kOther);
  EXPECT_EQ(dec[0].timex3, "199");
  EXPECT_FALSE(dec[0].value.valid());
}

// Spanish decades: "los años ochenta", "los años 80", "la década de 1980",
// "la década de los setenta" are one "decade" match each, with no Date (as
// "the 1990s"); "los ochenta" alone is a count, and "la década de 1985" no
// decade (the year stays a year).
TEST(Timex, SpanishDecades) {
  struct Case {
    std::string_view text, phrase, timex3;
  };
  for (const Case& c : {Case{"La violencia creció en los años ochenta.", "los años ochenta", "198"},
                        Case{"La violencia creció durante los años 90.", "los años 90", "199"},
                        Case{"La violencia creció en la década de 1960.", "la década de 1960", "196"},
                        Case{"La violencia creció en la década de los setenta.", "la década de los setenta", "197"},
                        // A part of a decade is the decade, not a part of this year.
                        Case{"La violencia creció a principios de los años ochenta.", "los años ochenta", "198"},
                        Case{"La violencia creció a mediados de los años 90.", "los años 90", "199"}}) {
    auto v = Find(c.text);
    ASSERT_EQ(v.size(), 1u) << c.text;
    EXPECT_EQ(c.text.substr(v[0].span.begin, v[0].span.size()), c.phrase);
    EXPECT_EQ(v[0].rule, "decade");
    EXPECT_EQ(v[0].timex3, c.timex3);
    EXPECT_FALSE(v[0].value.valid());
  }
  EXPECT_TRUE(Find("Los ochenta detenidos protestaron.").empty());
  auto part = Find("La violencia creció a principios de año.");
  ASSERT_EQ(part.size(), 1u);
  EXPECT_EQ(part[0].rule, "part_of_this_year");
  auto y = Find("La violencia creció en la década de 1985.");
  ASSERT_FALSE(y.empty());
  EXPECT_NE(y[0].rule, "decade");
}

// DecadeStart reads a decade match's last word.
TEST(Timex, DecadeStart) {
  EXPECT_EQ(DecadeStart("1980s"), 1980);
  EXPECT_EQ(DecadeStart("ochenta"), 1980);
  EXPECT_EQ(DecadeStart("80"), 1980);
  EXPECT_EQ(DecadeStart("20"), 1920);
  EXPECT_EQ(DecadeStart("10"), 2010);
  EXPECT_EQ(DecadeStart("1960"), 1960);
  EXPECT_EQ(DecadeStart("1985"), 0);
  EXPECT_EQ(DecadeStart("85"), 0);
  EXPECT_EQ(DecadeStart("detenidos"), 0);
  EXPECT_EQ(DecadeStart("1990x"), 0);
}

TEST(Timex, Spanish) {
  EXPECT_EQ(First("El ministro renunció el viernes."), "viernes=2025-09-26");
  EXPECT_EQ(First("El ministro renunció ayer."), "ayer=2025-09-26");
  EXPECT_EQ(First("El ministro habla hoy."), "hoy=2025-09-27");
  EXPECT_EQ(First("El acuerdo se firmó el 26 de septiembre de 2025."), "26 de septiembre de 2025=2025-09-26");
  EXPECT_EQ(First("El acuerdo se firmó el 3 de octubre."), "3 de octubre=2024-10-03");
  EXPECT_EQ(First("Los diplomáticos se reunieron la semana pasada.")  , "la semana pasada=2025-09");
  EXPECT_EQ(First("Los diplomáticos se reunieron el año pasado."), "el año pasado=2024");
  EXPECT_EQ(First("A mediados de septiembre, el tribunal falló."), "mediados de septiembre=2025-09");
  EXPECT_EQ(First("La economía creció este año."), "este año=2025");
  EXPECT_EQ(First("El secuestro ocurrió hace tres días."), "hace tres días=2025-09-24");
  EXPECT_EQ(First("El ministro viajará el martes."), "martes=2025-09-30");
  EXPECT_EQ(First("La alianza se formó en 2022."), "2022=2022");
  EXPECT_EQ(Find("Los enviados se reúnen cada viernes.")[0].kind, TimeKind::kSet);
  EXPECT_EQ(Find("Las patrullas salen todos los viernes.")[0].kind, TimeKind::kSet);
  EXPECT_EQ(First("Los cancilleres se verán el próximo viernes."), "próximo viernes=2025-10-03");
  EXPECT_EQ(First("El pacto se rompió el viernes pasado."), "viernes pasado=2025-09-26");
  EXPECT_EQ(First("La sesión del viernes 26 de septiembre fue tensa."), "viernes 26 de septiembre=2025-09-26");
  EXPECT_EQ(First("La crisis empezó a finales del año pasado."), "finales del año pasado=2024");
  EXPECT_EQ(First("La crisis empezó a principios de este año."), "principios de este año=2025");
  EXPECT_EQ(First("Los precios subieron el mes pasado."), "el mes pasado=2025-08");
  EXPECT_EQ(First("Hubo disparos anoche."), "anoche=2025-09-26");
  EXPECT_EQ(First("El presidente habló esta mañana."), "esta mañana=2025-09-27");
  EXPECT_EQ(First("El presidente viaja mañana."), "mañana=2025-09-28");
  EXPECT_EQ(Find("La guerra duró durante tres años.")[0].timex3, "P3Y");
  EXPECT_EQ(Find("La guerra duró durante tres años.")[0].kind, TimeKind::kDuration);
  // Capitalised Spanish at the start of a sentence.
  EXPECT_EQ(First("Ayer, el Congreso aprobó la ley."), "Ayer=2025-09-26");
}

// The word splitter reads ASCII letters 8 bytes at a time: words that end
// exactly at, just before and past a chunk edge, upper case, a digit or an
// accented capital right after a letter run, and words in the last 8 bytes
// (byte loop) must split and lower-case as one byte at a time would.
TEST(Timex, WordSplitAcrossChunks) {
  EXPECT_EQ(First("WEDNESDAY"), "WEDNESDAY=2025-09-24");
  EXPECT_EQ(First("Troops ENTERED the city on SEPTEMBER 26, officials said."), "SEPTEMBER 26=2025-09-26");
  EXPECT_EQ(First("Negotiators reconvened Wednesday."), "Wednesday=2025-09-24");
  EXPECT_EQ(First("Abcdefgh Friday"), "Friday=2025-09-26");
  EXPECT_EQ(First("Abcdefg Friday x"), "Friday=2025-09-26");
  EXPECT_EQ(First("LA SESIÓN DEL MIÉRCOLES FUE TENSA."), "MIÉRCOLES=2025-09-24");
  EXPECT_EQ(First("Abcdefghij 26th September talks"), "26th September=2025-09-26");
  // Letters glued to digits stay one word, which is no date.
  EXPECT_TRUE(Find("The convoy ABCDEFG2025 moved Friday2 out.").empty());
}

// A written date is read only where one may start (Finder's
// MayStartWritten, tested before ParseWritten): at a digit-initial word,
// number or not ("26th"), or a month name; after a weekday the same test
// is put to the word after it. The weekday alone still dates when the word
// after it is neither.
TEST(Timex, WrittenDateStartsAtADigitOrAMonth) {
  EXPECT_EQ(First("Rebels quit the mountain pass on Friday, 26th September, under fire."),
            "Friday, 26th September=2025-09-26");
  EXPECT_EQ(First("Rebels quit the mountain pass on Friday, September 26, under fire."),
            "Friday, September 26=2025-09-26");
  EXPECT_EQ(First("Rebels quit the mountain pass on Friday, the day the snow came."), "Friday=2025-09-26");
  EXPECT_EQ(First("Snow closed the pass on 3rd October last year."), "3rd October=2024-10-03");
}

// Split lowers the whole text in 16-byte steps, the last one ending at the
// text's end (overlapping the one before), or byte by byte under 16 bytes;
// the byte loop lowers the rest of its words (Latin-1 capitals). Every
// prefix of a text of our own, so that each word ends at every position of
// a step, must give words whose lower case is their surface lower-cased.
TEST(Timex, WordsLowerCasedAtEveryTextLength) {
  const std::string text =
      "The ENVOY Signed a TREATY in GENEVA on MONDAY, Officials SAID; "
      "INTERNATIONALISATION talks RESUMED 26 SEPTEMBER 2025 in ÉCIJA, ÁVILA x";
  auto lower = [](std::string_view s) {
    std::string o(s);
    for (size_t i = 0; i < o.size(); ++i) {
      const auto c = static_cast<unsigned char>(o[i]);
      if (c >= 'A' && c <= 'Z') o[i] = static_cast<char>(c + 32);
      if (c == 0xC3 && i + 1 < o.size()) {
        const auto d = static_cast<unsigned char>(o[i + 1]);
        if (d >= 0x80 && d <= 0x9E && d != 0x97) o[i + 1] = static_cast<char>(d + 0x20);
        ++i;
      }
    }
    return o;
  };
  // Split's lower-case buffer is reused from call to call: a text of digits
  // split first overwrites what the last prefix left there (the byte loop
  // stores digits one by one, whatever the 16-byte pass does), so a byte
  // the prefix's split fails to lower shows.
  const std::string digits(text.size() + 32, '7');
  size_t checked = 0;
  for (size_t n = 1; n <= text.size(); ++n) {
    if ((static_cast<unsigned char>(text[n - 1]) & 0xE0) == 0xC0) continue;  // inside a UTF-8 pair
    TimexWordsForTest(digits, 0);
    const std::string_view prefix(text.data(), n);
    for (const TimexWord& w : TimexWordsForTest(prefix, 0)) {
      const std::string_view surface = prefix.substr(w.begin, w.end - w.begin);
      EXPECT_EQ(w.lower, lower(surface)) << "prefix of " << n << " bytes";
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000u);
}

// The lexicon lookup reads a word as two 8-byte halves masked to its length
// (by table, FastLexicon::Probe): every key is found with a class, at each
// length, and the same bytes one longer or one shorter are not a key.
TEST(Timex, EveryLexiconWordFoundAndNoNeighbourLength) {
  const std::vector<std::string_view> keys = TimeLexiconWords();
  ASSERT_GT(keys.size(), 100u);
  auto is_key = [&](std::string_view w) { return std::find(keys.begin(), keys.end(), w) != keys.end(); };
  size_t lengths_seen = 0;
  uint32_t length_bits = 0;
  for (std::string_view key : keys) {
    // A word of the finder is letters, digits and bytes >= 0x80 up to a
    // separator; a key that holds other bytes is never one word.
    if (std::any_of(key.begin(), key.end(), [](char c) {
          return static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c));
        }))
      continue;
    length_bits |= 1u << key.size();
    const std::string longer = std::string(key) + "q";
    const std::string shorter(key.substr(0, key.size() - 1));
    for (const std::string& form : {std::string(key), longer, shorter}) {
      if (form.empty() || (static_cast<unsigned char>(form.back()) & 0xC0) == 0xC0) continue;  // cut pair
      // Padded by a long word after it, so the 16 bytes read past the word's
      // start hold letters, not zeros.
      const std::string text = "Officials " + form + " zzzzzzzzzzzzzzzzzzzz";
      const std::vector<TimexWord> words = TimexWordsForTest(text, 0);
      ASSERT_EQ(words.size(), 3u) << text;
      EXPECT_EQ(words[1].lower, form);
      if (DigitInitial(form)) continue;  // numbers are not looked up
      EXPECT_EQ(words[1].cat != 0, is_key(form)) << "\"" << form << "\" in: " << text;
    }
  }
  for (uint32_t bits = length_bits; bits; bits &= bits - 1) ++lengths_seen;
  EXPECT_GE(lengths_seen, 8u);  // keys from short to long
}

TEST(Timex, SpansAreOffsetByBase) {
  std::vector<TimexMatch> out;
  FindTimexes("They met on Friday.", 100, kSat, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].span.begin, 112u);
  EXPECT_EQ(out[0].span.end, 118u);
}

TEST(Timex, NoTriggerNoMatch) {
  EXPECT_TRUE(Find("The minister accused the rebels of breaking the truce.").empty());
  EXPECT_TRUE(Find("").empty());
  EXPECT_TRUE(Find("He spoke at a rally during UN week.").empty());
}

// Floors are the figures measured when the rules were written (docs/time.md)
// minus two points: DATE value accuracy and relaxed span recall.
void CheckSuite(const std::string& name, double value_floor, double relaxed_recall_floor) {
  std::string path = std::string(dyad::SharedDir()) + "/suites/" + name;
  if (!IsTimexSuite(path)) GTEST_SKIP() << "not a timex suite: " << path;
  TimexScores s;
  std::string error;
  if (!EvaluateTimexSuite(path, &s, &error)) GTEST_SKIP() << "suite absent or unreadable (" << error << ")";
  std::printf("%s", FormatTimexScores(s).c_str());
  EXPECT_GT(s.gold, 0);
  EXPECT_GE(s.value_accuracy(), value_floor);
  EXPECT_GE(s.relaxed_recall(), relaxed_recall_floor);
}

// Stop 34 (h-time8): tbaq and te3platinum recall, tbaq value accuracy raised (reference times, clocks, holidays).
// Stop 35 (h-time9): tbaq value 0.861 and recall 0.914, meantime value 0.904 (near days read forward, new words).
TEST(TimexSuite, Tbaq) { CheckSuite("timex_tbaq.jsonl", 0.840, 0.894); }
TEST(TimexSuite, Te3Platinum) { CheckSuite("timex_te3platinum.jsonl", 0.933, 0.828); }
TEST(TimexSuite, Meantime) { CheckSuite("timex_meantime_en.jsonl", 0.883, 0.820); }

TEST(TimexSuite, ScoresCharacterOffsets) {
  // Gold offsets count code points: "Bogotá" shifts bytes by one.
  std::string path = ::testing::TempDir() + "/timex_mini.jsonl";
  {
    std::ofstream f(path);
    f << R"({"id": "a", "dct": "2025-09-27", "text": "En Bogotá, the talks ended on Friday.\nThey resume next week.", )"
      << R"("timexes": [{"text": "Friday", "type": "DATE", "value": "2025-09-26", "start": 30, "end": 36}, )"
      << R"({"text": "next week", "type": "DATE", "value": "2025-W40", "start": 50, "end": 59}, )"
      << R"({"text": "three years", "type": "DURATION", "value": "P3Y", "start": 0, "end": 2}]})" << "\n";
  }
  TimexScores s;
  std::string error;
  ASSERT_TRUE(EvaluateTimexSuite(path, &s, &error)) << error;
  EXPECT_EQ(s.docs, 1);
  EXPECT_EQ(s.gold, 3);
  EXPECT_EQ(s.found, 2);
  EXPECT_EQ(s.strict, 2);
  EXPECT_EQ(s.relaxed, 2);
  EXPECT_EQ(s.date_matched, 2);
  EXPECT_EQ(s.date_value, 2);
  EXPECT_NE(TimexScoresJson(s).find("\"value_accuracy\":1.0"), std::string::npos);
  EXPECT_FALSE(EvaluateTimexSuite(path + ".missing", &s, &error));
}

// A token word the segmenter did not rule out (Token::finder
// kFinderWordAt0 without kFinderNoLex) is looked up by its lower_hash
// (FastLexicon::FindByTokenHash), not by its bytes. Sentences of our own,
// tokenised by the test tokenizer with every ASCII word marked so (lexicon
// words and others alike, so that both the finds and the misses go that
// way), then again with the non-lexicon words marked kFinderNoLex as the
// segmenter would: the words (their classes included) and the matches equal
// the byte reading's. It fails when the lookup by hash misses keys
// ("next", "tuesday", "weeks", "after": the classes and matches differ) or
// finds one for another word.
TEST(Timex, TokenWordsLookedUpByHashMatchTheBytes) {
  const std::vector<std::string_view> lexicon = TimeLexiconWords();
  for (const char* text : {"Negotiators in Nairobi resume talks next Tuesday, three weeks after the truce collapsed.",
                           "By late 2019 the mill had closed twice, once each winter, the owners said on Monday.",
                           "PORTERS struck for two days in April; a second strike is due by the fourteenth."}) {
    for (bool no_lex : {false, true}) {
      Doc doc;
      testing::SimpleTokenize(text, &doc);
      ASSERT_EQ(doc.sentences.size(), 1u);
      size_t hashed = 0;
      for (Token& t : doc.tokens) {
        const std::string_view s = doc.text(t.span);
        bool word = true;
        for (char c : s) word = word && std::isalnum(static_cast<unsigned char>(c));
        if (!word) {
          t.finder = kFinderSeparator;
          continue;
        }
        t.finder = kFinderWordAt0;
        const bool in_lexicon = std::find(lexicon.begin(), lexicon.end(), t.lower) != lexicon.end();
        // As the segmenter gives it: only to tokens of letters alone (the
        // finder takes such a token as a plain word without its number
        // test; see the segmenter's `emit`), so "2019" goes without.
        bool letters = true;
        for (char c : s) letters = letters && std::isalpha(static_cast<unsigned char>(c));
        if (no_lex && !in_lexicon && letters) t.finder |= kFinderNoLex;
        hashed += !(t.finder & kFinderNoLex) && !std::isdigit(static_cast<unsigned char>(s[0]));
      }
      EXPECT_GT(hashed, 3u) << text;
      const Sentence& sent = doc.sentences[0];
      const std::string_view sub = doc.text(sent.span);
      const auto bytes = TimexWordsForTest(sub, sent.span.begin);
      EXPECT_EQ(bytes, TimexWordsForTest(doc, sent.tokens, sent.span)) << text;
      EXPECT_TRUE(std::any_of(bytes.begin(), bytes.end(), [](const TimexWord& w) { return w.cat != 0; })) << text;
      std::vector<TimexMatch> a, b;
      FindTimexes(sub, sent.span.begin, kSat, &a, /*want_timex3=*/true);
      FindTimexesInTokens(doc, sent.tokens, sent.span, kSat, &b, /*want_timex3=*/true);
      ASSERT_EQ(a.size(), b.size()) << text;
      EXPECT_FALSE(a.empty()) << text;
      for (size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].span.begin, b[i].span.begin) << text;
        EXPECT_EQ(a[i].span.end, b[i].span.end) << text;
        EXPECT_EQ(a[i].timex3, b[i].timex3) << text;
        EXPECT_EQ(a[i].value.str(), b[i].value.str()) << text;
      }
    }
  }
}

TEST(TimexSuite, IsTimexSuite) {
  EXPECT_TRUE(IsTimexSuite("/x/timex_te3platinum.jsonl"));
  EXPECT_TRUE(IsTimexSuite(R"({"id": "a", "dct": "1998-08-07", "text": "", "timexes": []})"));
  EXPECT_FALSE(IsTimexSuite(R"({"id": "a", "text": "x", "expected": []})"));
  EXPECT_FALSE(IsTimexSuite("/nonexistent/petrarch2_validation.jsonl"));
}

}  // namespace
}  // namespace dyad
