// Tagging and verb-lemma accuracy against the UD parses of the UD-PETRARCH
// validation suites (about 350 sentences, read from SharedDir() at run
// time; nothing of them is kept in the repository).
//
// The CoNLL-U tokens are the token stream, so the figures measure the tagger
// and the lemmatizer, not the segmenter. Column 5 (Penn XPOS) is mapped to the
// lexicon's tag names; column 3 is the lemma. Set DYAD_TAGGER_ERRORS=1 to
// print every disagreement, grouped by word.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "config/paths.h"
#include "lang/en/lemmatizer.h"
#include "lang/en/tagger.h"
#include "testing/simple_tokens.h"

namespace dyad::en {
namespace {

struct Row {
  std::string form, lemma, xpos;
};

std::vector<Row> ParseConllu(const std::string& conllu) {
  std::vector<Row> rows;
  size_t pos = 0;
  while (pos < conllu.size()) {
    size_t nl = conllu.find('\n', pos);
    std::string line = conllu.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    pos = nl == std::string::npos ? conllu.size() : nl + 1;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t b = 0;
    for (size_t i = 0; i <= line.size(); ++i)
      if (i == line.size() || line[i] == '\t') {
        cols.push_back(line.substr(b, i - b));
        b = i + 1;
      }
    if (cols.size() != 10) continue;
    // Multi-word token ranges ("3-4") and empty nodes ("3.1") are not tokens.
    if (cols[0].find_first_of("-.") != std::string::npos) continue;
    // The tagger sees what the segmenter produces: brackets and ampersands
    // as characters, not as the treebank's escapes.
    if (cols[1] == "-LRB-") cols[1] = "(";
    if (cols[1] == "-RRB-") cols[1] = ")";
    if (cols[1] == "&amp;") cols[1] = "&";
    // Penn's TO covers every "to"; this treebank tags the preposition IN.
    if (cols[4] == "IN" && (cols[1] == "to" || cols[1] == "To")) cols[4] = "TO";
    rows.push_back({cols[1], cols[2], cols[4]});
  }
  return rows;
}

// One sentence of given tokens, flags set from their shape.
void BuildDoc(const std::vector<Row>& rows, Doc* doc) {
  doc->Clear();
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (const Row& r : rows) {
    if (!text.empty()) text += ' ';
    spans.push_back({static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size() + r.form.size())});
    text += r.form;
  }
  doc->article.text = text;
  for (auto [b, e] : spans) testing::AddToken(doc, b, e);
  for (Token& t : doc->tokens) {
    std::string_view s = doc->text(t.span);
    if (s == "``") t.flags |= kOpenQuote;
    if (s == "''") t.flags |= kCloseQuote;
  }
  doc->tokens[0].flags |= kSentenceStart;
  Sentence s;
  s.span = {0, static_cast<uint32_t>(text.size())};
  s.tokens = {0, static_cast<uint32_t>(doc->tokens.size())};
  doc->sentences.push_back(s);
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

TEST(TaggerAccuracy, UdPetrarchSuites) {
  const std::string dir = std::string(dyad::SharedDir()) + "/suites/";
  const char* files[] = {"udpetrarch_validation_2_02.jsonl", "udpetrarch_gsr_validation.jsonl"};
  std::vector<std::vector<Row>> sentences;
  for (const char* f : files) {
    std::ifstream in(dir + f);
    if (!in) GTEST_SKIP() << "reference suite " << dir + f << " is absent; accuracy not measured";
    std::string line;
    while (std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("parse_conllu") || !j["parse_conllu"].is_string()) continue;
      auto rows = ParseConllu(j["parse_conllu"].get<std::string>());
      if (!rows.empty()) sentences.push_back(std::move(rows));
    }
  }
  ASSERT_GT(sentences.size(), 300u);

  auto lexicon = std::make_shared<Lexicon>();
  std::string error;
  ASSERT_TRUE(lexicon->Load(dyad::DefaultTaggerDir(), &error)) << error;
  ASSERT_TRUE(lexicon->LoadOverrides(std::string(dyad::DefaultDataDir()) + "/lexicon/en.tags.txt", &error)) << error;
  Tagger tagger(lexicon);
  Lemmatizer lemmatizer;
  ASSERT_TRUE(lemmatizer.Load(dyad::DefaultWordnetDir(), &error)) << error;

  const bool show = std::getenv("DYAD_TAGGER_ERRORS") != nullptr;
  const bool show_sentences = show && std::string(std::getenv("DYAD_TAGGER_ERRORS")) == "2";
  std::map<std::string, int> tag_errors, lemma_errors;
  int tokens = 0, tags_right = 0, verbs = 0, lemmas_right = 0, lemmas_right_gold_tag = 0, unmapped = 0;
  // The validation suites vary a few templates many times ("X is set to
  // reopen its embassy in Y ..."), so accuracy over distinct
  // sentences is reported too.
  std::set<std::string> seen;
  int distinct_tokens = 0, distinct_right = 0;
  Doc doc;
  for (const auto& rows : sentences) {
    BuildDoc(rows, &doc);
    const bool first_time = seen.insert(doc.article.text).second;
    tagger.Run(doc);
    lemmatizer.Run(doc);
    if (show_sentences) {
      std::string line;
      bool any = false;
      for (size_t i = 0; i < rows.size(); ++i) {
        Tag gold = TagFromPenn(rows[i].xpos);
        line += rows[i].form + "/" + std::string(TagName(doc.tokens[i].tag));
        if (gold != doc.tokens[i].tag) {
          line += "[" + std::string(TagName(gold)) + "]";
          any = true;
        }
        line += ' ';
      }
      if (any) std::printf("%s\n", line.c_str());
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      const Token& t = doc.tokens[i];
      Tag gold = TagFromPenn(rows[i].xpos);
      if (gold == Tag::kNone) {
        ++unmapped;
        continue;
      }
      ++tokens;
      distinct_tokens += first_time;
      if (t.tag == gold) {
        ++tags_right;
        distinct_right += first_time;
      } else if (show) {
        ++tag_errors[rows[i].form + " " + std::string(TagName(gold)) + "->" + std::string(TagName(t.tag))];
      }
      if (!IsVerb(gold)) continue;
      ++verbs;
      std::string want = Lower(rows[i].lemma);
      if (t.lemma == want) {
        ++lemmas_right;
      } else if (show) {
        ++lemma_errors[rows[i].form + "/" + std::string(TagName(t.tag)) + " " + want + "->" + std::string(t.lemma)];
      }
      std::string_view with_gold = lemmatizer.Lemmatize(t.lower, t.lower_hash, gold, &doc.arena).lemma;
      if (with_gold == want) {
        ++lemmas_right_gold_tag;
      } else if (show) {
        ++lemma_errors[rows[i].form + "/" + std::string(TagName(gold)) + "(gold tag) " + want + "->" +
                       std::string(with_gold)];
      }
    }
  }
  double tag_acc = 100.0 * tags_right / tokens;
  double lemma_acc = 100.0 * lemmas_right / verbs;
  double lemma_gold_acc = 100.0 * lemmas_right_gold_tag / verbs;
  std::printf("[tagger] %zu sentences, %d tokens (%d with unmapped tags skipped)\n", sentences.size(), tokens,
              unmapped);
  std::printf("[tagger] tag accuracy %.2f%% (%d/%d); over %zu distinct sentences %.2f%% (%d/%d)\n", tag_acc,
              tags_right, tokens, seen.size(), 100.0 * distinct_right / distinct_tokens, distinct_right,
              distinct_tokens);
  std::printf("[tagger] verb lemma accuracy %.2f%% (%d/%d) with our tags, %.2f%% with the gold tags\n", lemma_acc,
              lemmas_right, verbs, lemma_gold_acc);
  if (show) {
    std::multimap<int, std::string, std::greater<int>> sorted;
    for (auto& [k, v] : tag_errors) sorted.insert({v, k});
    for (auto& [v, k] : sorted) std::printf("  tag   %3d  %s\n", v, k.c_str());
    for (auto& [k, v] : lemma_errors) std::printf("  lemma %3d  %s\n", v, k.c_str());
  }
  // Floors: the figures measured when the tagger was written (94.05%,
  // 97.21%, 98.08%) minus one point. About a third of the tag disagreements
  // are errors or conventions of the automatic parses, not ours (docs/notes-tagger.md).
  EXPECT_GE(tag_acc, 93.0);
  EXPECT_GE(lemma_acc, 96.2);
  EXPECT_GE(lemma_gold_acc, 97.0);
}

// MEANTIME's hand-annotated event mentions in business news: single-word
// mentions marked VERB should be tagged as verbs (the event coder looks for
// verbs). Its `instance` field is not a lemma, so lemmas are not scored.
// Tokens come from the test-only splitter, so a few mentions do not align;
// each document's headline is tagged like any sentence.
TEST(TaggerAccuracy, MeantimeEventVerbs) {
  const std::string path = std::string(dyad::SharedDir()) + "/suites/meantime_en_events.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "reference suite " << path << " is absent; accuracy not measured";
  auto lexicon = std::make_shared<Lexicon>();
  std::string error;
  ASSERT_TRUE(lexicon->Load(dyad::DefaultTaggerDir(), &error)) << error;
  ASSERT_TRUE(lexicon->LoadOverrides(std::string(dyad::DefaultDataDir()) + "/lexicon/en.tags.txt", &error)) << error;
  Tagger tagger(lexicon);
  Lemmatizer lemmatizer;
  ASSERT_TRUE(lemmatizer.Load(dyad::DefaultWordnetDir(), &error)) << error;
  const bool show = std::getenv("DYAD_TAGGER_ERRORS") != nullptr;

  int mentions = 0, verbs = 0;
  std::string line;
  Doc doc;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text")) continue;
    doc.Clear();
    testing::SimpleTokenize(j["text"].get<std::string>(), &doc);
    tagger.Run(doc);
    lemmatizer.Run(doc);
    for (const auto& e : j["event_mentions"]) {
      if (e.value("pos", "") != "VERB" || !e["start"].is_number()) continue;
      uint32_t b = e["start"].get<uint32_t>(), end = e["end"].get<uint32_t>();
      const Token* tok = nullptr;
      for (const Token& t : doc.tokens)
        if (t.span.begin == b && t.span.end == end) tok = &t;
      if (tok == nullptr) continue;  // multi-word mention or a split the test tokenizer makes differently
      ++mentions;
      bool is_verb = IsVerb(tok->tag) || tok->tag == Tag::MD;
      verbs += is_verb;
      if (!is_verb && show)
        std::printf("  not a verb: %s/%s\n", std::string(doc.text(tok->span)).c_str(), std::string(TagName(tok->tag)).c_str());
    }
  }
  ASSERT_GT(mentions, 500);
  double verb_acc = 100.0 * verbs / mentions;
  std::printf("[tagger] MEANTIME verb mentions tagged as verbs: %.2f%% (%d/%d)\n", verb_acc, verbs, mentions);
  EXPECT_GE(verb_acc, 94.7);  // measured 95.71% minus one point
}

}  // namespace
}  // namespace dyad::en
