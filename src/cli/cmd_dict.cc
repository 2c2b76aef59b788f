// dyad dict lint [--data DIR] [--dict FILE]... [--verbs FILE]...
//
// Loads every dictionary the way `dyad code` does and reports, with
// file:line, what is wrong: syntax errors, unknown CAMEO event codes, actor
// codes whose groups are unknown, one name given different codes over
// overlapping dates, patterns that can never match. Exit 1 if any error.
#include <algorithm>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "cli/cli.h"
#include "codebook/codebook.h"

namespace dyad::cli {

namespace {

struct DictFlags {
  EngineFlags engine;
  bool errors_only = false;
  size_t max_print = 200;
};

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

int RunLint(const DictFlags& f) {
  LoadReport report;
  std::string error;
  auto engine = Engine::Load(f.engine.ToOptions(), &error, &report);
  if (!engine) {
    std::cerr << "dyad dict lint: " << error << "\n";
    return kExitUsage;
  }
  std::vector<DictProblem>& problems = report.problems;

  ActorTypes types;
  if (!ActorTypes::Load(f.engine.data_dir + "/cameo/actor_types.tsv", &types, &error)) {
    std::cerr << "dyad dict lint: " << error << "\n";
    return kExitUsage;
  }
  std::string iso_error;
  if (!types.LoadIsoCountries(EngineOptions{}.iso_codes_dir + "/iso_3166-1.json", &iso_error))
    problems.push_back({"iso-codes", 0, iso_error + " (country codes checked against actor_types.tsv only)", false});

  // Actor codes, and one name meaning two things at once.
  struct Use {
    const ActorEntry* entry;
    const CodePeriod* period;
  };
  std::map<std::string, std::vector<Use>> by_name;
  for (const ActorEntry& e : engine->actors().entries()) {
    for (const CodePeriod& p : e.codes) {
      std::string code = p.code;
      if (!code.empty() && code[0] == '~') code = code.substr(1);  // agents: a role without its country
      std::string why;
      bool ok = e.is_agent() ? code.empty() || code.size() % 3 == 0 : types.ValidActorCode(code, &why);
      if (!ok) problems.push_back({e.file, p.line ? p.line : e.line, "actor code " + p.code + ": " + why, true});
    }
    for (const std::string& n : e.names)
      for (const CodePeriod& p : e.codes) by_name[Lower(n) + "\x1f" + e.lang].push_back({&e, &p});
  }
  for (const auto& [name, uses] : by_name) {
    for (size_t i = 0; i < uses.size(); ++i) {
      for (size_t j = i + 1; j < uses.size(); ++j) {
        const Use& a = uses[i];
        const Use& b = uses[j];
        if (a.entry == b.entry || a.period->code == b.period->code) continue;
        if (a.period->from > b.period->to || b.period->from > a.period->to) continue;
        problems.push_back({b.entry->file, b.entry->line,
                            fmt::format("\"{}\" is {} here but {} at {}:{} over overlapping dates",
                                        name.substr(0, name.find('\x1f')), b.period->code, a.period->code,
                                        a.entry->file, a.entry->line),
                            false});
      }
    }
  }

  size_t errors = 0, warnings = 0, printed = 0;
  for (const DictProblem& p : problems) {
    (p.error ? errors : warnings)++;
    if ((p.error || !f.errors_only) && printed < f.max_print) {
      std::cout << p.str() << "\n";
      ++printed;
    }
  }
  if (printed < errors + (f.errors_only ? 0 : warnings))
    std::cout << fmt::format("... {} more (raise --max)\n", errors + (f.errors_only ? 0 : warnings) - printed);
  std::cout << fmt::format(
      "dict lint: {} actor entries ({} names), {} verb patterns over {} lemmas, {} CAMEO codes; {} errors, {} "
      "warnings; loaded in {:.2f} s\n",
      report.actor_entries, report.actor_names, report.verb_patterns, report.verb_lemmas, engine->codebook().size(),
      errors, warnings, report.seconds);
  return errors ? kExitSkipped : kExitOk;
}

}  // namespace

Runner AddDict(CLI::App& app) {
  auto f = std::make_shared<DictFlags>();
  CLI::App* dict = app.add_subcommand("dict", "dictionary tools");
  dict->require_subcommand(1);
  CLI::App* lint = dict->add_subcommand("lint", "check every dictionary file; exit 1 on errors");
  f->engine.Add(lint);
  lint->add_option("--max", f->max_print, "print at most this many problems")->capture_default_str();
  lint->add_flag("--errors-only", f->errors_only, "hide warnings");
  return [f] { return RunLint(*f); };
}

}  // namespace dyad::cli
