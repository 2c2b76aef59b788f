// Where this build finds its data: the checkout's data/ folder, the Debian
// packages' data read at run time (WordNet, the English tagger's lexicon,
// iso-codes), and for tests and benchmarks the checkout itself and the
// shared folder beside it.
//
// These are facts about one checkout, so they live in one generated source
// (paths.cc.in, filled in by CMake) rather than in a -D on every compile
// command: every other object then compiles with the same command in every
// checkout and git worktree, so ccache (with CCACHE_BASEDIR) shares them,
// and moving a checkout recompiles one file. `dyad --data DIR` and the
// other flags override them at run time.
#ifndef DYAD_CONFIG_PATHS_H_
#define DYAD_CONFIG_PATHS_H_

namespace dyad {

const char* DefaultDataDir();      // <checkout>/data (CMake: DYAD_DATA_DIR)
const char* DefaultWordnetDir();   // /usr/share/wordnet (DYAD_WORDNET_DIR)
const char* DefaultTaggerDir();    // Lingua::EN::Tagger's lexicon (DYAD_TAGGER_DIR)
const char* DefaultIsoCodesDir();  // iso-codes' JSON files (DYAD_ISO_CODES_DIR)
const char* SourceDir();           // the checkout: tests read their fixtures there
const char* SharedDir();           // ../shared beside it: suites and corpora for tests and benchmarks

}  // namespace dyad

#endif  // DYAD_CONFIG_PATHS_H_
