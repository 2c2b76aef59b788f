#include "lang/en/tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "config/paths.h"
#include "testing/simple_tokens.h"

namespace dyad::en {
namespace {

// The Debian lexicon plus the project's overrides, loaded once.
std::shared_ptr<const Lexicon> Shared() {
  static std::shared_ptr<const Lexicon> lex = []() -> std::shared_ptr<const Lexicon> {
    auto l = std::make_shared<Lexicon>();
    std::string error;
    if (!l->Load(dyad::DefaultTaggerDir(), &error)) return nullptr;
    if (!l->LoadOverrides(std::string(dyad::DefaultDataDir()) + "/lexicon/en.tags.txt", &error)) {
      ADD_FAILURE() << error;
      return nullptr;
    }
    return l;
  }();
  return lex;
}

#define REQUIRE_LEXICON()                                                                   \
  if (Shared() == nullptr)                                                                  \
  GTEST_SKIP() << "Lingua::EN::Tagger data not found in " << dyad::DefaultTaggerDir()        \
                  << " (install liblingua-en-tagger-perl)"

// "word/TAG word/TAG ..." for the first sentence of `text`.
std::string Tagged(const Doc& doc, uint32_t sentence = 0) {
  std::string out;
  const Sentence& s = doc.sentences[sentence];
  for (uint32_t i = s.tokens.begin; i < s.tokens.end; ++i) {
    if (!out.empty()) out += ' ';
    out += std::string(doc.text(doc.tokens[i].span)) + "/" + std::string(TagName(doc.tokens[i].tag));
  }
  return out;
}

std::string Tag1(std::string_view text) {
  Doc doc;
  testing::SimpleTokenize(text, &doc);
  Tagger(Shared()).Run(doc);
  return Tagged(doc);
}

// One sentence from explicit tokens (the test splitter does not split
// clitics the way the segmenter does).
Doc FromTokens(const std::vector<std::string>& words) {
  Doc doc;
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (const std::string& w : words) {
    if (!text.empty()) text += ' ';
    spans.push_back({static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size() + w.size())});
    text += w;
  }
  doc.article.text = text;
  for (auto [b, e] : spans) testing::AddToken(&doc, b, e);
  doc.tokens[0].flags |= kSentenceStart;
  Sentence s;
  s.span = {0, static_cast<uint32_t>(text.size())};
  s.tokens = {0, static_cast<uint32_t>(doc.tokens.size())};
  doc.sentences.push_back(s);
  return doc;
}

TEST(Tagger, Name) {
  REQUIRE_LEXICON();
  EXPECT_EQ(Tagger(Shared()).name(), "tagger");
}

TEST(Tagger, NewsSentences) {
  REQUIRE_LEXICON();
  EXPECT_EQ(Tag1("Petro accused the US of meddling in internal politics."),
            "Petro/nnp accused/vbd the/det US/nnp of/in meddling/vbg in/in internal/jj politics/nns ./pp");
  EXPECT_EQ(Tag1("The State Department revoked his visa on Friday."),
            "The/det State/nnp Department/nnp revoked/vbd his/prps visa/nn on/in Friday/nnp ./pp");
  EXPECT_EQ(Tag1("Bogota suspended all arms purchases."),
            "Bogota/nnp suspended/vbd all/det arms/nns purchases/nns ./pp");
  EXPECT_EQ(Tag1("He urged US troops to disobey orders."),
            "He/prp urged/vbd US/nnp troops/nns to/to disobey/vb orders/nns ./pp");
  EXPECT_EQ(Tag1("The visa was revoked by the State Department."),
            "The/det visa/nn was/vbd revoked/vbn by/in the/det State/nnp Department/nnp ./pp");
}

TEST(Tagger, OverridesFixNewsWords) {
  REQUIRE_LEXICON();
  // Unknown base-form verbs cannot be verbs without the override file.
  EXPECT_EQ(Tag1("The United States may decertify Colombia."),
            "The/det United/nnp States/nnps may/md decertify/vb Colombia/nnp ./pp");
  EXPECT_EQ(Tag1("Both sides pledged to deescalate the conflict."),
            "Both/det sides/nns pledged/vbd to/to deescalate/vb the/det conflict/nn ./pp");
  EXPECT_EQ(Tag1("Drones struck a fuel depot."), "Drones/nns struck/vbd a/det fuel/nn depot/nn ./pp");
}

// An unknown "-ed" word is a verb form or an adjective, never a noun: the
// lexicon's "-ed-" class gave NN as much as VBN ("despatched" was a noun).
// "inspectors" after a name is the object's noun, not a verb.
TEST(Tagger, AgentPluralAfterName) {
  REQUIRE_LEXICON();
  EXPECT_EQ(Tag1("Iran expelled IAEA inspectors last week."),
            "Iran/nnp expelled/vbd IAEA/nnp inspectors/nns last/jj week/nn ./pp");
}

TEST(Tagger, UnknownPastIsNoNoun) {
  REQUIRE_LEXICON();
  EXPECT_EQ(Tag1("Sarney's government despatched troops to the ports."),
            "Sarney/nnp 's/pos government/nn despatched/vbd troops/nns to/to the/det ports/nns ./pp");
}

TEST(Tagger, PastTenseAfterSubject) {
  REQUIRE_LEXICON();
  // The lexicon saw "arrested" only as VBN; subject + object make it VBD.
  EXPECT_EQ(Tag1("Police arrested dozens of protesters."),
            "Police/nns arrested/vbd dozens/nns of/in protesters/nns ./pp");
  EXPECT_EQ(Tag1("Trump decertified Colombia in the drug war."),
            "Trump/nnp decertified/vbd Colombia/nnp in/in the/det drug/nn war/nn ./pp");
  EXPECT_EQ(Tag1("Protesters torched cars and blocked roads."),
            "Protesters/nns torched/vbd cars/nns and/cc blocked/vbd roads/nns ./pp");
  // An unknown -ed word is never a noun (the nouns in -ed are all listed).
  EXPECT_EQ(Tag1("Russia normalized relations with Turkey."),
            "Russia/nnp normalized/vbd relations/nns with/in Turkey/nnp ./pp");
  // The word list knows "abducted" only as a noun: the override file.
  EXPECT_EQ(Tag1("Gunmen abducted two priests."), "Gunmen/nns abducted/vbd two/cd priests/nns ./pp");
  // No finite verb otherwise: "clashed" must be the past tense.
  EXPECT_EQ(Tag1("Protesters clashed with police."), "Protesters/nns clashed/vbd with/in police/nns ./pp");
  // A real participle stays: reduced relative, passive.
  EXPECT_EQ(Tag1("Weapons seized by police were destroyed."),
            "Weapons/nns seized/vbn by/in police/nns were/vbd destroyed/vbn ./pp");
  // No verb at all: a noun spelled like a past tense, between a noun and an
  // object, is that past tense; a noun with no object after it stays one.
  EXPECT_EQ(Tag1("Peru cut ties with Chile."), "Peru/nnp cut/vbd ties/nns with/in Chile/nnp ./pp");
  EXPECT_EQ(Tag1("A tax cut."), "A/det tax/nn cut/nn ./pp");
  EXPECT_EQ(Tag1("The budget cut angered the unions."),
            "The/det budget/nn cut/nn angered/vbd the/det unions/nns ./pp");
}

TEST(Tagger, PresentVerbAfterANameBeforeASubordinateClause) {
  REQUIRE_LEXICON();
  // "talks" after the opening name, with the next finite verb in an "as"
  // clause, is the verb; with no opener before the later verb it stays the
  // noun that verb belongs to; after a determiner it is a noun.
  EXPECT_EQ(Tag1("Premier Ana Ruiz talks with Pedro Gil as he signs a bill."),
            "Premier/nnp Ana/nnp Ruiz/nnp talks/vbz with/in Pedro/nnp Gil/nnp as/in he/prp signs/vbz a/det bill/nn ./pp");
  EXPECT_EQ(Tag1("Ruiz talks with Gil ended without a deal."),
            "Ruiz/nnp talks/nns with/in Gil/nnp ended/vbd without/in a/det deal/nn ./pp");
  EXPECT_EQ(Tag1("The Ruiz talks with Gil ended as he left."),
            "The/det Ruiz/nnp talks/nns with/in Gil/nnp ended/vbd as/in he/prp left/vbd ./pp");
}

TEST(Tagger, OneWordQuotationAfterAModalIsTheVerb) {
  REQUIRE_LEXICON();
  Doc doc = FromTokens({"Lima", "said", "Quito", "should", "\xE2\x80\x9C", "respect", "\xE2\x80\x9D", "the", "deal", "."});
  Tagger(Shared()).Run(doc);
  EXPECT_EQ(Tagged(doc), "Lima/nnp said/vbd Quito/nnp should/md \xE2\x80\x9C/ppl respect/vb \xE2\x80\x9D/ppr the/det deal/nn ./pp");
  // An adjective in quotes after "be" is no verb.
  doc = FromTokens({"Lima", "said", "it", "will", "be", "\xE2\x80\x9C", "unacceptable", "\xE2\x80\x9D", "."});
  Tagger(Shared()).Run(doc);
  EXPECT_EQ(Tagged(doc), "Lima/nnp said/vbd it/prp will/md be/vb \xE2\x80\x9C/ppl unacceptable/jj \xE2\x80\x9D/ppr ./pp");
}

TEST(Tagger, SecondPastTenseAfterAnd) {
  REQUIRE_LEXICON();
  // The bigram model read "and promised shelter" as a noun phrase (CC-JJ-NN).
  // After a time word that closes the first verb phrase it is a second verb.
  EXPECT_EQ(Tag1("The minister visited the camp yesterday and promised shelter."),
            "The/det minister/nn visited/vbd the/det camp/nn yesterday/nn and/cc promised/vbd shelter/nn ./pp");
  EXPECT_EQ(Tag1("The government condemned the raid on Monday and promised food to the refugees."),
            "The/det government/nn condemned/vbd the/det raid/nn on/in Monday/nnp and/cc promised/vbd food/nn "
            "to/to the/det refugees/nns ./pp");
  // Without that cue the adjective stays: "and armed men" is a noun phrase.
  EXPECT_EQ(Tag1("Troops searched the village and armed men fled."),
            "Troops/nns searched/vbd the/det village/nn and/cc armed/jj men/nns fled/vbd ./pp");
}

TEST(Tagger, UnknownWords) {
  REQUIRE_LEXICON();
  // Inside a sentence an unknown capitalised word is a name.
  EXPECT_EQ(Tag1("Fighters from Hezbollah fired rockets."),
            "Fighters/nns from/in Hezbollah/nnp fired/vbd rockets/nns ./pp");
  // At the start too, when nothing in its form suggests otherwise.
  EXPECT_EQ(Tag1("Hezbollah fired rockets."), "Hezbollah/nnp fired/vbd rockets/nns ./pp");
  // All capitals: an abbreviation.
  EXPECT_EQ(Tag1("The ELN attacked a base."), "The/det ELN/nnp attacked/vbd a/det base/nn ./pp");
  // Suffix classes for lower-case unknown words.
  Doc doc;
  testing::SimpleTokenize("They were frobnicating quickly.", &doc);
  Tagger tagger(Shared());
  tagger.Run(doc);
  EXPECT_EQ(doc.tokens[2].tag, Tag::VBG);
}

TEST(Tagger, PunctuationAndNumbers) {
  REQUIRE_LEXICON();
  Doc doc = FromTokens({"He", "paid", "$", "1,500", "(", "about", "2", "%", ")", ";", "\xE2\x80\x9C", "fine",
                        "\xE2\x80\x9D", ",", "he", "said", "\xE2\x80\x94", "twice", "!"});
  Tagger(Shared()).Run(doc);
  auto tag = [&](uint32_t i) { return doc.tokens[i].tag; };
  EXPECT_EQ(tag(2), Tag::PPD);
  EXPECT_EQ(tag(3), Tag::CD);
  EXPECT_EQ(tag(4), Tag::LRB);
  EXPECT_EQ(tag(6), Tag::CD);
  EXPECT_EQ(tag(7), Tag::NN);  // "%" as the lexicon has it
  EXPECT_EQ(tag(8), Tag::RRB);
  EXPECT_EQ(tag(9), Tag::PPS);
  EXPECT_EQ(tag(10), Tag::PPL);
  EXPECT_EQ(tag(12), Tag::PPR);
  EXPECT_EQ(tag(13), Tag::PPC);
  EXPECT_EQ(tag(16), Tag::PPS);
  EXPECT_EQ(tag(18), Tag::PP);
  Doc euro = FromTokens({"It", "cost", "\xE2\x82\xAC", "5", "."});
  Tagger(Shared()).Run(euro);
  EXPECT_EQ(euro.tokens[2].tag, Tag::PPD);
}

TEST(Tagger, QuoteFlagsDecide) {
  REQUIRE_LEXICON();
  Doc doc = FromTokens({"He", "said", "\"", "no", "\"", "."});
  doc.tokens[2].flags |= kOpenQuote;
  doc.tokens[4].flags |= kCloseQuote;
  Tagger(Shared()).Run(doc);
  EXPECT_EQ(doc.tokens[2].tag, Tag::PPL);
  EXPECT_EQ(doc.tokens[4].tag, Tag::PPR);
}

TEST(Tagger, Clitics) {
  REQUIRE_LEXICON();
  Doc doc = FromTokens({"Petro", "'s", "allies", "do", "n't", "agree", ",", "and", "he", "'s", "angry", "."});
  Tagger(Shared()).Run(doc);
  EXPECT_EQ(Tagged(doc),
            "Petro/nnp 's/pos allies/nns do/vbp n't/rb agree/vb ,/ppc and/cc he/prp 's/vbz angry/jj ./pp");
  // The same with U+2019 apostrophes.
  Doc curly = FromTokens({"Petro", "\xE2\x80\x99s", "allies", "do", "n\xE2\x80\x99t", "agree", "."});
  Tagger(Shared()).Run(curly);
  EXPECT_EQ(curly.tokens[1].tag, Tag::POS);
  EXPECT_EQ(curly.tokens[4].tag, Tag::RB);
  Doc will = FromTokens({"They", "'ll", "go", "and", "we", "'ve", "seen", "it", "."});
  Tagger(Shared()).Run(will);
  EXPECT_EQ(will.tokens[1].tag, Tag::MD);
  EXPECT_EQ(will.tokens[5].tag, Tag::VBP);
}

TEST(Tagger, HandlesAndUrls) {
  REQUIRE_LEXICON();
  Doc doc = FromTokens({"@petrogustavo", "posted", "example.com/x", "."});
  doc.tokens[0].flags |= kHandle;
  doc.tokens[2].flags |= kUrl;
  Tagger(Shared()).Run(doc);
  EXPECT_EQ(doc.tokens[0].tag, Tag::NNP);
  EXPECT_EQ(doc.tokens[2].tag, Tag::NN);
}

TEST(Tagger, ParticipleAfterAnArticleBeforeItsNounIsAnAdjective) {
  REQUIRE_LEXICON();
  // The clause reader took "divided" for a verb and lost the subject.
  EXPECT_NE(Tag1("The two halves of the divided Mediterranean island held talks .").find("divided/jj"),
            std::string::npos);
  EXPECT_NE(Tag1("Rebels planted an improvised explosive device near the road .").find("improvised/jj"),
            std::string::npos);
  // A participle after a noun is still a verb form.
  EXPECT_EQ(Tag1("The city divided by the river voted .").find("divided/jj"), std::string::npos);
}

TEST(Tagger, SentenceInitialUsesLowerCase) {
  REQUIRE_LEXICON();
  // "Tariffs" in the lexicon is a headline NNP; at a sentence start the
  // lower-case use counts too.
  EXPECT_EQ(Tag1("Tariffs on steel will rise."), "Tariffs/nns on/in steel/nn will/md rise/vb ./pp");
  // All capitals fall back to the lower-case entry.
  Doc doc = FromTokens({"TROOPS", "WITHDRAW", "FROM", "BORDER"});
  Tagger(Shared()).Run(doc);
  EXPECT_EQ(doc.tokens[2].tag, Tag::IN);
}

// The lines as one document, one sentence a line, with the headline bit
// where `headline(i)` says.
template <typename Headline>
Doc LinesDoc(const std::vector<std::string>& lines, Headline headline) {
  std::string all;
  for (const std::string& l : lines) all += l + "\n";
  Doc doc;
  testing::SimpleTokenize(all, &doc);
  if (doc.sentences.size() == lines.size())
    for (size_t i = 0; i < lines.size(); ++i) doc.sentences[i].headline = headline(i);
  return doc;
}

// Each line tagged alone by a fresh tagger (an empty memo) must get the
// tags it got in `doc`, tagged in one run.
template <typename Headline>
void ExpectTagsAsAlone(const Doc& doc, const std::vector<std::string>& lines, Headline headline) {
  for (size_t i = 0; i < lines.size(); ++i) {
    Doc one;
    testing::SimpleTokenize(lines[i], &one);
    one.sentences[0].headline = headline(i);
    Tagger(Shared()).Run(one);
    EXPECT_EQ(Tagged(doc, static_cast<uint32_t>(i)), Tagged(one)) << lines[i];
  }
}

// TagSentence memoises the candidates of capitalised words by their lower
// case, the clause-start bit and the headline bit. The same words at a
// sentence start, inside a sentence and in a headline, tagged in one run,
// must get the tags each sentence gets from a fresh tagger (whose memo
// starts empty).
// A gerund opening the sentence right before a past form is its subject
// (RepairGerundSubject): a noun, and the past form the finite verb.
TEST(Tagger, GerundSubjectBeforeAPastVerb) {
  REQUIRE_LEXICON();
  std::string t = Tag1("Shelling wounded six villagers near the border on Monday .");
  EXPECT_NE(t.find("Shelling/nn wounded/vbd"), std::string::npos) << t;
  t = Tag1("Heavy fighting killed dozens of people in the north .");
  EXPECT_NE(t.find("fighting/nn killed/vbd"), std::string::npos) << t;
  t = Tag1("Renewed fighting displaced thousands of families .");
  EXPECT_NE(t.find("Renewed/jj fighting/nn displaced/vbd"), std::string::npos) << t;
  // A participle clause with its own object, and an auxiliary, stay.
  t = Tag1("Having signed the accord , the ministers left .");
  EXPECT_NE(t.find("Having/vbg"), std::string::npos) << t;
  t = Tag1("Citing security concerns , the embassy closed .");
  EXPECT_EQ(t.find("Citing/nn"), std::string::npos) << t;
}

TEST(Tagger, CandidateMemoKeepsContext) {
  REQUIRE_LEXICON();
  const std::vector<std::string> lines = {
      "Protests spread after March.", "Officials said Protests spread.", "Protests Spread After March",
      "March rallies drew crowds.",   "Crowds march in Bogota.",          "Drones struck Monday.",
      "Police said Drones struck.",   "Drones Struck Monday",             "Officials said Seize was wrong.",
      "Rebels Seize Border Town"};
  const auto headline = [](size_t i) { return i == 2 || i == 7 || i == 9; };
  Doc doc = LinesDoc(lines, headline);
  ASSERT_EQ(doc.sentences.size(), lines.size());
  Tagger(Shared()).Run(doc);
  ExpectTagsAsAlone(doc, lines, headline);
}

// Sets kPlainCase on the tokens where the segmenter would (by the bytes:
// `lower` is the surface, or the surface with its first letter
// capitalised), so that the memo keys them; returns how many, and in
// *titles how many of those are capitalised.
uint32_t FlagPlainCase(Doc* doc, uint32_t* titles) {
  uint32_t flagged = 0;
  *titles = 0;
  for (Token& t : doc->tokens) {
    const std::string_view surface = doc->text(t.span);
    const bool caps = (t.flags & (kCapitalized | kAllCaps)) != 0;
    const bool same = !caps && t.lower == surface;
    const bool title = (t.flags & (kCapitalized | kAllCaps)) == kCapitalized && !surface.empty() &&
                       surface[0] >= 'A' && surface[0] <= 'Z' && t.lower.size() == surface.size() &&
                       t.lower[0] == (surface[0] | 0x20) && t.lower.substr(1) == surface.substr(1);
    if (same || title) {
      t.flags |= kPlainCase;
      ++flagged;
      *titles += title;
    }
  }
  return flagged;
}

// The segmenter's kPlainCase lets the memo key a token without comparing
// its bytes. Tokens flagged where it holds (by the bytes, as the
// segmenter does), in one run over sentences that repeat words at a
// sentence start, inside a sentence, in a headline and in capitals, must
// get the tags each sentence gets unflagged from a fresh tagger.
TEST(Tagger, PlainCaseFlagKeysAsTheBytesDo) {
  REQUIRE_LEXICON();
  const std::vector<std::string> lines = {
      "Crews Repair Roads After Storm",  "crews repair roads after the storm.", "Repair crews left.",
      "Officials said Repair crews left.", "REPAIR CREWS LEFT TOWN",           "Roads reopened; crews left.",
      "Storm hits roads, crews repair them.", "Storm Roads Close"};
  const auto headline = [](size_t i) { return i == 0 || i == 4 || i == 7; };
  Doc doc = LinesDoc(lines, headline);
  ASSERT_EQ(doc.sentences.size(), lines.size());
  uint32_t titles = 0;
  const uint32_t flagged = FlagPlainCase(&doc, &titles);
  EXPECT_GT(flagged, 20u);
  EXPECT_GT(titles, 8u);
  Tagger(Shared()).Run(doc);
  ExpectTagsAsAlone(doc, lines, headline);
}

// Words in capitals whose surface is their lower case upper-cased ("MAY",
// "U.S.") are memoised too, keyed with kAllCaps besides the clause-start
// and headline bits. The same words in capitals, title case and lower
// case, at a sentence start, inside a sentence and in a headline, tagged
// in one run, must get the tags each sentence gets from a fresh tagger:
// "SEIZE" inside a sentence (the lower-case entry, a verb) must not take
// the list of "Seize" there (unknown, a name), nor the other way round.
// A capital with an accent ("ÉTAT") is not keyed.
TEST(Tagger, CandidateMemoKeysAllCapitals) {
  REQUIRE_LEXICON();
  const std::vector<std::string> lines = {
      "Officials said the deal MAY collapse.", "Officials met in May.",         "MAY DAY RALLY DRAWS CROWDS",
      "May rallies drew crowds.",              "They may leave.",               "US troops left.",
      "Officials told US envoys.",             "Officials told us nothing.",    "The U.S. envoy left.",
      "The WHO warned of AIDS.",               "Who warned of Aids?",           "Officials cited the ÉTAT report.",
      "AIDS CASES RISE IN U.S. CITIES",        "Officials said Seize was wrong.", "Officials said SEIZE was wrong.",
      "Officials said Rebels attacked.",       "Officials said REBELS attacked."};
  const auto headline = [](size_t i) { return i == 2 || i == 12; };
  Doc doc = LinesDoc(lines, headline);
  ASSERT_EQ(doc.sentences.size(), lines.size());
  Tagger(Shared()).Run(doc);
  ExpectTagsAsAlone(doc, lines, headline);
  // The same with the segmenter's kPlainCase hints where they hold (the
  // capitals are keyed by their bytes either way).
  Doc flagged = LinesDoc(lines, headline);
  uint32_t titles = 0;
  EXPECT_GT(FlagPlainCase(&flagged, &titles), 30u);
  Tagger(Shared()).Run(flagged);
  ExpectTagsAsAlone(flagged, lines, headline);
}

// An unknown word with an inner hyphen takes a hyphen class (the adjective
// one when the part after the last hyphen can be an adjective: "red", not
// "blorf-red"); a hyphen
// at either end, or a name capitalised on both sides, does not.
TEST(Tagger, UnknownHyphenatedWordsTakeTheHyphenClasses) {
  REQUIRE_LEXICON();
  Doc doc;
  testing::SimpleTokenize("the blorf-green flags , the blorf-zeng flags , the zib-blorf-red flags , the blorf- flags , the Zib-Blorf flags .",
                          &doc);
  Tagger tagger(Shared());
  const Lexicon& lex = tagger.lexicon();
  auto same = [](std::span<const TagScore> a, std::span<const TagScore> b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const TagScore& x, const TagScore& y) {
             return x.tag == y.tag && x.score == y.score;
           });
  };
  auto at = [&](std::string_view surface) {
    for (uint32_t i = 0; i < doc.tokens.size(); ++i)
      if (doc.text(doc.tokens[i].span) == surface) return tagger.Candidates(doc, doc.sentences[0], i);
    ADD_FAILURE() << surface;
    return std::span<const TagScore>{};
  };
  ASSERT_FALSE(lex.Class(WordClass::kHypAdj).empty());
  EXPECT_TRUE(same(at("blorf-green"), lex.Class(WordClass::kHypAdj)));
  EXPECT_TRUE(same(at("blorf-zeng"), lex.Class(WordClass::kHyp)));
  EXPECT_TRUE(same(at("zib-blorf-red"), lex.Class(WordClass::kHypAdj)));  // the part after the last hyphen
  EXPECT_FALSE(same(at("blorf-"), lex.Class(WordClass::kHyp)));
  EXPECT_FALSE(same(at("blorf-"), lex.Class(WordClass::kHypAdj)));
  ASSERT_EQ(at("Zib-Blorf").size(), 1u);
  EXPECT_EQ(at("Zib-Blorf")[0].tag, Tag::NNP);
}

TEST(Tagger, CandidatesAreFewAndOrdered) {
  REQUIRE_LEXICON();
  Doc doc;
  testing::SimpleTokenize("The crowds burned the embassy.", &doc);
  Tagger tagger(Shared());
  auto c = tagger.Candidates(doc, doc.sentences[0], 1);  // "crowds"
  ASSERT_FALSE(c.empty());
  EXPECT_LE(c.size(), 3u);
  EXPECT_EQ(c.front().tag, Tag::NNS);
  tagger.Run(doc);
  EXPECT_EQ(Tagged(doc), "The/det crowds/nns burned/vbd the/det embassy/nn ./pp");
}

// The textbook Viterbi over the same candidates and transitions: for each
// candidate the first predecessor with the largest score + transition
// (strict >), then + the candidate's own score; the first best final cell.
// The same float sums in the same order as the tagger's lattice, so the
// paths must agree exactly, whatever SIMD path (one block, two blocks, one
// candidate without a loop) the tagger takes for a column.
// `late_lane` counts the path's cells whose best predecessor is the fifth
// to eighth cell of a column of five to eight (the second SIMD block).
std::vector<Tag> ReferencePath(const Tagger& tagger, const Doc& doc, const Sentence& s, size_t* late_lane) {
  struct Cell {
    float score;
    uint32_t back;
    Tag tag;
  };
  std::vector<std::vector<Cell>> columns;
  std::vector<Cell> prev = {{0.0f, 0, Tag::PP}};
  for (uint32_t i = s.tokens.begin; i < s.tokens.end; ++i) {
    std::vector<Cell> col;
    for (const TagScore& c : tagger.Candidates(doc, s, i)) {
      float best = -std::numeric_limits<float>::infinity();
      uint32_t back = 0;
      for (uint32_t p = 0; p < prev.size(); ++p) {
        const float v = prev[p].score + tagger.lexicon().Transition(prev[p].tag, c.tag);
        if (v > best) {
          best = v;
          back = p;
        }
      }
      col.push_back({best + c.score, back, c.tag});
    }
    columns.push_back(col);
    prev = col;
  }
  std::vector<Tag> path(columns.size());
  uint32_t at = 0;
  for (uint32_t c = 1; c < prev.size(); ++c)
    if (prev[c].score > prev[at].score) at = c;
  for (size_t k = columns.size(); k-- > 0;) {
    path[k] = columns[k][at].tag;
    const size_t before = k == 0 ? 1 : columns[k - 1].size();
    *late_lane += before >= 5 && before <= 8 && columns[k][at].back >= 4;
    at = columns[k][at].back;
  }
  return path;
}

// Tags `text` (one sentence) with `tagger` and expects the textbook
// decoder's path, token by token; `before` sees the tokens first.
template <typename Before>
void ExpectTextbookPath(const Tagger& tagger, const char* text, const std::string& label, size_t* late_lane,
                        Before before) {
  Doc doc;
  testing::SimpleTokenize(text, &doc);
  ASSERT_EQ(doc.sentences.size(), 1u) << text;
  const Sentence& s = doc.sentences[0];
  before(doc, s);
  const std::vector<Tag> want = ReferencePath(tagger, doc, s, late_lane);
  tagger.Run(doc);
  for (uint32_t i = s.tokens.begin; i < s.tokens.end; ++i)
    EXPECT_EQ(doc.tokens[i].tag, want[i - s.tokens.begin])
        << label << text << ": token " << doc.text(doc.tokens[i].span) << " " << TagName(doc.tokens[i].tag)
        << " vs " << TagName(want[i - s.tokens.begin]);
}

TEST(Tagger, LatticeMatchesTheTextbookDecoder) {
  REQUIRE_LEXICON();
  // Words with many readings ("that", "up", "out", "back", "round", "more")
  // make columns after five to eight cells; names and punctuation make
  // one-candidate columns after one cell and after several. None of these
  // sentences is touched by the repair passes, so the tags are the path.
  const char* const kSentences[] = {
      "They said that the talks would go on until late in the evening.",
      "Prices went up more than traders expected, and then turned back down after that.",
      "She set out round the lake early, but the rain kept her back.",
      "Officials who met there last week said little about the deal with Oslo.",
      "That was more than enough for the council, which voted it down.",
      // "back" as a verb: its VB and VBP are its fifth and sixth readings.
      "Most lawmakers want to back the new budget.",
      "Farmers back the plan, the union said.",
  };
  Tagger tagger(Shared());
  size_t after_many = 0, after_few = 0;  // columns after 5-8 cells, after 2-4
  size_t late_lane = 0;
  for (const char* text : kSentences) {
    ExpectTextbookPath(tagger, text, "", &late_lane, [&](const Doc& doc, const Sentence& s) {
      for (uint32_t i = s.tokens.begin; i + 1 < s.tokens.end; ++i) {
        const size_t n = tagger.Candidates(doc, s, i).size();
        after_many += n >= 5 && n <= 8;
        after_few += n >= 2 && n <= 4;
      }
    });
  }
  EXPECT_GE(after_many, 3u);
  EXPECT_GE(after_few, 10u);
  EXPECT_GE(late_lane, 1u);
}

// The lattice reads its transitions from per-thread tables, one per tag
// list, built on a list's first sight and kept for the next sentences
// (tagger.cc, GatherTables); the arena holding them grows while a sentence
// is tagged, under the previous column's table. A fresh tagger tags the
// same sentences as the textbook decoder, and so does the same tagger a
// second time, from tables built by the first pass; and a second tagger
// on the same thread (which rebuilds the tables) agrees.
TEST(Tagger, GatheredTransitionsMatchTheTextbookDecoder) {
  REQUIRE_LEXICON();
  // Many words with several readings, each list first seen here.
  const char* const kSentences[] = {
      "They said that the talks would go on until late in the evening.",
      "Prices went up more than traders expected, and then turned back down after that.",
      "Still, even as the round of talks set out to cut costs, the deal may well open up before long.",
      "Most lawmakers want to back the new budget.",
  };
  auto check = [&](const Tagger& tagger, const char* pass) {
    size_t late_lane = 0;
    for (const char* text : kSentences)
      ExpectTextbookPath(tagger, text, std::string(pass) + ": ", &late_lane, [](const Doc&, const Sentence&) {});
  };
  Tagger first(Shared());
  check(first, "fresh tables");
  check(first, "tables from the first pass");
  Tagger second(Shared());
  check(second, "a second tagger");
  check(first, "the first tagger again");
}

// A memo hit reads a copy of the token's candidate list kept in its memo
// slot for lists of up to five tags, and the lexicon's own list for longer
// ones (tagger.cc, MemoSlot). The second pass of the same tagger over the
// same sentences takes every list from the memo; it must follow the
// textbook decoder (which asks Candidates() itself) as the first pass does,
// with lists of one, of two to five and of more than five tags among the
// words, and so must a second tagger that empties the memo first. (No
// repair pass touches these sentences, so the tags are the path.)
TEST(Tagger, MemoisedListsMatchTheTextbookDecoder) {
  REQUIRE_LEXICON();
  // "plan", "attack", "talk", "arrest": a noun first, a verb here.
  const char* const kSentences[] = {
      "Farmers back the plan that the council will set out next week.",
      "They plan to attack the town and arrest the rebels near the border.",
      "Traders expect prices to go up and then back down before talks.",
      "Both sides plan to talk again after they attack the port.",
  };
  // Tags every sentence with `tagger`, its tokens flagged as the segmenter
  // flags them (so that the memo keys them), and expects the textbook
  // decoder's path; returns how many tokens were flagged.
  auto check = [&](const Tagger& tagger, const std::string& pass) {
    uint32_t flagged = 0, titles = 0;
    for (const char* text : kSentences) {
      Doc doc;
      testing::SimpleTokenize(text, &doc);
      flagged += FlagPlainCase(&doc, &titles);
      const Sentence& s = doc.sentences[0];
      size_t late_lane = 0;
      const std::vector<Tag> want = ReferencePath(tagger, doc, s, &late_lane);
      tagger.Run(doc);
      for (uint32_t i = s.tokens.begin; i < s.tokens.end; ++i)
        EXPECT_EQ(doc.tokens[i].tag, want[i - s.tokens.begin])
            << pass << ": " << text << ": token " << doc.text(doc.tokens[i].span) << " "
            << TagName(doc.tokens[i].tag) << " vs " << TagName(want[i - s.tokens.begin]);
    }
    return flagged;
  };
  Tagger tagger(Shared());
  // Tokens with one, two to five (and, of those, tagged with their second
  // candidate) and more than five candidates.
  size_t one = 0, few = 0, few_second = 0, many = 0;
  for (const char* text : kSentences) {
    Doc doc;
    testing::SimpleTokenize(text, &doc);
    tagger.Run(doc);
    const Sentence& s = doc.sentences[0];
    for (uint32_t i = s.tokens.begin; i < s.tokens.end; ++i) {
      const auto c = tagger.Candidates(doc, s, i);
      one += c.size() == 1;
      few += c.size() >= 2 && c.size() <= 5;
      few_second += c.size() >= 2 && c.size() <= 5 && c[1].tag == doc.tokens[i].tag;
      many += c.size() > 5;
    }
  }
  EXPECT_GE(one, 5u);
  EXPECT_GE(few, 10u);
  EXPECT_GE(few_second, 4u);
  EXPECT_GE(many, 2u);
  EXPECT_GE(check(tagger, "memo misses"), 40u);
  check(tagger, "memo hits");
  Tagger other(Shared());
  check(other, "another tagger");
  check(tagger, "the first tagger again");
}

TEST(Tagger, ManySentencesAndEmptyOnes) {
  REQUIRE_LEXICON();
  Doc doc;
  testing::SimpleTokenize("The talks failed.\n\nRebels attacked a town.\nOfficials said nothing.", &doc);
  Sentence empty;
  empty.tokens = {static_cast<uint32_t>(doc.tokens.size()), static_cast<uint32_t>(doc.tokens.size())};
  doc.sentences.push_back(empty);
  Tagger(Shared()).Run(doc);
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_EQ(Tagged(doc, 1), "Rebels/nns attacked/vbd a/det town/nn ./pp");
  for (const Token& t : doc.tokens) EXPECT_NE(t.tag, Tag::kNone);
}

// A capitalised word the lexicon knows only as a foreign word ("Shalom")
// is a name inside a sentence, and the verb after it stays finite; a
// capitalised gerund inside a name ("the Visiting Forces ...") is a proper
// noun, while one opening the sentence stays a gerund.
TEST(Tagger, ForeignWordsAndGerundsInsideNamesAreNames) {
  REQUIRE_LEXICON();
  Doc doc;
  testing::SimpleTokenize(
      "Silvan Shalom criticized Syria.\nThey met the Visiting Forces Agreement Committee.\n"
      "Visiting Beijing, Putin praised China.\nPutin is visiting Beijing.", &doc);
  Tagger(Shared()).Run(doc);
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_EQ(Tagged(doc, 0), "Silvan/nnp Shalom/nnp criticized/vbd Syria/nnp ./pp");
  EXPECT_NE(Tagged(doc, 1).find("Visiting/nnp Forces/"), std::string::npos) << Tagged(doc, 1);
  EXPECT_NE(Tagged(doc, 2).find("Visiting/vbg"), std::string::npos) << Tagged(doc, 2);
  EXPECT_NE(Tagged(doc, 3).find("visiting/vbg"), std::string::npos) << Tagged(doc, 3);
}

// Both gerund repairs find their words in the list of marked tokens
// (tagger.cc) rather than by a scan: with several gerunds in a sentence,
// the subject rule takes only the first one, and the name rule takes
// every capitalised one inside a name, in order ("Visiting ... Visiting"),
// while a lower-case gerund there ("watching") keeps its tag.
TEST(Tagger, SeveralGerundsInOneSentence) {
  REQUIRE_LEXICON();
  std::string t = Tag1(
      "Fighting killed dozens as members of the Visiting Forces Agreement Committee and the Visiting Nurses "
      "Association were watching .");
  EXPECT_NE(t.find("Fighting/nn killed/vbd"), std::string::npos) << t;
  EXPECT_NE(t.find("the/det Visiting/nnp Forces/"), std::string::npos) << t;
  EXPECT_NE(t.find("the/det Visiting/nnp Nurses/"), std::string::npos) << t;
  EXPECT_NE(t.find("watching/vbg"), std::string::npos) << t;
  // The rule looks at the sentence's first gerund only: "talking" is no
  // subject, and "shelling" after the colon, which would be one as the
  // first, is left alone.
  t = Tag1("Officials kept talking : shelling wounded six villagers .");
  EXPECT_EQ(t.find("shelling/nn wounded/vbd"), std::string::npos) << t;
  EXPECT_EQ(t.find("talking/nn"), std::string::npos) << t;
}

// Candidates() of a token flagged kPlainCase takes shortcuts: a lower-case
// word goes to LowerWordCandidates (tagger.cc), and an unknown capitalised
// word takes its surface's last hyphen from `lower`'s. Each word below,
// flagged where the flag holds (FlagPlainCase, by the bytes), must get the
// same list as unflagged, where the general path runs in full: known and
// unknown lower-case words (each suffix class, inner, final and double
// hyphens, a curly apostrophe), capitalised words with and without
// hyphens at a clause start and inside the sentence, and tokens the
// shortcut must leave alone (a number, punctuation, capitals).
TEST(Tagger, PlainCaseShortcutsGiveTheGeneralPathsLists) {
  REQUIRE_LEXICON();
  const std::vector<std::string> words = {
      "Quorvid-Telano", "harbour", "ferries", "zentolating", "quibrath", "glossantly", "vorplanded",
      "murnation", "zib-green", "zib-quell", "pre-zib-quiet", "krell-", "don\xE2\x80\x99t", "(",
      "Brandle-Osk", "Tovarin", "sailed", "Quorvid-Telano", "past", "Pell-harbour", "and", "12",
      "OSLAND", "moored", ",", "Wexmouth", "-", "Zentolating", "crews", "."};
  Doc flagged = FromTokens(words);
  Doc plain = FromTokens(words);
  uint32_t titles = 0;
  EXPECT_GT(FlagPlainCase(&flagged, &titles), 20u);
  EXPECT_GE(titles, 4u);  // "Tovarin", "Pell-harbour", "Wexmouth", "Zentolating"
  Tagger tagger(Shared());
  uint32_t compared = 0;
  for (uint32_t i = 0; i < flagged.tokens.size(); ++i) {
    const std::span<const TagScore> a = tagger.Candidates(flagged, flagged.sentences[0], i);
    const std::span<const TagScore> b = tagger.Candidates(plain, plain.sentences[0], i);
    ASSERT_EQ(a.size(), b.size()) << words[i];
    for (size_t k = 0; k < a.size(); ++k) {
      EXPECT_EQ(a[k].tag, b[k].tag) << words[i];
      EXPECT_EQ(a[k].score, b[k].score) << words[i];
    }
    ++compared;
  }
  EXPECT_EQ(compared, words.size());
  // The lists are the ones the general path gives, not merely equal to
  // each other: a few checked against the lexicon's classes.
  const Lexicon& lex = tagger.lexicon();
  const auto first_tag = [&](uint32_t i) { return tagger.Candidates(flagged, flagged.sentences[0], i)[0].tag; };
  EXPECT_EQ(first_tag(8), lex.Class(WordClass::kHypAdj)[0].tag);  // "zib-green"
  EXPECT_EQ(first_tag(9), lex.Class(WordClass::kHyp)[0].tag);     // "zib-quell"
  EXPECT_EQ(first_tag(14), Tag::NNP);                             // "Brandle-Osk", a name
  EXPECT_EQ(first_tag(21), Tag::CD);                              // "12"
}

// Title-case words (kPlainCase with kCapitalized) take a short path of
// their own (TitleWordCandidates): every such token must get the list the
// general path gives the same token unflagged, in a sentence and in a
// headline, at a clause start (the sentence's first word, after "(", ":",
// "--" and an opening quote) and inside: known words, a foreign word the
// lexicon knows ("Shalom"), words known only in lower case, unknown words
// of each suffix class, hyphenated ones (an adjective after the hyphen or
// not), a curly apostrophe, a letter and a point or hyphen (the
// abbreviation class), and tokens the path must leave alone.
TEST(Tagger, TitleWordShortcutGivesTheGeneralPathsLists) {
  REQUIRE_LEXICON();
  const std::vector<std::string> words = {
      "Ferries", "Shalom", "Minister", "Tovarin", "(", "Zentolating", "Quibraths", ":", "Murnation",
      "Glossantly", "Vorplanded", "--", "Harbour", "Pell-green", "Pell-quell", "Shalom", "met",
      "O\xE2\x80\x99Varrin", "\"", "Sailed", "A.", "B-", "Q", "Reuters", "Ferries", "Wexmouths",
      "Zentolating", "Brandle-Osk", "OSLAND", "12", "Said", "."};
  for (const bool headline : {false, true}) {
    Doc flagged = FromTokens(words);
    Doc plain = FromTokens(words);
    flagged.sentences[0].headline = plain.sentences[0].headline = headline;
    for (Doc* d : {&flagged, &plain})
      for (Token& t : d->tokens)
        if (d->text(t.span) == "\"") t.flags |= kOpenQuote;
    uint32_t titles = 0;
    FlagPlainCase(&flagged, &titles);
    EXPECT_GE(titles, 22u);
    Tagger tagger(Shared());
    for (uint32_t i = 0; i < flagged.tokens.size(); ++i) {
      const std::span<const TagScore> a = tagger.Candidates(flagged, flagged.sentences[0], i);
      const std::span<const TagScore> b = tagger.Candidates(plain, plain.sentences[0], i);
      ASSERT_EQ(a.size(), b.size()) << words[i] << " headline " << headline;
      for (size_t k = 0; k < a.size(); ++k) {
        EXPECT_EQ(a[k].tag, b[k].tag) << words[i] << " headline " << headline;
        EXPECT_EQ(a[k].score, b[k].score) << words[i] << " headline " << headline;
      }
    }
    // A few lists checked against what the general path is known to give.
    const Lexicon& lex = tagger.lexicon();
    const auto first_tag = [&](uint32_t i) { return tagger.Candidates(flagged, flagged.sentences[0], i)[0].tag; };
    if (!headline) {
      EXPECT_EQ(first_tag(15), Tag::NNP);  // "Shalom" inside a sentence: a name, not FW
    }
    EXPECT_EQ(first_tag(20), lex.Class(WordClass::kAbr)[0].tag);  // "A."
    EXPECT_EQ(first_tag(29), Tag::CD);                            // "12"
  }
}

TEST(Tagger, LongSentenceIsLinear) {
  REQUIRE_LEXICON();
  // 3,000 tokens in one "sentence": the lattice holds only each token's few
  // candidates, so this is quick and tags stay sane.
  std::string text;
  for (int i = 0; i < 500; ++i) text += "the rebels attacked a town , ";
  Doc doc;
  testing::SimpleTokenize(text, &doc);
  Tagger(Shared()).Run(doc);
  EXPECT_EQ(doc.tokens[2].tag, Tag::VBD);
  EXPECT_EQ(doc.tokens[doc.tokens.size() - 3].tag, Tag::DET);
}

}  // namespace
}  // namespace dyad::en
