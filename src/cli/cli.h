// The `dyad` command line: one file per subcommand, sharing these helpers.
// Exit status: 0 success, 1 some input skipped (or a check failed), 2 usage
// or set-up error (bad option, missing data, unopenable database).
#ifndef DYAD_CLI_CLI_H_
#define DYAD_CLI_CLI_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

#include "config/paths.h"
#include "engine/engine.h"
#include "store/store.h"

namespace dyad::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitSkipped = 1;
inline constexpr int kExitUsage = 2;

// Options every command that codes text shares.
struct EngineFlags {
  std::string data_dir = dyad::DefaultDataDir();
  std::vector<std::string> dicts;       // extra actor files (--dict)
  std::vector<std::string> verb_files;  // extra verb-pattern files (--verbs)
  std::vector<std::string> peer_dicts;  // TABARI/PETRARCH dictionaries (--peer-dict)
  bool peer_only = false;               // only the peer dictionaries (--peer-only)
  std::string cache_dir;                // --cache-dir; empty: DefaultCacheDir()
  bool no_cache = false;                // --no-cache
  bool background_indexes = false;      // set by `dyad code` (EngineOptions::background_indexes)
  void Add(CLI::App* app);
  EngineOptions ToOptions() const;
};

// Opens a database `dyad code --db` made, or prints why not (and returns
// nullptr). Checks first that the file exists: Store::Open would create an
// empty database at a mistyped path and the command would report nothing.
std::unique_ptr<Store> OpenExistingStore(const std::string& db, const char* cmd);

// Loads the engine or prints why not (and returns nullptr).
std::unique_ptr<Engine> LoadEngine(const EngineFlags& flags, LoadReport* report = nullptr);

// The options of each subcommand, added to the subcommand `main` made
// (its name and description are in main.cc's command table); each returns
// a callback run after parsing that yields the exit status.
using Runner = std::function<int()>;
Runner AddCode(CLI::App* sub);
Runner AddEvents(CLI::App* sub);
Runner AddQuotes(CLI::App* sub);
Runner AddWho(CLI::App* sub);
Runner AddEval(CLI::App* sub);
Runner AddExplain(CLI::App* sub);
Runner AddDict(CLI::App* dict);
// `dyad dict check-reference` (cmd_dict_reference.cc): adds the subcommand
// under `dict` and sets `run` to its runner.
CLI::App* AddCheckReference(CLI::App* dict, Runner* run);
Runner AddRelations(CLI::App* sub);
Runner AddTimeline(CLI::App* sub);

}  // namespace dyad::cli

#endif  // DYAD_CLI_CLI_H_
