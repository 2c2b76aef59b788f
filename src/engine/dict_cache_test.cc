// The compiled cache of our dictionaries (engine/dict_cache.h) against the
// same dictionaries built from their files: equal to the byte (each
// structure's Save is its canonical dump: every member, hash tables in key
// order), the same problems and counts, the same coded events; a miss when
// an input changes; a rebuild when the file is damaged.
#include "engine/dict_cache.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "config/paths.h"
#include "engine/engine.h"
#include "engine/load_helper.h"
#include "engine/runner.h"
#include "model/cache_file.h"
#include "model/doc.h"
#include "testing/name_tokens.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class DictCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(std::string(dyad::DefaultWordnetDir()) + "/index.verb") ||
        !fs::exists(std::string(dyad::DefaultTaggerDir()) + "/words.yml"))
      GTEST_SKIP() << "WordNet or the tagger lexicon is not installed (scripts/install-deps.sh)";
    dir_ = ::testing::TempDir() + "/dict_cache_test_" + std::to_string(::getpid()) + "_" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_ + "/cache");
    extra_ = dir_ + "/extra_actors.txt";
    // A made-up person, and a line with an error (a month 13) for the
    // problem list to carry through the cache.
    WriteExtra("@kind person\nTamsin Oderveld\n  URYGOV\nBrokenthing Vell\n  URYGOV 2020-13..\n");
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  void WriteExtra(const std::string& text) { std::ofstream(extra_, std::ios::binary | std::ios::trunc) << text; }
  EngineOptions Options(bool cache) const {
    EngineOptions o;
    o.extra_actor_files = {extra_};
    if (cache) o.cache_dir = dir_ + "/cache";
    return o;
  }
  std::unique_ptr<Engine> Load(bool cache, LoadReport* report) {
    std::string error;
    auto e = Engine::Load(Options(cache), &error, report);
    EXPECT_TRUE(e) << error;
    return e;
  }
  std::string DictPath() {
    for (const auto& e : fs::directory_iterator(dir_ + "/cache"))
      if (e.path().filename().string().starts_with("dictionaries-")) return e.path().string();
    return {};
  }
  // Every structure the cache holds, as its Save writes it.
  static std::string Bytes(const Engine& e) {
    CacheWriter w;
    e.actors().Save(&w);
    e.titles().Save(&w);
    e.actor_index().Save(&w);
    e.verbs().Save(&w);
    e.spanish_verbs().Save(&w);
    e.nouns().Save(&w);
    e.spanish_nouns().Save(&w);
    return w.bytes();
  }
  // Small dictionaries for the tests that drive LoadDictionaries by hand:
  // the extra file's actors, empty verbs and nouns, and the actor index
  // built over the actors or left empty.
  bool BuildSmall(OurDictionaries* d, bool with_index) const {
    d->actors = std::make_shared<ActorDictionary>();
    EXPECT_TRUE(d->actors->LoadFile(extra_, "extra_actors.txt", &d->problems));
    d->titles = std::make_shared<TitleTable>();
    d->index = with_index ? std::make_shared<ActorIndex>(*d->actors, testing::SimpleNameTokenizer, &d->problems)
                          : std::make_shared<ActorIndex>();
    d->verbs = std::make_shared<VerbDictionary>();
    d->es_verbs = std::make_shared<VerbDictionary>();
    d->nouns = std::make_shared<NounDictionary>();
    d->es_nouns = std::make_shared<NounDictionary>();
    return true;
  }
  // What OurDictionaries::Save writes.
  static std::string SavedBytes(const OurDictionaries& d) {
    CacheWriter w;
    d.Save(&w);
    return w.bytes();
  }
  static std::string Problems(const LoadReport& r) {
    std::string s;
    for (const DictProblem& p : r.problems) s += p.str() + "\n";
    return s + std::to_string(r.actor_entries) + " " + std::to_string(r.actor_names) + " " +
           std::to_string(r.verb_patterns) + " " + std::to_string(r.verb_lemmas) + " " +
           std::to_string(r.noun_triggers);
  }
  static std::string Code(const Engine& engine, const std::string& text, const std::string& lang = "en") {
    Doc doc;
    Article a;
    a.id = "t";
    a.lang = lang;
    a.published = *Date::Parse("2026-02-11");
    a.text = text;
    CodedArticle out;
    CodeArticle(engine, doc, std::move(a), false, &out);
    std::string all;
    for (const EventRecord& r : out.events) all += r.source + " " + r.code + " " + r.target + " " + r.evidence + "\n";
    return all;
  }

  std::string dir_, extra_;
};

// Our own sentences: an actor from the extra file, a title, a verb pattern
// with a synset, a noun trigger, a Spanish clause.
constexpr const char* kEnglish =
    "Tamsin Oderveld accused Argentina of hoarding river water on Tuesday. "
    "Former President Evo Morales denounced the Bolivian army. "
    "Chilean police fired tear gas at students in Santiago. "
    "The expulsion of two Peruvian diplomats by Ecuador angered Lima.";
constexpr const char* kSpanish = "El gobierno de Paraguay condenó el ataque de Bolivia contra la frontera.";

TEST_F(DictCacheTest, AHitGivesTheSameDictionariesProblemsAndEvents) {
  LoadReport plain_r, miss_r, hit_r;
  auto plain = Load(false, &plain_r);
  auto miss = Load(true, &miss_r);
  auto hit = Load(true, &hit_r);
  ASSERT_TRUE(plain && miss && hit);
  EXPECT_EQ(plain_r.dict_cache, "off");
  EXPECT_EQ(miss_r.dict_cache, "miss");
  EXPECT_EQ(hit_r.dict_cache, "hit");
  EXPECT_EQ(hit_r.cache_problem, "");
  const std::string bytes = Bytes(*plain);
  EXPECT_GT(bytes.size(), 1000000u);
  EXPECT_EQ(Bytes(*miss), bytes);
  EXPECT_EQ(Bytes(*hit), bytes);
  // The problems (file:line, in order) and the counts lint prints.
  EXPECT_NE(Problems(hit_r).find("extra_actors.txt:5"), std::string::npos) << Problems(hit_r);
  EXPECT_EQ(Problems(miss_r), Problems(plain_r));
  EXPECT_EQ(Problems(hit_r), Problems(plain_r));
  const std::string events = Code(*plain, kEnglish);
  EXPECT_NE(events.find("URYGOV"), std::string::npos) << events;
  EXPECT_EQ(Code(*hit, kEnglish), events);
  const std::string es = Code(*plain, kSpanish, "es");
  EXPECT_NE(es, "");
  EXPECT_EQ(Code(*hit, kSpanish, "es"), es);
}

TEST_F(DictCacheTest, AnEditedOrRemovedInputIsAMiss) {
  LoadReport r1, r2, r3, r4;
  ASSERT_TRUE(Load(true, &r1));
  ASSERT_TRUE(Load(true, &r2));
  EXPECT_EQ(r2.dict_cache, "hit");
  WriteExtra("@kind person\nTamsin Oderveld\n  ARGGOV\n");  // another code, and no broken entry
  auto edited = Load(true, &r3);
  EXPECT_EQ(r3.dict_cache, "miss");
  EXPECT_EQ(r3.cache_problem, "");
  EXPECT_EQ(Problems(r3).find("extra_actors.txt"), std::string::npos) << Problems(r3);
  const std::string events = Code(*edited, kEnglish);
  EXPECT_NE(events.find("ARGGOV"), std::string::npos) << events;
  fs::remove(extra_);
  auto removed = Load(true, &r4);
  EXPECT_EQ(r4.dict_cache, "miss");
  EXPECT_NE(Problems(r4).find("extra_actors.txt"), std::string::npos);  // cannot be read
  EXPECT_EQ(Code(*removed, kEnglish).find("ARGGOV"), std::string::npos);
}

// A hit's verb tables (the patterns' strings and masks, synset members,
// each verb's pattern list) and the English models' tables are views of
// the mapped cache files, which the engine keeps mapped: replaced by a
// rebuild (a rename) and removed, the engine codes as before.
TEST_F(DictCacheTest, AHitKeepsTheFilesItViewsAfterTheyAreGone) {
  LoadReport miss_r, hit_r, edit_r;
  auto miss = Load(true, &miss_r);
  auto hit = Load(true, &hit_r);
  ASSERT_TRUE(miss && hit);
  ASSERT_EQ(hit_r.dict_cache, "hit");
  const std::string events = Code(*miss, kEnglish), spanish = Code(*miss, kSpanish, "es");
  ASSERT_NE(events, "");
  ASSERT_NE(spanish, "");
  WriteExtra("@kind person\nTamsin Oderveld\n  URYGOV\n");
  ASSERT_TRUE(Load(true, &edit_r));
  ASSERT_EQ(edit_r.dict_cache, "miss");  // written over the old file
  fs::remove_all(dir_ + "/cache");
  EXPECT_EQ(Bytes(*hit), Bytes(*miss));
  EXPECT_EQ(Code(*hit, kEnglish), events);
  EXPECT_EQ(Code(*hit, kSpanish, "es"), spanish);
}

TEST_F(DictCacheTest, ADamagedCacheFileIsReportedAndRebuilt) {
  LoadReport first;
  auto built = Load(true, &first);
  ASSERT_TRUE(built);
  const std::string expected = Bytes(*built);
  const std::string path = DictPath();
  ASSERT_NE(path, "");
  std::string whole;
  {
    std::ifstream in(path, std::ios::binary);
    whole.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::string flipped = whole;
  flipped[whole.size() / 2] ^= 1;
  for (const std::string& bad : {whole.substr(0, whole.size() / 2), flipped}) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bad;
    LoadReport r, next_r;
    auto e = Load(true, &r);
    ASSERT_TRUE(e);
    EXPECT_EQ(r.dict_cache, "miss");
    EXPECT_NE(r.cache_problem.find(path), std::string::npos) << r.cache_problem;
    EXPECT_EQ(Bytes(*e), expected);
    ASSERT_TRUE(Load(true, &next_r));
    EXPECT_EQ(next_r.dict_cache, "hit");
  }
}

TEST_F(DictCacheTest, PeerDictionariesBypassTheCache) {
  const std::string peer = dir_ + "/peer.actors";
  std::ofstream(peer) << "ZORBANIA [ZRB]\n";
  EngineOptions o = Options(true);
  o.peer_dictionaries = {peer};
  std::string error;
  LoadReport r;
  ASSERT_TRUE(Engine::Load(o, &error, &r)) << error;
  EXPECT_EQ(r.dict_cache, "bypassed (peer dictionaries)");
  EXPECT_EQ(DictPath(), "");
}

// LoadDictionaries hands the verbs to `verbs_ready` once they are final
// (Engine::Load makes the event coder there): after a build on a miss, from
// the restore on a hit, with the verb section restored on this thread and
// the actors on the helper (or a thread of Restore's own without one); the
// dictionaries then equal the built ones.
TEST_F(DictCacheTest, TheVerbsAreHandedOverOnceTheyAreFinal) {
  EngineOptions o = Options(true);
  // Small dictionaries of our own making (Key still keys the data folder's
  // files): the extra actor file, no verbs.
  int builds = 0;
  auto build = [&](OurDictionaries* d) {
    ++builds;
    return BuildSmall(d, /*with_index=*/false);
  };
  auto bytes = &SavedBytes;
  int calls = 0;
  const VerbDictionary* seen = nullptr;
  std::thread::id called_on;
  auto ready = [&](const OurDictionaries& r) {
    ++calls;
    seen = r.verbs.get();
    called_on = std::this_thread::get_id();
  };
  std::string cache, problem;
  OurDictionaries miss, hit, hit_alone;
  {
    LoadHelper helper;
    ASSERT_TRUE(LoadDictionaries(o, build, &miss, &cache, &problem, &helper, ready));
  }
  EXPECT_EQ(cache, "miss");
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(seen, miss.verbs.get());
  EXPECT_EQ(called_on, std::this_thread::get_id());
  {
    LoadHelper helper;
    ASSERT_TRUE(LoadDictionaries(o, build, &hit, &cache, &problem, &helper, ready));
  }
  EXPECT_EQ(cache, "hit");
  EXPECT_EQ(builds, 1);
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(seen, hit.verbs.get());
  EXPECT_EQ(called_on, std::this_thread::get_id());
  ASSERT_EQ(hit.actors->entries().size(), miss.actors->entries().size());
  EXPECT_GT(hit.actors->entries().size(), 0u);
  EXPECT_EQ(bytes(hit), bytes(miss));
  // Without a helper nor a hand-over (dyad's other loaders, tests).
  ASSERT_TRUE(LoadDictionaries(o, build, &hit_alone, &cache, &problem));
  EXPECT_EQ(cache, "hit");
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(bytes(hit_alone), bytes(miss));
}

// On a hit the actor index is restored by whichever of Restore's two
// threads is free first (dict_cache.cc, IndexSection): the helper when the
// caller is still in its verbs_ready, the caller when the helper is still
// held by earlier work (in Engine::Load, the English models). Either way
// the dictionaries equal the built ones.
TEST_F(DictCacheTest, TheActorIndexIsRestoredByWhicheverThreadIsFreeFirst) {
  EngineOptions o = Options(true);
  WriteExtra("@kind person\nTamsin Oderveld\n  URYGOV\nBrisk Halloway Fenn\n  PRYMIL\n");
  auto build = [&](OurDictionaries* d) { return BuildSmall(d, /*with_index=*/true); };
  auto bytes = &SavedBytes;
  std::string cache, problem;
  OurDictionaries miss;
  ASSERT_TRUE(LoadDictionaries(o, build, &miss, &cache, &problem));
  ASSERT_EQ(cache, "miss");
  ASSERT_GT(miss.index->num_phrases(), 0u);

  // The helper first: the caller's verbs_ready waits for a task posted
  // behind the actors' one, which has claimed the index by then.
  {
    LoadHelper helper;
    auto wait_for_helper = [&](const OurDictionaries&) {
      auto ran = std::make_shared<std::promise<void>>();
      std::future<void> done = ran->get_future();
      helper.Post([ran] { ran->set_value(); });
      done.wait();
    };
    OurDictionaries hit;
    ASSERT_TRUE(LoadDictionaries(o, build, &hit, &cache, &problem, &helper, wait_for_helper));
    EXPECT_EQ(cache, "hit");
    EXPECT_FALSE(hit.index_on_caller);
    EXPECT_EQ(bytes(hit), bytes(miss));
  }
  // The caller first: the helper is held by an earlier task until the
  // caller has its verbs, and then has the actors to restore before it
  // asks for the index; the caller asks at once. Which thread wins is up to
  // the scheduler, so a few tries, each of which must equal the build.
  int on_caller = 0;
  for (int i = 0; i < 20 && on_caller == 0; ++i) {
    LoadHelper helper;
    auto gate = std::make_shared<std::promise<void>>();
    std::shared_future<void> open = gate->get_future().share();
    helper.Post([open] { open.wait(); });
    auto release = [gate](const OurDictionaries&) { gate->set_value(); };
    OurDictionaries hit;
    ASSERT_TRUE(LoadDictionaries(o, build, &hit, &cache, &problem, &helper, release));
    EXPECT_EQ(cache, "hit");
    on_caller += hit.index_on_caller;
    EXPECT_EQ(bytes(hit), bytes(miss));
  }
  EXPECT_GT(on_caller, 0);
}

// The index section carries the number of entries it was built over, so
// either thread can check its phrases before the actors are restored;
// Restore then refuses a file whose number is not the actors' (as a
// layout mismatch: the caller rebuilds).
TEST_F(DictCacheTest, AnIndexSavedOverAnotherNumberOfEntriesIsRefused) {
  WriteExtra("@kind person\nTamsin Oderveld\n  URYGOV\nBrisk Halloway Fenn\n  PRYMIL\n");
  OurDictionaries d;
  std::vector<DictProblem> problems;
  d.actors = std::make_shared<ActorDictionary>();
  ASSERT_TRUE(d.actors->LoadFile(extra_, "extra_actors.txt", &problems));
  d.titles = std::make_shared<TitleTable>();
  d.index = std::make_shared<ActorIndex>(*d.actors, testing::SimpleNameTokenizer, &problems);
  d.verbs = std::make_shared<VerbDictionary>();
  d.es_verbs = std::make_shared<VerbDictionary>();
  d.nouns = std::make_shared<NounDictionary>();
  d.es_nouns = std::make_shared<NounDictionary>();
  // Save's sections written out here, with the index's count given.
  auto file = [&](uint64_t entries) {
    CacheWriter actor_part, verb_part, index_part, lists_part, w;
    d.actors->Save(&actor_part);
    d.titles->Save(&actor_part);
    d.verbs->Save(&verb_part);
    d.es_verbs->Save(&verb_part);
    d.nouns->Save(&verb_part);
    d.es_nouns->Save(&verb_part);
    index_part.Pod<uint64_t>(entries);
    d.index->Save(&index_part);
    w.Section(actor_part);
    w.Section(verb_part);
    EventCoderLists::Build(*d.verbs)->Save(&lists_part);
    EventCoderLists::Build(*d.es_verbs)->Save(&lists_part);
    w.Section(index_part);
    w.Section(lists_part);
    w.Pod<uint64_t>(0);  // no problems
    return w.bytes();
  };
  const size_t n = d.actors->entries().size();
  ASSERT_EQ(n, 2u);
  CacheWriter saved;
  d.Save(&saved);
  ASSERT_EQ(file(n), saved.bytes());  // the layout written out above is Save's
  for (uint64_t entries : {uint64_t{n}, uint64_t{n + 1}, uint64_t{1}, uint64_t{0}}) {
    const std::string bytes = file(entries);
    CacheReader r(bytes);
    OurDictionaries back;
    LoadHelper helper;
    EXPECT_EQ(back.Restore(&r, &helper) && r.done(), entries == n) << entries;
  }
}

// Made-up verbs for the coder's lists: one verb with more patterns than
// EventCoderLists::kKeyedMin (so it is keyed), some by a synset, and
// `extra` more patterns of another verb.
std::shared_ptr<VerbDictionary> ListVerbs(int extra = 0) {
  auto v = std::make_shared<VerbDictionary>();
  std::vector<DictProblem> problems;
  v->LoadSynsetText("&GRAINTHING = barley | rye grain | millet\n", "synsets.txt", testing::SimpleNameTokenizer,
                    &problems);
  std::string patterns;
  // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive)
  // about "0" + std::to_string(...) + ... here.
  for (int i = 0; i < 70; ++i)
    patterns.append("0").append(std::to_string(30 + i % 9)).append(" pledge * fernwort").append(std::to_string(i)).append("\n");
  patterns += "061 pledge * &GRAINTHING\n071 pledge &GRAINTHING to\n";
  for (int i = 0; i < extra; ++i) patterns += "042 wander * tollgate" + std::to_string(i) + "\n";
  v->LoadPatternText(patterns, "verbs.txt", &problems);
  v->Compile(&problems);
  EXPECT_TRUE(problems.empty()) << problems[0].str();
  return v;
}

std::string ListBytes(const EventCoderLists& l) {
  CacheWriter w;
  l.Save(&w);
  return w.bytes();
}

// The event coders' keyed lists and pattern synsets (EventCoderLists) are
// a section of the file: a miss builds them for both languages and hands
// them to verbs_ready (the coders), a hit restores them (views of the
// mapped file) before verbs_ready, equal to the byte to a build, and
// each fits its own dictionary only.
TEST_F(DictCacheTest, TheCodersListsAreSavedAndRestoredWithTheVerbs) {
  EngineOptions o = Options(true);
  auto build = [&](OurDictionaries* d) {
    BuildSmall(d, /*with_index=*/false);
    d->verbs = ListVerbs();
    d->es_verbs = ListVerbs(3);
    return true;
  };
  const std::string en_built = ListBytes(*EventCoderLists::Build(*ListVerbs()));
  const std::string es_built = ListBytes(*EventCoderLists::Build(*ListVerbs(3)));
  ASSERT_NE(en_built, es_built);
  bool had_lists = false;
  auto ready = [&](const OurDictionaries& r) {
    had_lists = r.lists && r.es_lists && r.lists->Fits(*r.verbs) && r.es_lists->Fits(*r.es_verbs);
  };
  std::string cache, problem;
  OurDictionaries miss, hit;
  ASSERT_TRUE(LoadDictionaries(o, build, &miss, &cache, &problem, nullptr, ready));
  EXPECT_EQ(cache, "miss");
  EXPECT_TRUE(had_lists);
  ASSERT_TRUE(miss.lists && miss.es_lists);
  EXPECT_FALSE(miss.lists->keyed.empty());  // the fixture's verb is keyed
  EXPECT_EQ(ListBytes(*miss.lists), en_built);
  EXPECT_EQ(ListBytes(*miss.es_lists), es_built);
  had_lists = false;
  ASSERT_TRUE(LoadDictionaries(o, build, &hit, &cache, &problem, nullptr, ready));
  EXPECT_EQ(cache, "hit");
  EXPECT_TRUE(had_lists);
  ASSERT_TRUE(hit.lists && hit.es_lists);
  EXPECT_EQ(ListBytes(*hit.lists), en_built);
  EXPECT_EQ(ListBytes(*hit.es_lists), es_built);
  EXPECT_TRUE(hit.lists->list_synset_starts.is_view());
  EXPECT_TRUE(hit.lists->key_rows.is_view());
  // Each fits its own verbs, not the other language's nor the miss's
  // (the same shape, other lists).
  EXPECT_FALSE(hit.lists->Fits(*hit.es_verbs));
  EXPECT_FALSE(hit.es_lists->Fits(*hit.verbs));
  EXPECT_FALSE(hit.lists->Fits(*miss.verbs));
  // Off: no lists (each coder builds its own, as before the cache had them).
  OurDictionaries off;
  ASSERT_TRUE(LoadDictionaries(Options(false), build, &off, &cache, &problem, nullptr, ready));
  EXPECT_EQ(cache, "off");
  EXPECT_FALSE(off.lists || off.es_lists);
}

// Changed verbs are a miss (the key has every verb file), whose lists are
// built anew; a file whose lists section was built over other verbs is
// refused (Restore checks its counts and offsets) and rebuilt.
TEST_F(DictCacheTest, ListsOfOtherVerbsAreNeverServed) {
  EngineOptions o = Options(true);
  const std::string verbs_file = dir_ + "/extra_verbs.txt";
  o.extra_verb_files = {verbs_file};
  std::ofstream(verbs_file) << "042 wander * tollgate\n";
  auto build = [&](OurDictionaries* d) {
    BuildSmall(d, /*with_index=*/false);
    auto v = std::make_shared<VerbDictionary>();
    EXPECT_TRUE(v->LoadPatternFile(verbs_file, "extra_verbs.txt", &d->problems));
    v->Compile(&d->problems);
    d->verbs = v;
    return true;
  };
  std::string cache, problem;
  OurDictionaries first, second;
  ASSERT_TRUE(LoadDictionaries(o, build, &first, &cache, &problem));
  EXPECT_EQ(cache, "miss");
  std::ofstream(verbs_file, std::ios::app) << "043 wander * turnpike\n";
  ASSERT_TRUE(LoadDictionaries(o, build, &second, &cache, &problem));
  EXPECT_EQ(cache, "miss");
  EXPECT_EQ(second.verbs->patterns().size(), 2u);
  EXPECT_EQ(ListBytes(*second.lists), ListBytes(*EventCoderLists::Build(*second.verbs)));
  EXPECT_NE(ListBytes(*second.lists), ListBytes(*first.lists));

  // Bytes written by hand: Save's layout, the English lists built over
  // `over`.
  OurDictionaries d;
  BuildSmall(&d, /*with_index=*/false);
  d.verbs = ListVerbs();
  d.es_verbs = ListVerbs(1);
  auto file = [&](const VerbDictionary& over) {
    OurDictionaries copy = d;
    copy.lists = EventCoderLists::Build(over);
    copy.es_lists = EventCoderLists::Build(*d.es_verbs);
    return SavedBytes(copy);
  };
  for (int extra : {0, 1, 2}) {
    // ListVerbs(0) is d's English verbs; 1 and 2 add patterns (another list, more positions).
    const std::string bytes = file(*ListVerbs(extra));
    CacheReader r(bytes);
    OurDictionaries back;
    EXPECT_EQ(back.Restore(&r) && r.done(), extra == 0) << extra;
    EXPECT_EQ(back.lists != nullptr, extra == 0) << extra;
  }
  // Offsets out of their tables: a key row's offset past the rows.
  EventCoderLists bad = *EventCoderLists::Build(*d.verbs);
  ASSERT_FALSE(bad.keyed.empty());
  for (EventCoderLists::KeyedList& kl : bad.keyed)
    if (kl.list) kl.always = static_cast<uint32_t>(bad.key_rows.size());
  const std::string bad_bytes = ListBytes(bad);
  CacheReader br(bad_bytes);
  EventCoderLists back;
  EXPECT_FALSE(back.Restore(&br, *d.verbs));
  const std::string good_bytes = ListBytes(*EventCoderLists::Build(*d.verbs));
  CacheReader gr(good_bytes);
  EXPECT_TRUE(back.Restore(&gr, *d.verbs) && gr.done());
}

// Save and Restore name every member of these structs: one added without
// them (and without raising the struct's kCacheLayout) would be lost on a
// hit. Their sizes (x86-64, libstdc++) catch most such additions here (a
// small member that lands in existing padding does not change the size);
// update a size only after updating Save and Restore.
TEST(DictCacheLayout, TheSavedStructsHaveTheMembersSaveKnows) {
  if constexpr (sizeof(void*) == 8 && sizeof(std::string) == 32) {
    EXPECT_EQ(sizeof(CodePeriod), 72u);
    EXPECT_EQ(sizeof(ActorEntry), 224u);  // shared by pointer, the one-byte members together (stop 35, h-speed22)
    EXPECT_EQ(sizeof(Title), 144u);
    EXPECT_EQ(sizeof(PatternElem), 24u);
    EXPECT_EQ(sizeof(VerbPattern), 288u);
    EXPECT_EQ(sizeof(Synset), 176u);
    EXPECT_EQ(sizeof(NounPattern), 232u);
    EXPECT_EQ(sizeof(NounPrep), 32u);
    EXPECT_EQ(sizeof(EventCoderLists), 416u);  // Save: the counts, every table
  }
}

}  // namespace
}  // namespace dyad
