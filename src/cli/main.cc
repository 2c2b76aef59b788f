// dyad: news in, CAMEO events out. See README.md and `dyad --help`.
#include <cstdio>
#include <iostream>
#include <map>
#include <string_view>

#include "cli/cli.h"
#include "model/cache_file.h"

#ifdef DYAD_WITH_MIMALLOC
#include <mimalloc.h>
#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#endif

namespace dyad::cli {

#ifdef DYAD_WITH_MIMALLOC
// Hands mimalloc a 128 MB region of address space that the kernel may back
// with 2 MB transparent huge pages (madvise(MADV_HUGEPAGE); Debian's
// default THP mode is "madvise"), so the heap's first touches fault once
// per 2 MB instead of once per 4 KB.
//
// Why: restoring the dictionaries from the cache fills ~30 MB of heap, and
// each first touch of a 4 KB page is a page fault (~2.5 us on this virtual
// machine): 7,500 faults on an empty input, half of start-up's CPU time
// (docs/performance.md, "stop 15": user+sys 0.15 -> 0.08 s, faults
// 7,500 -> 2,400). An arena given with mi_manage_os_memory is used for
// every segment allocated after this call. (mimalloc's own large-page
// option, set before it starts by LargeOsPagesBeforeMimallocStarts below,
// covers the segments taken outside the arena; without the arena the loop
// is slower again: stop 24's measurement in docs/performance.md.) The region is reserved, not committed (MAP_NORESERVE): pages
// cost memory only once touched, and past 128 MB mimalloc takes memory
// from the system as before. If the kernel has THP off, the arena is plain
// 4 KB memory and nothing changes. DYAD_NO_HUGE_PAGES=1 skips it, to
// measure the difference with one binary (and one cache file).
bool HugePagesOff() {
  const char* off = std::getenv("DYAD_NO_HUGE_PAGES");
  return off && *off && *off != '0';
}

void GiveMimallocAHugePageArena() {
  if (HugePagesOff()) return;
  // Aligned to 32 MB, the size of mimalloc 2.0's arena blocks (its
  // segments), so every block of the region is whole.
  constexpr size_t kArena = size_t{128} << 20, kAlign = size_t{32} << 20;
  void* p = ::mmap(nullptr, kArena + kAlign, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return;
  const uintptr_t start = (reinterpret_cast<uintptr_t>(p) + kAlign - 1) & ~uintptr_t{kAlign - 1};
  void* arena = reinterpret_cast<void*>(start);
  ::madvise(arena, kArena, MADV_HUGEPAGE);  // a kernel without THP refuses; the arena still works
  // Committed (anonymous memory is, on first touch), not pinned large OS
  // pages (mimalloc may decommit parts), zero-filled (fresh from mmap).
  mi_manage_os_memory(arena, kArena, /*is_committed=*/true, /*is_large=*/false, /*is_zero=*/true, /*numa_node=*/-1);
}

// Turns on mimalloc's large-OS-pages option (MIMALLOC_LARGE_OS_PAGES=1:
// every segment it takes from the system is madvise(MADV_HUGEPAGE)d and
// kept whole, never partly handed back) before mimalloc allocates its
// first segment.
//
// Why: the coding loop reads tens of MB of dictionary tables (the actor
// index, the tagger's lexicon and transitions, the verb patterns, the
// lemma memo) at scattered places, and with 4 KB pages nearly every such
// read past the caches also misses the TLB. The arena above gives huge
// pages to what is allocated after main starts, but the main thread's
// first segment, taken before main by the C++ run-time's own start-up,
// stays in 4 KB pages, and the main thread restores the actor
// dictionaries and the index into it (~12 MB of 4 KB pages in
// /proc/PID/smaps). Measured (docs/performance.md, "stop 24: huge pages"):
// te3silver's coding loop on one thread -20% wall time, Reuters -10%,
// peak RSS +8 MB.
//
// Why here: mimalloc reads its options when it starts, in its library's
// initialiser or at the first malloc, which both come before main and
// before any constructor of ours; an executable's .preinit_array runs
// before every shared library's initialisers. mi_option_set only writes
// mimalloc's option table (no allocation, safe before it starts).
// DYAD_NO_HUGE_PAGES=1 (as for the arena) and a MIMALLOC_LARGE_OS_PAGES
// the user set both win over this.
void LargeOsPagesBeforeMimallocStarts(int, char**, char**) {
  if (HugePagesOff() || std::getenv("MIMALLOC_LARGE_OS_PAGES")) return;
  mi_option_set(mi_option_large_os_pages, 1);
}
#endif

void EngineFlags::Add(CLI::App* app) {
  app->add_option("--data", data_dir, "dyad data folder (dictionaries, codebook)")->capture_default_str();
  app->add_option("--dict", dicts, "extra actor dictionary file in dyad's format (repeatable)");
  app->add_option("--verbs", verb_files, "extra verb-pattern file in dyad's format (repeatable)");
  app->add_option("--peer-dict", peer_dicts,
                  "TABARI or PETRARCH actors/agents/verbs file, loaded as it is (repeatable; see dict/peer.h)");
  app->add_flag("--peer-only", peer_only,
                "load only the --peer-dict dictionaries, not data/actors and data/verbs patterns");
  app->add_option("--cache-dir", cache_dir,
                  "folder of the compiled dictionary cache (default $DYAD_CACHE_DIR, else $XDG_CACHE_HOME/dyad, "
                  "else ~/.cache/dyad; safe to delete)");
  app->add_flag("--no-cache", no_cache, "build every dictionary from its files; neither read nor write the cache");
}

EngineOptions EngineFlags::ToOptions() const {
  EngineOptions o;
  o.data_dir = data_dir;
  o.extra_actor_files = dicts;
  o.extra_verb_files = verb_files;
  o.peer_dictionaries = peer_dicts;
  o.peer_only = peer_only;
  o.background_indexes = background_indexes;
  if (!no_cache) o.cache_dir = cache_dir.empty() ? DefaultCacheDir() : cache_dir;
  return o;
}

std::unique_ptr<Store> OpenExistingStore(const std::string& db, const char* cmd) {
  if (db.empty()) {
    std::cerr << "dyad " << cmd << ": give the database with --db FILE (made by `dyad code ... --db FILE`)\n";
    return nullptr;
  }
  if (FILE* f = std::fopen(db.c_str(), "rb")) {
    std::fclose(f);
  } else {
    std::cerr << "dyad " << cmd << ": no database at " << db << " (make one with `dyad code PATH --db " << db
              << "`)\n";
    return nullptr;
  }
  std::string error;
  auto store = Store::Open(db, &error);
  if (!store) std::cerr << "dyad " << cmd << ": cannot open " << db << ": " << error << "\n";
  return store;
}

std::unique_ptr<Engine> LoadEngine(const EngineFlags& flags, LoadReport* report) {
  LoadReport local;
  if (!report) report = &local;
  std::string error;
  auto engine = Engine::Load(flags.ToOptions(), &error, report);
  if (!engine) {
    std::cerr << "dyad: cannot load dictionaries: " << error << "\n";
    return nullptr;
  }
  // A damaged cache file was rebuilt: say so once, the run is unaffected.
  if (!report->cache_problem.empty())
    std::cerr << "dyad: the dictionary cache " << report->cache_problem << "; rebuilt it\n";
  size_t errors = report->errors();
  if (errors) {
    std::cerr << "dyad: " << errors << " dictionary entries have errors and were skipped; run `dyad dict lint` to list them\n";
  }
  return engine;
}

// The subcommands, in the order `dyad --help` lists them: name,
// description, and the function that adds its options.
struct Command {
  const char* name;
  const char* about;
  Runner (*add)(CLI::App* sub);
};
constexpr Command kCommands[] = {
    {"code", "code articles into CAMEO events (one JSON object per event mention)", AddCode},
    {"events", "print the events stored in a database", AddEvents},
    {"quotes", "print the direct quotations stored in a database, with their speakers", AddQuotes},
    {"who", "what the stored articles say about a person or organisation", AddWho},
    {"eval", "score the coder on a gold suite (JSON Lines)", AddEval},
    {"explain", "show how a text is analysed and coded, step by step", AddExplain},
    {"dict", "dictionary tools", AddDict},
    {"relations", "how relations between two countries move, period by period", AddRelations},
    {"timeline", "the events between two countries, both directions, by date", AddTimeline},
};

// The subcommand the command line names, when it is certain to be the one
// CLI11 picks: the first argument not starting with '-' (the main command
// has only the flags --help and --version, which take no value, so that
// argument is the subcommand's name), before any "--" (after it CLI11
// reads no subcommand), and exactly one of kCommands' names. Empty
// otherwise: then every subcommand gets its options, as it always did.
//
// Why: adding the options of all nine subcommands (76 options, dict's five
// subcommands among them; each a CLI::Option with its strings, validators
// and callbacks) was ~1.3M instructions on every run, before the
// dictionaries start loading (`dyad code` on an empty input: ~1.1M of them
// for the subcommands not run). A subcommand not named is never parsed,
// and CLI11 reads nothing of its options for the main help (which lists
// the subcommands' names and descriptions) or for any error at the main
// level, so `--help`, `--version` and every message stay the same
// (tests/cli_end_to_end.sh compares each subcommand's help with the
// options it must list).
std::string_view NamedCommand(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--") return {};
    if (a.starts_with('-')) continue;
    for (const Command& c : kCommands)
      if (a == c.name) return c.name;
    return {};
  }
  return {};
}

}  // namespace dyad::cli

#ifdef DYAD_WITH_MIMALLOC
// See LargeOsPagesBeforeMimallocStarts.
__attribute__((section(".preinit_array"), used)) static void (*const kLargeOsPages)(int, char**, char**) =
    &dyad::cli::LargeOsPagesBeforeMimallocStarts;
#endif

int main(int argc, char** argv) {
  using namespace dyad::cli;
#ifdef DYAD_WITH_MIMALLOC
  // mimalloc (see the top CMakeLists.txt) hands freed memory back to the
  // system 25 ms after it is freed by default, so the peak RSS depended on
  // how the dictionary loader threads' temporary memory (parsed rows, line
  // buffers) happened to be timed: 43-51 MB from run to run of the same
  // start-up. Handing it back at once makes the peak repeatable (~40 MB,
  // below glibc's 42-46 MB) for ~2,400 more page faults (a few ms).
  mi_option_set(mi_option_decommit_delay, 0);
  GiveMimallocAHugePageArena();
#endif
  CLI::App app{"dyad: codes news articles into CAMEO political events (who did what to whom, when)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");
  // Every subcommand exists, with its name and description (`dyad --help`
  // lists them; an unknown name is an error that needs them all), but only
  // the named one gets its options (NamedCommand).
  const std::string_view named = NamedCommand(argc, argv);
  std::map<std::string, Runner> runners;
  for (const Command& c : kCommands) {
    CLI::App* sub = app.add_subcommand(c.name, c.about);
    if (named.empty() || named == c.name) runners[c.name] = c.add(sub);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  for (CLI::App* sub : app.get_subcommands()) {
    auto it = runners.find(sub->get_name());
    if (it != runners.end()) return it->second();
  }
  return kExitUsage;
}
