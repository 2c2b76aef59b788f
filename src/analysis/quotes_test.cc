#include "analysis/quotes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/clauses.h"
#include "testing/tagged_tokens.h"

namespace dyad {
namespace {

// Two quotations: one whose speech clause follows it, one whose speech
// clause comes before it, each naming the speaker as an actor mention.
constexpr std::string_view kText =
    "\xE2\x80\x9C/PPL The/DT truce/NN holds/VBZ/hold ,/, \xE2\x80\x9D/PPR Mirela/NNP Vost/NNP said/VBD/say ./.\n"
    "Talvar/NNP told/VBD/tell reporters/NNS :/: \xE2\x80\x9C/PPL We/PRP will/MD talk/VB/talk ./. \xE2\x80\x9D/PPR";

// The clause analyser over `doc` with "say" (and "tell" if `tell_too`) as
// its speech verbs: what the quote finder reads.
void RunClauses(Doc& doc, bool tell_too = false) {
  ClauseAnalyzerOptions o;
  const uint64_t say = TokenHash("say"), tell = tell_too ? TokenHash("tell") : say;
  o.is_speech = [=](uint64_t h) { return h == say || h == tell; };
  ClauseAnalyzer(o).Run(doc);
}

Doc Analyzed() {
  Doc doc;
  testing::TaggedTokenize(kText, &doc);
  for (TokenRange r : {TokenRange{6, 8}, TokenRange{10, 11}}) {
    ActorMention m;
    m.tokens = r;
    m.sentence = r.begin < doc.sentences[1].tokens.begin ? 0 : 1;
    m.is_person = true;
    doc.actors.push_back(m);
  }
  RunClauses(doc, /*tell_too=*/true);
  return doc;
}

// Each quotation's words and its speaker's, as text.
std::vector<std::string> Quotes(const Doc& doc) {
  std::vector<std::string> out;
  for (const Quote& q : doc.quotes) {
    std::string speaker = q.speaker == kNone32 ? "?" : std::string(doc.text(doc.actors[q.speaker].tokens));
    out.push_back(std::string(doc.text(q.span)) + " | " + speaker + " | " + q.how);
  }
  return out;
}

TEST(QuoteFinder, SpeakerBeforeOrAfterTheQuotation) {
  Doc doc = Analyzed();
  QuoteFinder().Run(doc);
  ASSERT_EQ(doc.quotes.size(), 2u);
  EXPECT_EQ(Quotes(doc)[0], "The truce holds , | Mirela Vost | \"...\", X said");
  EXPECT_EQ(Quotes(doc)[1], "We will talk . | Talvar | X said: \"...\"");
  EXPECT_TRUE(doc.tokens[2].has(kInQuote));
}

TEST(QuoteFinder, AQuotationOverTwoSentences) {
  Doc doc;
  testing::TaggedTokenize(
      "Talvar/NNP said/VBD/say :/: \xE2\x80\x9C/PPL The/DT talks/NNS failed/VBD/fail ./.\n"
      "We/PRP will/MD return/VB/return ./. \xE2\x80\x9D/PPR",
      &doc);
  ActorMention m;
  m.tokens = {0, 1};
  doc.actors.push_back(m);
  RunClauses(doc);
  QuoteFinder().Run(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].first_sentence, 0u);
  EXPECT_EQ(doc.quotes[0].last_sentence, 1u);
  EXPECT_EQ(Quotes(doc)[0], "The talks failed .\nWe will return . | Talvar | X said: \"...\"");
}

TEST(QuoteFinder, ActorsAndClausesInAnyOrderGiveTheSameSpeakers) {
  // Run searches the sentence's own block of clauses, and finds a mention
  // by binary search, only when the lists are in order; the fallbacks
  // (a pass over every clause or mention) must find the same speakers.
  Doc in_order = Analyzed();
  QuoteFinder().Run(in_order);
  const std::vector<std::string> expected = Quotes(in_order);
  ASSERT_EQ(expected.size(), 2u);

  Doc actors_reversed = Analyzed();
  std::reverse(actors_reversed.actors.begin(), actors_reversed.actors.end());
  QuoteFinder().Run(actors_reversed);
  EXPECT_EQ(Quotes(actors_reversed), expected);

  // Clauses reversed, with the indices they hold into the list remapped.
  Doc clauses_reversed = Analyzed();
  std::vector<Clause>& cl = clauses_reversed.clauses;
  ASSERT_GE(cl.size(), 2u);
  const uint32_t n = static_cast<uint32_t>(cl.size());
  std::reverse(cl.begin(), cl.end());
  for (Clause& c : cl) {
    if (c.parent != kNone32) c.parent = n - 1 - c.parent;
    if (c.reported_by != kNone32) c.reported_by = n - 1 - c.reported_by;
  }
  QuoteFinder().Run(clauses_reversed);
  EXPECT_EQ(Quotes(clauses_reversed), expected);
}

TEST(QuoteFinder, MarksFoundAtAnyPlaceInASentence) {
  // The mark scan steps four tokens at a time and takes the last few one
  // by one: leading adverbs move both quotation marks through every place
  // in a step and into the tail.
  for (int k = 0; k < 5; ++k) {
    SCOPED_TRACE(k);
    std::string text;
    for (int i = 0; i < k; ++i) text += "quietly/RB ";
    text += "Talvar/NNP said/VBD/say :/: \xE2\x80\x9C/PPL We/PRP will/MD talk/VB/talk ./. \xE2\x80\x9D/PPR";
    Doc doc;
    testing::TaggedTokenize(text, &doc);
    ActorMention m;
    m.tokens = {static_cast<uint32_t>(k), static_cast<uint32_t>(k) + 1};
    doc.actors.push_back(m);
    RunClauses(doc);
    QuoteFinder().Run(doc);
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_EQ(Quotes(doc)[0], "We will talk . | Talvar | X said: \"...\"");
  }
}

// The article's order checks and its clause blocks are made at its first
// quotation (none for an article without one): an empty quotation first
// ("“ ”", no words) makes none, and the next quotation still finds its
// speaker in its own sentence's clauses.
TEST(QuoteFinder, AnEmptyQuotationFirstThenOneWithWords) {
  Doc doc;
  testing::TaggedTokenize(
      "Orlen/NNP wrote/VBD/write \xE2\x80\x9C/PPL \xE2\x80\x9D/PPR ./.\n"
      "Talvar/NNP said/VBD/say :/: \xE2\x80\x9C/PPL We/PRP will/MD talk/VB/talk ./. \xE2\x80\x9D/PPR",
      &doc);
  ActorMention m;
  m.tokens = {5, 6};
  m.sentence = 1;
  doc.actors.push_back(m);
  RunClauses(doc);
  QuoteFinder().Run(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].first_sentence, 1u);
  EXPECT_EQ(Quotes(doc)[0], "We will talk . | Talvar | X said: \"...\"");
}

// One finder on one thread: an article with no quotation (nothing made for
// it) between two with quotations, the second with its clauses out of
// order, gives each the speakers it gets alone.
TEST(QuoteFinder, ArticlesWithAndWithoutQuotationsInTurn) {
  Doc alone = Analyzed();
  QuoteFinder().Run(alone);
  const std::vector<std::string> expected = Quotes(alone);
  ASSERT_EQ(expected.size(), 2u);

  const QuoteFinder finder;
  Doc none;
  testing::TaggedTokenize(
      "Rains/NNS flooded/VBD/flood the/DT valley/NN ./.\nFarmers/NNS waited/VBD/wait ./.\nRoads/NNS closed/VBD/close ./.",
      &none);
  ClauseAnalyzer(ClauseAnalyzerOptions{}).Run(none);
  Doc first = Analyzed();
  finder.Run(first);
  finder.Run(none);
  EXPECT_TRUE(none.quotes.empty());
  Doc reversed = Analyzed();
  std::vector<Clause>& cl = reversed.clauses;
  const uint32_t n = static_cast<uint32_t>(cl.size());
  std::reverse(cl.begin(), cl.end());
  for (Clause& c : cl) {
    if (c.parent != kNone32) c.parent = n - 1 - c.parent;
    if (c.reported_by != kNone32) c.reported_by = n - 1 - c.reported_by;
  }
  finder.Run(reversed);
  Doc last = Analyzed();
  finder.Run(last);
  EXPECT_EQ(Quotes(first), expected);
  EXPECT_EQ(Quotes(reversed), expected);
  EXPECT_EQ(Quotes(last), expected);
}

}  // namespace
}  // namespace dyad
