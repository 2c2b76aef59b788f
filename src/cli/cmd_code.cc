// dyad code [PATH...|-] [--db FILE] [--format jsonl|tsv] [--threads N]
//
// Codes articles and prints one line per event mention, in input order. With
// --db the articles, sentences and mentions are also stored; an article whose
// normalised text is already stored is not stored again.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>

#include <fmt/format.h>

#include "cli/cli.h"
#include "engine/runner.h"
#include "engine/thread_end.h"
#include "ingest/reader.h"
#include "output/json_writer.h"
#include "store/store.h"

namespace dyad::cli {

namespace {

// Where RunCode leaves its engine at the end: the dictionaries are ~100,000
// heap blocks, and freeing them one by one (~8M instructions, alone on one
// core after the output is written) only hands back memory the process is
// about to return whole. A global keeps it reachable, so leak checkers do
// not report it; `volatile` because a store to a global nobody reads is
// otherwise dead code the optimiser may drop (it did, and LeakSanitizer
// then reported every dictionary block).
const Engine* volatile g_engine_kept_until_exit = nullptr;

struct CodeFlags {
  EngineFlags engine;
  std::vector<std::string> paths;
  std::string db;
  std::string format = "jsonl";
  std::string input_format = "auto";
  std::string lang = "en";  // for input that does not say (plain text, JSON without lang)
  int threads = 1;
  size_t batch = 256;
  bool quiet = false;
  bool stage_times = false;
};

// `--stage-times`: one line per stage, its thread seconds and its share of
// the timed total, largest first (what to optimise next, without a profiler).
std::string FormatStageTimes(const StageTimes& times, int threads) {
  auto stages = times.stages();
  std::stable_sort(stages.begin(), stages.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  const double total = static_cast<double>(std::max<uint64_t>(1, times.total()));
  std::string out = fmt::format("dyad: stage times ({} thread{}; seconds summed over threads):\n", threads,
                                threads == 1 ? "" : "s");
  for (const auto& [name, ns] : stages)
    out += fmt::format("  {:<16} {:8.3f} s {:6.1f}%\n", name, ns / 1e9, 100.0 * ns / total);
  out += fmt::format("  {:<16} {:8.3f} s\n", "total", times.total() / 1e9);
  return out;
}

int RunCode(const CodeFlags& f) {
  InputFormat input_format;
  if (!ParseInputFormat(f.input_format, &input_format)) {
    std::cerr << "dyad code: unknown --input-format '" << f.input_format << "' (auto, jsonl, html, text)\n";
    return kExitUsage;
  }
  if (f.paths.empty()) {
    std::cerr << "dyad code: give files, folders, or - for standard input (e.g. `dyad code examples/`)\n";
    return kExitUsage;
  }
  auto start = std::chrono::steady_clock::now();
  // The process exits when the run ends (the engine is kept for the same
  // reason, g_engine_kept_until_exit): the load helper and the coding
  // workers park when done rather than exit and hand their heaps back,
  // which the kernel does at once at the process's exit
  // (engine/thread_end.h).
  SetThreadsParkAtEnd(true);
  EngineFlags engine_flags = f.engine;
  engine_flags.background_indexes = true;  // a run codes from the start; the index joins when built
  auto engine = LoadEngine(engine_flags);
  if (!engine) return kExitUsage;
  // Loading is reported apart from the total because it is a fixed cost:
  // on a small corpus it is a large share of the run, on a day of news a
  // rounding error, and throughput figures (scripts/bench.sh) give both.
  const double load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::unique_ptr<Store> store;
  int64_t run_id = 0;
  if (!f.db.empty()) {
    std::string error;
    store = Store::Open(f.db, &error);
    if (!store) {
      std::cerr << "dyad code: cannot open database " << f.db << ": " << error << "\n";
      return kExitUsage;
    }
    run_id = store->BeginRun("code");
  }

  const bool tty = isatty(STDERR_FILENO) && !f.quiet;
  ReaderOptions ropts;
  ropts.format = input_format;
  ropts.default_lang = f.lang;
  uint64_t problems = 0;
  ropts.on_problem = [&](const InputProblem& p) {
    ++problems;
    if (tty) std::cerr << "\r\033[K";
    std::cerr << "dyad: skipped " << p.str() << "\n";
  };
  ArticleReader reader(f.paths, ropts);

  RunOptions run;
  run.threads = f.threads;
  // Reading stdin is a streaming filter: deliver each article's events as
  // soon as every thread has one article, instead of waiting for a batch.
  bool streaming = false;
  for (const std::string& p : f.paths) streaming |= (p == "-");
  run.batch = streaming ? static_cast<size_t>(std::max(1, f.threads)) : f.batch;
  run.overlap = !streaming;
  run.keep_sentences = store != nullptr;
  run.stage_times = f.stage_times;

  std::string out;
  const bool tsv = f.format == "tsv";
  if (tsv) out = TsvHeader();
  uint64_t stored = 0, duplicates = 0, store_errors = 0, since_commit = 0;
  auto last_progress = std::chrono::steady_clock::now();
  RunStats progress;
  if (store) store->BeginBatch();
  auto print = [&](CodedArticle& a) {
    for (const EventRecord& r : a.events) {
      if (tsv)
        AppendTsvRecord(r, &out);
      else
        AppendJsonRecord(r, &out);
    }
    if (out.size() > (1 << 16) || streaming) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      if (streaming) std::fflush(stdout);
      out.clear();
    }
    ++progress.articles;
    progress.sentences += a.sentence_count;
    progress.events += a.events.size();
    if (tty) {
      auto now = std::chrono::steady_clock::now();
      if (now - last_progress > std::chrono::milliseconds(500)) {
        last_progress = now;
        std::cerr << fmt::format("\r\033[Kdyad: {} articles, {} sentences, {} events", progress.articles,
                                 progress.sentences, progress.events)
                  << std::flush;
      }
    }
  };
  // Storing is `later` work (engine/runner.h): when streaming, an article's
  // events are printed at once and it is stored while the next batch is
  // coded, not between batches.
  std::function<void(CodedArticle&)> store_article;
  if (store) {
    store_article = [&](CodedArticle& a) {
      std::string error;
      switch (store->AddArticle(a.article, a.sentences, a.sentence_dates, a.events, &error, &a.quotes, &a.profiles)) {
        case AddResult::kAdded: ++stored; break;
        case AddResult::kDuplicate: ++duplicates; break;
        case AddResult::kError:
          ++store_errors;
          std::cerr << "dyad: not stored " << a.article.origin << ": " << error << "\n";
          break;
      }
      // Commit every few hundred articles: an interrupted run keeps what was
      // committed and loses no more than one batch.
      if (++since_commit >= 500) {
        store->CommitBatch();
        store->BeginBatch();
        since_commit = 0;
      }
    };
  }
  RunStats stats = RunArticles(*engine, reader, run, print, store_article);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (store) {
    store->CommitBatch();
    std::string error;
    if (!store->GroupEvents(&error)) std::cerr << "dyad: grouping events failed: " << error << "\n";
    store->FinishRun(run_id, static_cast<int64_t>(stats.articles), static_cast<int64_t>(stats.events),
                     static_cast<int64_t>(problems));
  }
  if (tty) std::cerr << "\r\033[K";
  std::string line =
      fmt::format("dyad: {} articles, {} sentences, {} events, {} skipped inputs, {:.2f} s (loading {:.3f} s)",
                  stats.articles, stats.sentences, stats.events, problems, seconds, load_seconds);
  if (store)
    line += fmt::format(" (stored {} new articles in {}, {} already there{})", stored, f.db, duplicates,
                        store_errors ? fmt::format(", {} failed", store_errors) : "");
  std::cerr << line << "\n";
  if (f.stage_times) std::cerr << FormatStageTimes(stats.stage_times, f.threads);
  g_engine_kept_until_exit = engine.release();
  return problems || store_errors ? kExitSkipped : kExitOk;
}

}  // namespace

Runner AddCode(CLI::App* sub) {
  auto f = std::make_shared<CodeFlags>();
  sub->add_option("paths", f->paths, "files, folders (recursive) or - for standard input");
  sub->add_option("--db", f->db, "also store articles, sentences and events in this SQLite file");
  sub->add_option("--format", f->format, "output format")->check(CLI::IsMember({"jsonl", "tsv"}))->capture_default_str();
  sub->add_option("--input-format", f->input_format, "auto, jsonl, html or text")->capture_default_str();
  sub->add_option("--lang", f->lang, "language of articles that do not say their own: en or es")
      ->check(CLI::IsMember({"en", "es"}))
      ->capture_default_str();
  sub->add_option("--threads,-j", f->threads, "worker threads (output is identical for any number)")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  sub->add_option("--batch", f->batch, "articles coded per batch")->check(CLI::Range(1, 1 << 20))->capture_default_str();
  sub->add_flag("--quiet,-q", f->quiet, "no progress line");
  sub->add_flag("--stage-times", f->stage_times,
                "print the wall time of each stage (reading, every pipeline component, records, output, storing) "
                "and its share, to standard error");
  f->engine.Add(sub);
  return [f] { return RunCode(*f); };
}

}  // namespace dyad::cli
