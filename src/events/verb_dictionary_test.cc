#include "events/verb_dictionary.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <memory>

#include <gtest/gtest.h>

#include "model/cache_file.h"
#include "model/doc.h"
#include "testing/word_tokenizer.h"

namespace dyad {
namespace {

using testing::WordTokenizer;

TEST(VerbDictionaryTest, ParsesPatternsMostSpecificFirst) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  d.LoadSynsetText("&SANCTION = sanction | tariff | visa penalty\n", "synsets.txt", WordTokenizer, &problems);
  d.LoadPatternText(
      "# 13x\n"
      "130  threaten               # bare\n"
      "1312 threaten + with &SANCTION\n"
      "---  threaten to resign\n",
      "13.txt", &problems);
  d.Compile(&problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  const auto* list = d.PatternsFor(TokenHash("threaten"));
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ(d.pattern((*list)[0]).code, "1312");
  EXPECT_TRUE(d.pattern((*list)[1]).is_null());
  EXPECT_EQ(d.pattern((*list)[2]).code, "130");
  EXPECT_EQ(d.pattern((*list)[0]).ref(), "13.txt:3 threaten + with &SANCTION");
  EXPECT_TRUE(d.pattern((*list)[0]).has_target);
  const auto& syn = d.synsets()[d.pattern((*list)[0]).elems[2].synset];
  EXPECT_EQ(syn.members.size(), 3u);
  EXPECT_EQ(syn.members[2].size(), 2u);  // "visa penalty"
  // The packed word masks the coder's pattern loop reads follow the
  // sorted order ("to resign", second, needs both its words).
  const PatternList* packed = d.PatternListFor(TokenHash("threaten"));
  ASSERT_NE(packed, nullptr);
  EXPECT_EQ(&packed->ids, list);
  ASSERT_EQ(packed->word_masks.size(), 3u);
  for (size_t k = 0; k < 3; ++k) EXPECT_EQ(packed->word_masks[k], d.pattern((*list)[k]).word_mask) << k;
  EXPECT_EQ(packed->word_masks[1], WordBit(TokenHash("to")) | WordBit(TokenHash("resign")));
  // The second mask (in the hot records, in the same order) holds the
  // same words by other bits of their hashes (the synset of the first
  // pattern has no bit in either).
  ASSERT_NE(packed->hot, nullptr);
  EXPECT_EQ(packed->hot[1].word_mask2, WordBit2(TokenHash("to")) | WordBit2(TokenHash("resign")));
  EXPECT_EQ(packed->hot[0].word_mask2, WordBit2(TokenHash("with")));
  EXPECT_EQ(packed->hot[2].word_mask2, 0u);
  EXPECT_EQ(d.PatternListFor(TokenHash("resign")), nullptr);
}

TEST(VerbDictionaryTest, ReportsMalformedLinesAndUnknownSynsets) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  d.LoadPatternText("accuse + of\n112\n112 + accuse\n112 accuse + + of\n111 condemn &NOPE\n", "11.txt", &problems);
  d.Compile(&problems);
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_EQ(problems[0].line, 1u);
  EXPECT_EQ(problems[1].line, 2u);
  EXPECT_EQ(problems[2].line, 3u);
  EXPECT_EQ(problems[3].line, 4u);
  EXPECT_EQ(problems[4].line, 5u);
  EXPECT_NE(problems[4].message.find("&NOPE"), std::string::npos);
}

// "046:046": a paired code, the target doing the second code back. Both
// halves must be codes; a null pattern has no pair.
TEST(VerbDictionaryTest, PairedCodes) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  d.LoadPatternText("046:046 parley with +\n042:043 tour +\n040 natter with +\n040: gab\n---:040 prattle\n040:4x blather\n",
                    "04.txt", &problems);
  d.Compile(&problems);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].line, 4u);
  EXPECT_EQ(problems[1].line, 5u);
  EXPECT_EQ(problems[2].line, 6u);
  ASSERT_EQ(d.patterns().size(), 3u);
  EXPECT_EQ(d.patterns()[0].code, "046");
  EXPECT_EQ(d.patterns()[0].paired_code, "046");
  EXPECT_EQ(d.patterns()[1].code, "042");
  EXPECT_EQ(d.patterns()[1].paired_code, "043");
  EXPECT_EQ(d.patterns()[2].paired_code, "");
}

// "[MIL|PKO] arrive in +": a subject condition before the verb, groups of
// three capital letters; it counts as a word for specificity.
TEST(VerbDictionaryTest, SubjectConditions) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  d.LoadPatternText(
      "042 arrive in +\n074:0861 [MIL|PKO] arrive in +\n074 [mil] land in +\n074 [PKO]\n074 [PKOX] land\n074 [] land\n",
      "07.txt", &problems);
  d.Compile(&problems);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].line, 3u);  // lower case
  EXPECT_EQ(problems[1].line, 4u);  // no verb after it
  EXPECT_EQ(problems[2].line, 5u);  // four letters
  EXPECT_EQ(problems[3].line, 6u);  // empty
  const auto* list = d.PatternsFor(TokenHash("arrive"));
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->size(), 2u);
  const VerbPattern& first = d.pattern((*list)[0]);
  EXPECT_EQ(first.code, "074");
  EXPECT_EQ(first.paired_code, "0861");
  EXPECT_EQ(first.subject_roles, (std::vector<std::string>{"MIL", "PKO"}));
  EXPECT_EQ(first.ref(), "07.txt:2 [MIL|PKO] arrive in +");
  ASSERT_EQ(first.elems.size(), 2u);  // "in", "+": the condition is no element
  EXPECT_TRUE(d.pattern((*list)[1]).subject_roles.empty());
}

// The compiled cache's layout 2: patterns as records, their elements,
// masks and strings in pools the restored patterns view. A restored
// dictionary has every pattern as it was, and its views outlive the
// reader's bytes and survive a copy of the dictionary.
TEST(VerbDictionaryTest, SaveAndRestoreKeepEveryPattern) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  d.LoadSynsetText("&ENVOY = envoy | special envoy\n", "syn.txt", WordTokenizer, &problems);
  d.LoadPatternText("043 visit\n036:036 meet with + about &ENVOY\n", "a.txt", &problems);
  d.LoadPatternText("--- visit * museum\n074 [PKO|MIL] arrive in +\n", "b.txt", &problems);
  VerbPattern peer;  // elements before the verb: the rare section
  peer.code = "120";
  peer.verb = TokenHash("visit");
  peer.before = {{PatternElem::Kind::kWord, TokenHash("not"), 0}, {PatternElem::Kind::kGap, 0, 0}};
  peer.text = "visit [before: not * VERB]";
  peer.file = "peer.txt";
  peer.line = 9;
  d.AddPattern(peer);
  d.LoadControlText("@speech say | tell\n", "control.txt", &problems);
  d.Compile(&problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();

  auto restored = std::make_shared<VerbDictionary>();
  {
    CacheWriter w;
    d.Save(&w);
    const std::string bytes = w.bytes();  // gone before the restored dictionary is read
    CacheReader r(bytes);
    ASSERT_TRUE(restored->Restore(&r));
    EXPECT_TRUE(r.done());
  }
  const VerbDictionary copy = *restored;
  restored.reset();  // the copy shares the storage its patterns view
  ASSERT_EQ(copy.patterns().size(), d.patterns().size());
  for (size_t i = 0; i < d.patterns().size(); ++i) {
    const VerbPattern& a = d.patterns()[i];
    const VerbPattern& b = copy.patterns()[i];
    EXPECT_EQ(a.code, b.code);
    EXPECT_EQ(a.paired_code, b.paired_code);
    EXPECT_EQ(a.ref(), b.ref());
    EXPECT_EQ(a.verb, b.verb);
    EXPECT_EQ(a.specificity, b.specificity);
    EXPECT_EQ(a.has_target, b.has_target);
    EXPECT_EQ(a.word_mask, b.word_mask);
    EXPECT_EQ(a.subject_roles, b.subject_roles);
    EXPECT_EQ(std::vector<uint64_t>(a.synset_masks.begin(), a.synset_masks.end()),
              std::vector<uint64_t>(b.synset_masks.begin(), b.synset_masks.end()));
    ASSERT_EQ(a.elems.size(), b.elems.size());
    for (size_t k = 0; k < a.elems.size(); ++k) {
      EXPECT_EQ(a.elems[k].kind, b.elems[k].kind);
      EXPECT_EQ(a.elems[k].hash, b.elems[k].hash);
      EXPECT_EQ(a.elems[k].synset, b.elems[k].synset);
    }
    EXPECT_EQ(a.before.size(), b.before.size());
  }
  EXPECT_EQ(copy.pattern(1).ref(), "a.txt:2 meet with + about &ENVOY");
  EXPECT_EQ(copy.pattern(4).ref(), "peer.txt:9 visit [before: not * VERB]");
  EXPECT_EQ(copy.pattern(3).subject_roles, (std::vector<std::string>{"PKO", "MIL"}));
  EXPECT_TRUE(copy.IsSpeech(TokenHash("tell")));
  ASSERT_NE(copy.PatternsFor(TokenHash("visit")), nullptr);
  EXPECT_EQ(copy.PatternsFor(TokenHash("visit"))->size(), 3u);

  // A restored pattern's elements view the dictionary's pool: changing a
  // copy of the pattern gives it elements of its own and leaves the pool.
  VerbPattern changed = copy.pattern(1);
  changed.elems.push_back({PatternElem::Kind::kGap, 0, 0});
  changed.elems[0].hash = 1;
  EXPECT_EQ(changed.elems.size(), copy.pattern(1).elems.size() + 1);
  EXPECT_EQ(copy.pattern(1).elems[0].hash, TokenHash("with"));

  // Bytes cut short anywhere fail, never read past the end.
  CacheWriter w;
  d.Save(&w);
  for (size_t cut : {size_t{8}, w.bytes().size() / 3, w.bytes().size() - 1}) {
    const std::string part = w.bytes().substr(0, cut);
    CacheReader r(part);
    VerbDictionary broken;
    EXPECT_FALSE(broken.Restore(&r) && r.done()) << cut;
  }
}

// Every list found through the open-addressing table, no other key found,
// and each position's PatternHot record what the coder's loop would
// otherwise read from the pattern.
void ExpectListsIndexed(const VerbDictionary& d, const std::vector<std::string>& absent) {
  ASSERT_EQ(d.lists().size(), d.list_verbs().size());
  EXPECT_EQ(d.num_verbs(), d.lists().size());
  for (uint32_t i = 0; i < d.lists().size(); ++i) {
    const PatternList& l = d.lists()[i];
    if (i > 0) {
      EXPECT_LT(d.list_verbs()[i - 1], d.list_verbs()[i]);
    }
    EXPECT_EQ(d.PatternListFor(d.list_verbs()[i]), &l) << i;
    EXPECT_EQ(l.index, i);
    ASSERT_TRUE(l.hot != nullptr || l.ids.empty());
    for (size_t k = 0; k < l.ids.size(); ++k) {
      const PatternHot& h = l.hot[k];
      const VerbPattern& p = d.pattern(l.ids[k]);
      EXPECT_EQ(p.verb, d.list_verbs()[i]);
      EXPECT_EQ(h.id, l.ids[k]);
      uint64_t mask2 = 0;  // WordBit2 of the plain words (stems have none)
      for (const PatternElem& el : p.elems)
        if (el.kind == PatternElem::Kind::kWord && !el.stem) mask2 |= WordBit2(el.hash);
      EXPECT_EQ(h.word_mask2, mask2) << p.ref();
      EXPECT_EQ((h.bits & PatternHot::kHasSynsets) != 0, !p.synset_masks.empty()) << p.ref();
      EXPECT_EQ((h.bits & PatternHot::kNoElems) != 0, p.elems.empty()) << p.ref();
      EXPECT_EQ((h.bits & PatternHot::kNoBefore) != 0, p.before.empty()) << p.ref();
      EXPECT_EQ((h.bits & PatternHot::kSurface) != 0, p.surface != 0) << p.ref();
      const std::string& code = p.code;  // the reduced relative's codes, by string tests
      const bool coercive = (code.compare(0, 3, "172") >= 0 && code.compare(0, 3, "175") <= 0) ||
                            code.starts_with("181") || code.starts_with("116") ||
                            (code.compare(0, 2, "18") >= 0 && code.compare(0, 2, "20") <= 0);
      EXPECT_EQ((h.bits & PatternHot::kCoercive) != 0, coercive) << p.ref();
      if (p.elems.empty()) {
        EXPECT_EQ(h.first_kind(), PatternHot::kFirstAny);
        continue;
      }
      const PatternElem& el = p.elems[0];
      switch (el.kind) {
        case PatternElem::Kind::kWord:
          if (el.stem) {
            EXPECT_EQ(h.first_kind(), PatternHot::kFirstAny) << p.ref();
          } else {
            EXPECT_EQ(h.first_kind(), PatternHot::kFirstWord) << p.ref();
            EXPECT_EQ(h.first_bit(), WordBit(el.hash)) << p.ref();
            EXPECT_EQ(h.first_bit2(), WordBit2(el.hash)) << p.ref();
          }
          break;
        case PatternElem::Kind::kSynset:
          EXPECT_EQ(h.first_kind(), PatternHot::kFirstSynset) << p.ref();
          EXPECT_EQ(h.first(), el.synset) << p.ref();
          break;
        case PatternElem::Kind::kTarget:
        case PatternElem::Kind::kSource: EXPECT_EQ(h.first_kind(), PatternHot::kFirstSlot) << p.ref(); break;
        default: EXPECT_EQ(h.first_kind(), PatternHot::kFirstAny) << p.ref();
      }
    }
  }
  for (const std::string& a : absent) EXPECT_EQ(d.PatternListFor(TokenHash(a)), nullptr) << a;
}

TEST(VerbDictionaryTest, ListsByFlatTableWithHotRecords) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  d.LoadSynsetText("&ENVOY = envoy | special envoy\n&TALKS = talks | negotiations\n", "syn.txt", WordTokenizer,
                   &problems);
  // Enough verbs that the table has collisions and several sizes' worth
  // of keys; each first-element kind once: a word, a synset, both slots,
  // a gap, none; a joined word; a subject condition.
  std::string text =
      "043 visit\n"
      "036 meet with + about &ENVOY\n"
      "046 meet &TALKS with +\n"
      "042 travel + to\n"
      "043 host $ in\n"
      "--- visit * museum\n"
      "074 [PKO|MIL] arrive in +\n"
      "173 charge + with\n"    // coercion: PatternHot::kCoercive
      "190 shell +\n";         // force: kCoercive too
  std::vector<std::string> absent;
  for (int i = 0; i < 300; ++i) {
    text += "010 verbword" + std::to_string(i) + " about +\n";
    absent.push_back("otherword" + std::to_string(i));
  }
  d.LoadPatternText(text, "a.txt", &problems);
  // The peers' kinds: a stem first, a surface form, elements before the verb.
  VerbPattern stem;
  stem.code = "111";
  stem.verb = TokenHash("criticize");
  stem.elems = {{PatternElem::Kind::kWord, 0, d.AddWordStem("REAL"), false, true}};
  stem.text = "criticize REAL~";
  d.AddPattern(stem);
  VerbPattern met;
  met.code = "036";
  met.verb = TokenHash("meet");
  met.surface = TokenHash("met");
  met.elems = {{PatternElem::Kind::kTarget, 0, 0}};
  met.text = "MET +";
  d.AddPattern(met);
  VerbPattern before;
  before.code = "120";
  before.verb = TokenHash("visit");
  before.before = {{PatternElem::Kind::kWord, TokenHash("not"), 0}, {PatternElem::Kind::kGap, 0, 0}};
  before.elems = {{PatternElem::Kind::kGap, 0, 0}, {PatternElem::Kind::kWord, TokenHash("city"), 0}};
  before.text = "NOT * VISIT * CITY";
  d.AddPattern(before);
  d.Compile(&problems);
  ASSERT_TRUE(problems.empty()) << problems[0].str();
  ASSERT_EQ(d.num_verbs(), 308u);
  ExpectListsIndexed(d, absent);
  // The coercion bit on the coercive and forceful patterns only.
  for (const char* verb : {"charge", "shell", "visit"}) {
    const PatternList* l = d.PatternListFor(TokenHash(verb));
    ASSERT_NE(l, nullptr) << verb;
    EXPECT_EQ((l->hot[0].bits & PatternHot::kCoercive) != 0, std::string_view(verb) != "visit") << verb;
  }
  ASSERT_NE(d.PatternsFor(TokenHash("verbword299")), nullptr);
  EXPECT_EQ(d.PatternsFor(TokenHash("meet"))->size(), 3u);

  // The same after the cache, read through a copy that outlives the
  // restored dictionary (the lists' records are in a pool copies share).
  auto restored = std::make_shared<VerbDictionary>();
  CacheWriter w;
  d.Save(&w);
  CacheReader r(w.bytes());
  ASSERT_TRUE(restored->Restore(&r));
  const VerbDictionary copy = *restored;
  restored.reset();
  ASSERT_EQ(copy.list_verbs(), d.list_verbs());
  ExpectListsIndexed(copy, absent);
  // Restore makes the records as it reads each pattern (the peer pattern
  // with elements before the verb again after those): the same records,
  // field for field, as Compile's.
  for (size_t i = 0; i < d.lists().size(); ++i)
    for (size_t k = 0; k < d.lists()[i].ids.size(); ++k) {
      const PatternHot& a = d.lists()[i].hot[k];
      const PatternHot& b = copy.lists()[i].hot[k];
      EXPECT_EQ(a.word_mask2, b.word_mask2);
      EXPECT_EQ(a.id, b.id);
      EXPECT_EQ(a.bits, b.bits) << copy.pattern(b.id).ref();
    }
  // An empty dictionary finds nothing.
  EXPECT_EQ(VerbDictionary().PatternListFor(TokenHash("visit")), nullptr);
}

TEST(VerbDictionaryTest, ControlLists) {
  VerbDictionary d;
  std::vector<DictProblem> problems;
  d.LoadControlText("@irrealis want | hope\n@speech say | tell\n@implicative manage\n", "control.txt", &problems);
  ASSERT_TRUE(problems.empty());
  EXPECT_TRUE(d.IsIrrealis(TokenHash("hope")));
  EXPECT_TRUE(d.IsSpeech(TokenHash("tell")));
  EXPECT_TRUE(d.IsImplicative(TokenHash("manage")));
  EXPECT_FALSE(d.IsSpeech(TokenHash("hope")));
}


// LoadPatternFiles reads several files in one go (reserving room first); it
// must give the patterns and problems, in order, of LoadPatternFile on each.
TEST(VerbDictionaryTest, LoadPatternFilesIsLoadPatternFileOnEach) {
  const std::string dir = ::testing::TempDir() + "/verb_files_" + std::to_string(::getpid());
  const std::string a = dir + "_a.txt", b = dir + "_b.txt", missing = dir + "_missing.txt";
  std::ofstream(a) << "042 visit +\nnot-a-code meet\n";
  std::ofstream(b) << "# comment\n\n043 host + in\n130 threaten + with sanctions";  // no final newline
  const std::vector<std::pair<std::string, std::string>> files = {{a, "a.txt"}, {missing, "m.txt"}, {b, "b.txt"}};
  VerbDictionary one_by_one, together;
  std::vector<DictProblem> p1, p2;
  for (const auto& [path, display] : files) one_by_one.LoadPatternFile(path, display, &p1);
  together.LoadPatternFiles(files, &p2);
  std::remove(a.c_str());
  std::remove(b.c_str());
  ASSERT_EQ(together.patterns().size(), 3u);
  ASSERT_EQ(one_by_one.patterns().size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(together.patterns()[i].ref(), one_by_one.patterns()[i].ref());
  EXPECT_EQ(together.patterns()[2].ref(), "b.txt:4 threaten + with sanctions");
  ASSERT_EQ(p2.size(), 2u);
  ASSERT_EQ(p1.size(), 2u);
  for (size_t i = 0; i < 2; ++i) EXPECT_EQ(p2[i].str(), p1[i].str());
  EXPECT_EQ(p2[0].file, "a.txt");
  EXPECT_EQ(p2[1].file, "m.txt");
}

// NextFit is the plain loop "first k with no absent bit" unrolled by four:
// checked against that loop from every start, for list lengths on both
// sides of a round of four and fits in each slot of a round.
TEST(VerbDictionaryTest, NextFitIsTheFirstMaskWithoutAnAbsentBit) {
  const uint64_t absent = 0b1010;
  for (size_t n = 0; n <= 11; ++n) {
    for (uint32_t fits = 0; fits < (1u << n); fits += (n > 6 ? 37 : 1)) {
      std::vector<uint64_t> masks(n);
      for (size_t k = 0; k < n; ++k) masks[k] = (fits >> k & 1) ? 0b0101 : 0b0110;  // bit 1 is absent
      for (size_t from = 0; from <= n; ++from) {
        size_t plain = from;
        while (plain < n && (masks[plain] & absent)) ++plain;
        EXPECT_EQ(PatternList::NextFit(masks.data(), from, n, absent), plain) << n << " " << fits << " " << from;
      }
    }
  }
}

}  // namespace
}  // namespace dyad
