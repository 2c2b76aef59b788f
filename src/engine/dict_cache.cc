#include "engine/dict_cache.h"

#include <unicode/uversion.h>

#include <atomic>
#include <filesystem>
#include <future>
#include <thread>

#include "model/cache_file.h"

namespace dyad {

namespace {

// The bundle's own layout (the order below and the problem records); each
// structure's kCacheLayout is keyed beside it.
// 2: the two parts as aligned sections; 3: the actor index a third;
// 4: the event coders' lists (EventCoderLists) a fourth.
constexpr uint32_t kBundleLayout = 4;

CacheKey Key(const EngineOptions& o, FileHashMemo* memo) {
  CacheKey key("dictionaries", kBundleLayout);
  key.UseMemo(memo);
  key.AddString(std::to_string(ActorDictionary::kCacheLayout) + "." + std::to_string(TitleTable::kCacheLayout) + "." +
                std::to_string(ActorIndex::kCacheLayout) + "." + std::to_string(VerbDictionary::kCacheLayout) + "." +
                std::to_string(NounDictionary::kCacheLayout) + "." + std::to_string(EventCoderLists::kCacheLayout));
  // Evidence cites files relative to the data folder, so its path shapes
  // the structures too; with a relative path anywhere, so does the
  // working folder it is relative to.
  key.AddString(o.data_dir);
  bool relative = !std::filesystem::path(o.data_dir).is_absolute();
  for (const auto* files : {&o.extra_actor_files, &o.extra_verb_files})
    for (const std::string& f : *files) relative |= !std::filesystem::path(f).is_absolute();
  if (relative) {
    std::error_code ec;
    key.AddString(std::filesystem::current_path(ec).string());
  }
  key.AddString(o.peer_only ? "peer_only" : "ours");
  const std::string& data = o.data_dir;
  // The name tokeniser's abbreviations, and the codebook codes are checked against.
  key.AddFile(data + "/text/abbreviations.en.txt");
  key.AddFile(data + "/text/abbreviations.es.txt");
  key.AddFile(data + "/cameo/codebook.tsv");
  for (const std::string& f : ListDataFiles(data + "/actors")) key.AddFile(f);
  key.AddString("--dict");
  for (const std::string& f : o.extra_actor_files) key.AddFile(f);
  if (o.iso_country_names && !o.peer_only) {
    key.AddFile(o.iso_codes_dir + "/iso_3166-1.json");
    // Spanish country names come from ICU's locale data, which a library
    // upgrade can change without a new dyad.
    UVersionInfo v;
    u_getVersion(v);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(v, text);
    key.AddString(std::string("icu ") + text);
  } else {
    key.AddString("no iso-codes");
  }
  for (const std::string& f : ListDataFiles(data + "/verbs")) key.AddFile(f);
  key.AddString("--verbs");
  for (const std::string& f : o.extra_verb_files) key.AddFile(f);
  return key;
}

}  // namespace

// Four sections, each a string of its own, so a hit restores them on two
// threads: the actors and titles, the verbs and nouns, the actor index
// (with the number of entries it was built over, so it can be checked
// before the actors are restored) and the event coders' lists (English,
// Spanish; built here if the caller left them null); then the problems.
void OurDictionaries::Save(CacheWriter* w) const {
  CacheWriter actor_part, verb_part, index_part, lists_part;
  actors->Save(&actor_part);
  titles->Save(&actor_part);
  verbs->Save(&verb_part);
  es_verbs->Save(&verb_part);
  nouns->Save(&verb_part);
  es_nouns->Save(&verb_part);
  index_part.Pod<uint64_t>(actors->entries().size());
  index->Save(&index_part);
  w->Section(actor_part);
  w->Section(verb_part);
  (lists ? lists : EventCoderLists::Build(*verbs))->Save(&lists_part);
  (es_lists ? es_lists : EventCoderLists::Build(*es_verbs))->Save(&lists_part);
  w->Section(index_part);
  w->Section(lists_part);
  w->Pod<uint64_t>(problems.size());
  for (const DictProblem& p : problems) {
    w->String(p.file);
    w->Pod(p.line);
    w->String(p.message);
    w->Pod(p.error);
  }
}

namespace {

// The actor index's section, restored by whichever of Restore's two
// threads is free first. Why: the two paths of a hit (this thread: the
// file's key and opening, the verb section, the caller's verbs_ready; the
// helper: the English models, then the actors and titles) end within about
// a millisecond of each other, but which ends first depends on the run (on
// a busy machine, the cache file's first read), and the index (~1-1.5 ms,
// a quarter of the actor part's instructions) is the one piece either can
// take. A fixed owner leaves the other thread idle whenever it is done
// first; the claim gives the index to the first one done, which never
// ends later than the index's former fixed place on the helper.
struct IndexSection {
  std::string_view bytes;
  std::shared_ptr<const void> owner;  // the mapped file the restored index views
  std::atomic<bool> claimed{false};
  uint64_t entries = 0;  // what the index was built over, as saved

  // True if this thread won the index (each thread asks once).
  bool Claim() { return !claimed.exchange(true, std::memory_order_relaxed); }
  // Its phrases are checked against the saved number of entries here;
  // Restore checks that number against the restored actors once both are
  // done, so an index never names an entry the dictionary lacks.
  bool RestoreInto(ActorIndex* index) {
    CacheReader ir(bytes, owner);
    return ir.Pod(&entries) && index->Restore(&ir, entries) && ir.done();
  }
};

}  // namespace

bool OurDictionaries::Restore(CacheReader* r, LoadHelper* helper,
                              const std::function<void(const OurDictionaries&)>& verbs_ready) {
  actors = std::make_shared<ActorDictionary>();
  titles = std::make_shared<TitleTable>();
  index = std::make_shared<ActorIndex>();
  verbs = std::make_shared<VerbDictionary>();
  es_verbs = std::make_shared<VerbDictionary>();
  nouns = std::make_shared<NounDictionary>();
  es_nouns = std::make_shared<NounDictionary>();
  tabari_verbs = false;
  index_on_caller = false;
  lists = es_lists = nullptr;
  std::string_view actor_bytes, verb_bytes, lists_bytes;
  IndexSection index_section;
  if (!r->Section(&actor_bytes) || !r->Section(&verb_bytes) || !r->Section(&index_section.bytes) ||
      !r->Section(&lists_bytes))
    return false;
  index_section.owner = r->owner();
  // The sections are restored on two threads, ~3 ms each on a quiet
  // machine (the actors 20.5M instructions with the index, the verbs 16.0M
  // but more cache misses): the actors and titles on a second one, `helper`
  // (Engine::Load's, which loads the English models first: load_helper.h
  // says why) or one of its own, and the verbs and nouns on this one, which
  // starts on them at once: the helper is still busy with the English
  // models when the file is opened, and the caller's next step, the event
  // coder, needs only the verbs. The index goes to whichever thread is
  // done first (IndexSection). Not std::async: its future's
  // get() joins the thread, so this thread also waited for the other's exit
  // (mimalloc handing back its thread heap, 1.3M instructions, docs/
  // performance.md "stop 18"). The task owns the promise, so the shared
  // state outlives its set_value, and it touches nothing of this frame
  // after it: this frame waits for that value below.
  auto actors_promise = std::make_shared<std::promise<bool>>();
  std::future<bool> actors_future = actors_promise->get_future();
  auto restore_actors = [&, promise = actors_promise]() {
    // An exception (bad_alloc) is rethrown by actors_future.get() below.
    try {
      CacheReader ar(actor_bytes, r->owner());
      bool ok = actors->Restore(&ar) && titles->Restore(&ar) && ar.done();
      if (ok && index_section.Claim()) ok = index_section.RestoreInto(index.get());
      promise->set_value(ok);
    } catch (...) {
      promise->set_exception(std::current_exception());
    }
  };
  if (helper)
    helper->Post(restore_actors);
  else
    std::thread(restore_actors).detach();
  bool verbs_done = false, index_ok = true;
  try {
    CacheReader vr(verb_bytes, r->owner());
    verbs_done = verbs->Restore(&vr) && es_verbs->Restore(&vr) && nouns->Restore(&vr, verbs->synsets().size()) &&
                 es_nouns->Restore(&vr, es_verbs->synsets().size()) && vr.done();
    // The coders' lists, views of the file checked against the verbs just
    // restored (EventCoderLists::Restore; ~0.1 ms where building them was
    // ~10M instructions): before verbs_ready, which makes the coder.
    if (verbs_done) {
      CacheReader lr(lists_bytes, r->owner());
      auto en = std::make_shared<EventCoderLists>(), es = std::make_shared<EventCoderLists>();
      verbs_done = en->Restore(&lr, *verbs) && es->Restore(&lr, *es_verbs) && lr.done();
      if (verbs_done) lists = std::move(en), es_lists = std::move(es);
    }
    // The caller's work on the verbs (Engine::Load: the event coder's
    // tables, ~1 ms) overlaps the actors' restore still running beside it.
    if (verbs_done && verbs_ready) verbs_ready(*this);
    // Not claimed when the verbs failed: the result is a failure anyway,
    // and the helper takes the index if its actors succeed.
    if (verbs_done && index_section.Claim()) {
      index_on_caller = true;
      index_ok = index_section.RestoreInto(index.get());
    }
  } catch (...) {
    // The actors' task reads this frame (actor_bytes, r, index_section, the
    // members): it must end before the exception leaves it.
    actors_future.wait();
    throw;
  }
  // True only if the helper restored its part and, had it claimed the
  // index, that too; with the verbs done, one of the two claimed it.
  const bool actors_ok = actors_future.get();
  if (!actors_ok || !verbs_done || !index_ok || index_section.entries != actors->entries().size())
    return r->Fail();
  uint64_t n = 0;
  if (!r->Count(&n)) return false;
  problems.resize(n);
  for (DictProblem& p : problems)
    if (!r->String(&p.file) || !r->Pod(&p.line) || !r->String(&p.message) || !r->Pod(&p.error)) return false;
  return true;
}

bool DictionaryCacheApplies(const EngineOptions& options) {
  return !options.cache_dir.empty() && options.peer_dictionaries.empty();
}

bool LoadDictionaries(const EngineOptions& options, const std::function<bool(OurDictionaries*)>& build,
                      OurDictionaries* d, std::string* cache, std::string* cache_problem,
                      LoadHelper* helper, const std::function<void(const OurDictionaries&)>& verbs_ready) {
  cache_problem->clear();
  if (!DictionaryCacheApplies(options)) {
    *cache = options.cache_dir.empty() ? "off" : "bypassed (peer dictionaries)";
    if (!build(d)) return false;
    if (verbs_ready) verbs_ready(*d);
    return true;
  }
  // The input files' hashes, remembered from the last start while they
  // are unchanged (model/cache_file.h, FileHashMemo), and the payload's.
  FileHashMemo memo(options.cache_dir, "dictionaries");
  CacheFile file(options.cache_dir, Key(options, &memo), &memo);
  CacheReader reader;
  std::string problem;
  const bool opened = file.Open(&reader);
  memo.Save();
  if (opened) {
    if (d->Restore(&reader, helper, verbs_ready) && reader.done()) {
      *cache = "hit";
      return true;
    }
    // Whole and for these inputs, yet not what this build's Restore reads:
    // a layout changed without its kCacheLayout being raised. Rebuild.
    problem = "inconsistent with this build's layout";
  } else {
    problem = file.problem();
  }
  if (!problem.empty()) *cache_problem = file.path() + ": " + problem;
  *d = OurDictionaries();
  if (!build(d)) return false;
  // A dictionary with peer parts is never saved (none can reach here, as
  // peer files bypass the cache; this keeps Save's omissions safe).
  if (!d->verbs->Cacheable() || !d->es_verbs->Cacheable()) {
    if (verbs_ready) verbs_ready(*d);
    *cache = "miss, not saved";
    return true;
  }
  // The coders' lists, built once here for the file and handed to the
  // coders (verbs_ready) too, so that a miss builds them no more than
  // before.
  d->lists = EventCoderLists::Build(*d->verbs);
  d->es_lists = EventCoderLists::Build(*d->es_verbs);
  if (verbs_ready) verbs_ready(*d);
  CacheWriter w;
  d->Save(&w);
  *cache = file.Save(w) ? "miss" : "miss, not saved";
  return true;
}

}  // namespace dyad
