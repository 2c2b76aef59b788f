// The time finder reads most of its words from the segmenter's tokens
// (Token::finder, timex.cc's Split), trusting the segmenter's word
// bounds. These tests run sentences of our own through the real segmenter
// and compare, sentence by sentence, the words and the matches found from
// the tokens with those found from the bytes alone. (The idea and most of
// the sentences are from h-timetok's try at stop 21.)
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "config/paths.h"
#include "text/normalize.h"
#include "text/segment.h"
#include "time/date_shift.h"
#include "time/time_tagger.h"
#include "time/timex.h"

namespace dyad {
namespace {

std::unique_ptr<Segmenter> LoadSegmenter() {
  std::string error;
  auto seg = Segmenter::Load(std::vector<std::string>{std::string(SourceDir()) + "/data/text/abbreviations.en.txt",
                                                      std::string(SourceDir()) + "/data/text/abbreviations.es.txt"},
                             &error);
  EXPECT_NE(seg, nullptr) << error;
  return seg;
}

std::string Describe(const std::vector<TimexWord>& words) {
  std::string s;
  // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive)
  // on "[" + std::to_string(...) once inlined.
  for (const TimexWord& w : words) {
    s += '[';
    s += std::to_string(w.begin);
    s += ',';
    s += std::to_string(w.end);
    s += ' ';
    s += w.lower;
    s += " c";
    s += std::to_string(w.cat);
    s += " n";
    s += std::to_string(w.num);
    s += "] ";
  }
  return s;
}

// Compares both ways of reading each sentence with a cue, on the whole
// sentence and on the window the time tagger gives the finder; returns
// how many sentences were compared. Without the normaliser too: it maps
// the non-ASCII spaces (U+3000) that the segmenter skips and the finder
// reads as word bytes, and the segmenter's kTimeCue rule holds for text
// that skipped it.
size_t CompareOne(const Segmenter& seg, const std::string& text, bool normalize) {
  Doc doc;
  doc.article.text = text;
  doc.article.published = Date::Day(2025, 9, 27);
  if (normalize) Normalizer().Run(doc);
  seg.Run(doc);
  size_t compared = 0;
  for (const Sentence& s : doc.sentences) {
    // The segmenter's first and last cue token (Segmenter's TimeCues, read
    // in blocks of four) are the first and the last with the flag.
    uint32_t first = kNone32, last = kNone32;
    for (uint32_t t = s.tokens.begin; t < s.tokens.end; ++t) {
      if (!doc.tokens[t].has(kTimeCue)) continue;
      if (first == kNone32) first = t;
      last = t;
    }
    EXPECT_EQ(s.first_cue, first) << doc.text(s.span);
    EXPECT_EQ(s.last_cue, last) << doc.text(s.span);
    EXPECT_EQ(s.may_have_time, first != kNone32) << doc.text(s.span);
    const bool cue = first != kNone32;
    if (!cue) continue;
    ++compared;
    // The time tagger's window from those fields is the one its walks over
    // the flags give.
    Sentence walked = s;
    walked.first_cue = walked.last_cue = kNone32;
    EXPECT_EQ(FinderStart(doc, s), FinderStart(doc, walked)) << doc.text(s.span);
    EXPECT_EQ(FinderEnd(doc, s), FinderEnd(doc, walked)) << doc.text(s.span);
    // The window's tokens: from the first that starts at its start to the
    // first that starts at or after its end.
    const Span window{FinderStart(doc, s), FinderEnd(doc, s)};
    uint32_t tb = s.tokens.begin, te = s.tokens.begin;
    while (tb < s.tokens.end && doc.tokens[tb].span.begin < window.begin) ++tb;
    while (te < s.tokens.end && doc.tokens[te].span.begin < window.end) ++te;
    for (const auto& [span, range] : {std::pair{s.span, s.tokens}, std::pair{window, TokenRange{tb, te}}}) {
      const std::string_view sub = doc.text(span);
      const auto bytes = TimexWordsForTest(sub, span.begin);
      const auto tokens = TimexWordsForTest(doc, range, span);
      EXPECT_EQ(bytes, tokens) << "text: " << sub << "\nbytes:  " << Describe(bytes)
                               << "\ntokens: " << Describe(tokens);
      std::vector<TimexMatch> a, b;
      FindTimexes(sub, span.begin, doc.article.published, &a, /*want_timex3=*/true);
      FindTimexesInTokens(doc, range, span, doc.article.published, &b, /*want_timex3=*/true);
      EXPECT_EQ(a.size(), b.size()) << sub;
      for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        EXPECT_EQ(a[i].span.begin, b[i].span.begin) << sub;
        EXPECT_EQ(a[i].span.end, b[i].span.end) << sub;
        EXPECT_EQ(a[i].rule, b[i].rule) << sub;
        EXPECT_EQ(a[i].timex3, b[i].timex3) << sub;
        EXPECT_EQ(a[i].value.str(), b[i].value.str()) << sub;
      }
    }
  }
  return compared;
}

size_t CompareAll(const Segmenter& seg, const std::string& text) {
  return CompareOne(seg, text, true) + CompareOne(seg, text, false);
}

// Shapes where the segmenter's tokens and the finder's words part:
// hyphens, abbreviations, clitics, non-ASCII letters and spaces, numbers,
// quotes, URLs, capitals.
TEST(SegmentTimex, HandPickedShapesGiveTheSameWords) {
  auto seg = LoadSegmenter();
  ASSERT_NE(seg, nullptr);
  const char* kTexts[] = {
      "The talks resumed in mid-September after the U.S. envoy left on Sept. 26, officials said.",
      "They don't expect a deal this year, and the minister's aides won't say why.",
      "The ministers’ talks in Bogotá ended on Friday; the café owners' union met last week.",
      "Rebels\u3000attacked the town on\u3000Friday and the army\u3000withdrew two days ago.",
      "The 1,500 troops arrived on 9/26/2025 at 3.5 km from the border (the U.N. said).",
      "\"We will meet on Monday,\" he said. \u201cNot before the year-end,\u201d she replied.",
      "\u00abEl lunes pasado\u00bb, dijo el ministro, \u00bfhabrá acuerdo en octubre?",
      "See www.un.org or AT&T's e-mail from NATO and the UN for 2024\u20132025 figures.",
      "He said the rock'n'roll band o'clock gigs were naïve in El Niño's year of 1998.",
      "Officials\u00a0said on\u00a0Friday that a couple of weeks ago the OPEC-led talks collapsed.",
      "THE COURT RULED ON TUESDAY THAT THE LAW, PASSED IN MAY 2020, WAS VOID.",
      "A.M. talks: the 26th of September, at 10 a.m., three years after the 1990s boom.",
      "Troops\u200bwithdrew last month, and the Dec. 15 deadline will expire next week.",
      "\u3000On Friday the rebels left.\n\n\u3000Friday, they returned.",
      "Rebels \u3000 attacked on Friday, \u3000, and \ufeffwithdrew\ufeff two days ago \u3000(in 2025).",
      "The G7 met at 5pm on Friday; COVID19 cases rose 3x this year, the WHO's data show.",
  };
  size_t compared = 0;
  for (const char* t : kTexts) compared += CompareAll(*seg, t);
  EXPECT_GT(compared, 10u);
}

// Many sentences made of the pieces above in varied orders and with varied
// gaps (a space, none, a comma, a U+3000, a no-break space), so that every
// piece meets every other on either side.
TEST(SegmentTimex, GeneratedSentencesGiveTheSameWords) {
  auto seg = LoadSegmenter();
  ASSERT_NE(seg, nullptr);
  const char* kPieces[] = {
      "the", "The", "a", "in", "of", "will", "on", "Friday", "last", "week", "ago", "year", "mid-September",
      "U.S.", "Sept.", "26", "2025", "1,500", "3.5", "don't", "minister's", "ministers’", "Bogotá", "café",
      "naïve", "(the", "said)", "\"We", "met\"", "\u201cquoted\u201d", "\u00abdijo\u00bb", "year-end",
      "www.un.org", "AT&T", "NATO", "UN", "e-mail", "9/26/2025", "2024\u20132025", "o'clock", "rebels",
      "attacked", "talks", "ended", "three", "days", "since", "by", "until", "early", "el", "lunes", "de",
      "septiembre", "hace", "tres", "días", "Jan.", "Gen.", "Mr.", "26th", "1990s", "10:30", "--", "...",
      "\u2014", "x", "I", "can't", "we'll", "’s", "it’s", "Ms", "may", "May", "now", "first", "quarter",
      "G7", "5pm", "\ufeff", "(", ")", "WHO's", "\u2019", "'",
  };
  const char* kGaps[] = {" ", " ", " ", " ", " ", "", ", ", "\u3000", "\u00a0", " - ", "\t", "; ",
                         " \u3000 ", "\u3000, ", " \ufeff"};
  const size_t np = sizeof kPieces / sizeof kPieces[0], ng = sizeof kGaps / sizeof kGaps[0];
  uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&state](size_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>((state >> 33) % n);
  };
  size_t compared = 0;
  for (int doc = 0; doc < 400; ++doc) {
    std::string text;
    for (int sentence = 0; sentence < 5; ++sentence) {
      const size_t len = 3 + next(20);
      for (size_t k = 0; k < len; ++k) {
        if (k > 0) text += kGaps[next(ng)];
        text += kPieces[next(np)];
      }
      text += next(4) == 0 ? ".\n\n" : ". ";
    }
    compared += CompareAll(*seg, text);
  }
  EXPECT_GT(compared, 1000u);
}

// kFinderNoLex (Segmenter::TimeWord): the finder skips the lexicon lookup
// of a token with it, so it must never be on a lexicon word, in any case;
// and it should be on ordinary words, or the skip never happens. Every
// lexicon word, in three cases, in a sentence of our own: no bit, and both
// readings of the sentence agree (the word's class included).
TEST(SegmentTimex, NoLexiconBitNeverOnALexiconWord) {
  auto seg = LoadSegmenter();
  ASSERT_NE(seg, nullptr);
  const std::vector<std::string_view> lexicon = TimeLexiconWords();
  ASSERT_GT(lexicon.size(), 100u);
  size_t checked = 0;
  for (std::string_view w : lexicon) {
    std::string cap(w), upper(w);
    cap[0] = static_cast<char>(cap[0] >= 'a' && cap[0] <= 'z' ? cap[0] - 32 : cap[0]);
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    for (const std::string& form : {std::string(w), cap, upper}) {
      const std::string text = "Officials met " + form + " 26 rebels, and " + form + ".";
      Doc doc;
      doc.article.text = text;
      seg->Run(doc);
      for (const Token& t : doc.tokens) {
        if (doc.text(t.span) != form) continue;
        ++checked;
        EXPECT_FALSE(t.finder & kFinderNoLex) << "lexicon word " << form << " in: " << text;
      }
      CompareAll(*seg, text);
    }
  }
  EXPECT_GT(checked, 4 * lexicon.size());  // two tokens a sentence, most words ASCII
}

TEST(SegmentTimex, NoLexiconBitOnOrdinaryWords) {
  auto seg = LoadSegmenter();
  ASSERT_NE(seg, nullptr);
  const std::vector<std::string_view> lexicon = TimeLexiconWords();
  Doc doc;
  doc.article.text = "Rebels attacked officials near Bogotá, said NATO's envoy Ms Smith.";
  seg->Run(doc);
  std::string marked;
  for (const Token& t : doc.tokens) {
    const std::string_view surface = doc.text(t.span);
    // Only a whole-token word (k = 0) may carry it; clitics and
    // separators never do.
    if (t.finder & kFinderNoLex) {
      EXPECT_EQ(t.finder, kFinderWordAt0 | kFinderNoLex) << surface;
      EXPECT_EQ(std::find(lexicon.begin(), lexicon.end(), t.lower), lexicon.end()) << surface;
      marked += std::string(surface) + " ";
    }
  }
  // "Bogotá" is no ASCII word, "'s" a clitic, "," and "." separators: no bit.
  EXPECT_EQ(marked, "Rebels attacked officials near said NATO envoy Ms Smith ");
}

// The finder takes a kFinderNoLex token as a plain word without its number
// test (timex.cc's Split: num -1, no trigger), so the bit must be only on
// tokens of ASCII letters alone (doc.h). Words of every shape our
// segmenter's paths take, digits inside and at either end among them, in
// sentences of our own: each marked token is letters only, some tokens are
// marked, and both readings of each sentence still agree.
TEST(SegmentTimex, NoLexiconBitOnlyOnLetterTokens) {
  auto seg = LoadSegmenter();
  ASSERT_NE(seg, nullptr);
  const char* kTexts[] = {
      "The 26th brigade left 5pm talks with G7 envoys and COVID19 teams, said Mr. Okafor.",
      "ABC123 and x86 chips rose 3x in 2025; the 1990s boom, 4G and 24-hour shifts ended.",
      "Rebels took 12km of road at 0600 GMT, the army's 3rd unit said in Lagos on May 2.",
      "EL EJÉRCITO TOMÓ 3 PUEBLOS; la ONU habló con 2 enviados del G20 en Quito.",
      "Officials2 met rebels (UN-backed) at km42 near the B52 base, it’s said, at 10:30.",
  };
  size_t marked = 0;
  for (const char* text : kTexts) {
    Doc doc;
    doc.article.text = text;
    seg->Run(doc);
    for (const Token& t : doc.tokens) {
      if (!(t.finder & kFinderNoLex)) continue;
      ++marked;
      const std::string_view surface = doc.text(t.span);
      EXPECT_FALSE(surface.empty());
      for (char c : surface)
        EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) << surface << " in: " << text;
    }
    CompareAll(*seg, text);
  }
  EXPECT_GT(marked, 20u);
}

// The date shifter reads a sentence only from its first cue token to the
// token after its last (Sentence::first_cue, last_cue): the unit word
// before "after", "before", "later" is a time trigger, so its token has
// the cue. Sentences of our own with the phrase at either end of that
// range code the same shifts as with the fields unset (the whole sentence
// read), and the fields are what it reads.
TEST(SegmentTimex, DateShifterReadsFromTheFirstCueToAfterTheLast) {
  auto seg = LoadSegmenter();
  ASSERT_NE(seg, nullptr);
  auto run = [&](const std::string& text, bool unset) {
    Doc doc;
    doc.article.text = text;
    doc.article.published = Date::Day(2025, 10, 2);
    seg->Run(doc);
    if (unset)
      for (Sentence& s : doc.sentences) s.first_cue = s.last_cue = kNone32;
    TimeTagger().Run(doc);
    DateShifter().Run(doc);
    std::string shifts;
    for (const TimeExpr& e : doc.times)
      if (e.kind == TimeKind::kShifted) shifts += std::string(doc.text(e.span)) + "=" + e.value.str() + " ";
    return shifts;
  };
  const std::pair<const char*, const char*> kCases[] = {
      // The unit is the sentence's first token and its first cue.
      {"Days after the truce collapsed, the rebels regrouped in the hills.", "Days after=2025-09 "},
      // The unit is the last cue, the direction word the token after it.
      {"The envoys left three weeks after the truce collapsed.", "three weeks after=2025-09-11 "},
      // Cues before and after the phrase.
      {"Rebels shelled the town on Friday, two days before the envoys arrived in 2025.",
       "two days before=2025-09-28 "},
      // A direction word with no unit before it: nothing.
      {"The army left after the vote on Friday and returned before dawn.", ""},
  };
  for (const auto& [text, want] : kCases) {
    EXPECT_EQ(run(text, false), want) << text;
    EXPECT_EQ(run(text, true), want) << text;
  }
  // The range is read from the fields: moved by hand onto the last token,
  // the phrase before it is not seen.
  Doc doc;
  doc.article.text = "The envoys left three weeks after the truce collapsed.";
  doc.article.published = Date::Day(2025, 10, 2);
  seg->Run(doc);
  ASSERT_EQ(doc.sentences.size(), 1u);
  doc.sentences[0].first_cue = doc.sentences[0].last_cue = doc.sentences[0].tokens.end - 1;
  DateShifter().Run(doc);
  EXPECT_TRUE(doc.times.empty());
}

// Sentence::first_cue and last_cue as the segmenter sets them, on
// sentences of our own: the token indices are the document's (not the
// sentence's), so a sentence after the first must not get 0-based values;
// a sentence with no cue gets kNone32 for both; a cue that is the
// sentence's first token, or its last with no full stop after it, is found
// by the forward walk (first token of its first block) and by the walk
// back (which must not step past it). The time tagger and the date
// shifter trust these fields without looking at the flags.
TEST(SegmentTimex, SegmenterNotesTheFirstAndLastCueToken) {
  auto seg = LoadSegmenter();
  ASSERT_NE(seg, nullptr);
  Doc doc;
  doc.article.text =
      "Fishermen blocked the harbour entrance with their boats. "
      "Sunday brought a tense standoff between police and crews on the quay. "
      "Nearly 40 boats from nearby villages joined them, and 12 trawlers stayed at anchor near the breakwater. "
      "The port authority promised an answer by Thursday";
  seg->Run(doc);
  ASSERT_EQ(doc.sentences.size(), 4u);
  auto word = [&](uint32_t t) {
    return t == kNone32 ? std::string("none") : std::string(doc.text(doc.tokens[t].span));
  };
  const Sentence& none = doc.sentences[0];
  EXPECT_FALSE(none.may_have_time);
  EXPECT_EQ(none.first_cue, kNone32);
  EXPECT_EQ(none.last_cue, kNone32);
  // The only cue is the first token (13 tokens: the walk back crosses
  // three blocks of four and stops on it).
  const Sentence& first = doc.sentences[1];
  EXPECT_TRUE(first.may_have_time);
  EXPECT_EQ(first.first_cue, first.tokens.begin);
  EXPECT_EQ(first.last_cue, first.tokens.begin);
  EXPECT_EQ(word(first.first_cue), "Sunday");
  // Two numbers, neither at an end.
  const Sentence& two = doc.sentences[2];
  EXPECT_EQ(two.first_cue, two.tokens.begin + 1);
  EXPECT_EQ(word(two.first_cue), "40");
  EXPECT_EQ(word(two.last_cue), "12");
  // The only cue is the last token (the paragraph ends without a stop).
  const Sentence& last = doc.sentences[3];
  EXPECT_EQ(last.first_cue, last.tokens.end - 1);
  EXPECT_EQ(last.last_cue, last.tokens.end - 1);
  EXPECT_EQ(word(last.last_cue), "Thursday");
  // Each field is what a walk over the flags gives.
  for (const Sentence& s : doc.sentences) {
    uint32_t f = kNone32, l = kNone32;
    for (uint32_t t = s.tokens.begin; t < s.tokens.end; ++t)
      if (doc.tokens[t].has(kTimeCue)) {
        if (f == kNone32) f = t;
        l = t;
      }
    EXPECT_EQ(s.first_cue, f) << doc.text(s.span);
    EXPECT_EQ(s.last_cue, l) << doc.text(s.span);
  }
}

}  // namespace
}  // namespace dyad
