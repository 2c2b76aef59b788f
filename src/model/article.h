// One news article as it enters the pipeline: where it came from, when it was
// published, and its text. Readers in ingest/ fill it; nothing downstream
// changes these fields except `text`, which the text stage normalises.
#ifndef DYAD_MODEL_ARTICLE_H_
#define DYAD_MODEL_ARTICLE_H_

#include <cstdint>
#include <string>

#include "model/date.h"

namespace dyad {

struct Article {
  std::string id;      // the JSON Lines `id`, else the path as given on the command line
  std::string origin;  // where it was read: "path", "path:line" for JSON Lines, "-:line" for stdin
  std::string source;  // outlet, e.g. "Reuters" (optional)
  std::string url;     // (optional)
  std::string title;   // headline, if the format has one (not part of `text`)
  std::string lang = "en";

  Date published;  // the article's own date (dateline, meta tag, header)
  Date crawled;    // when it was fetched, if the input says so separately ("Today : Oct 09, 2025")

  std::string text;  // body, UTF-8; paragraphs separated by "\n\n"

  // Hash of the normalised text (see text/normalize.h); the store uses it to
  // make re-coding the same article a no-op.
  std::string content_hash;  // 32 lowercase hex digits (XXH3-128)

  // TABARI's DEFAULT option, which its validation suite sets per record
  // (`dyad eval --peer-only` passes it on): the codes an event takes when
  // its sentence names no source or no target. Empty codes: off (always,
  // outside peer suites). Without PRIOR a missing source is first taken
  // from the actors after the verb; without AFTER a coordinated subject
  // with no target becomes source and target ("A and B met": A>B).
  struct CodingDefaults {
    std::string source, target;
    bool source_prior = false, target_after = false;
  } defaults;
  // PETRARCH's require_dyad = false, which its validation suite sets per
  // record (`dyad eval --peer-only` passes it on): an event whose source
  // acts on no actor is coded with the null target "---". Off outside the
  // peer suites.
  bool null_targets = false;
  // TABARI's FORWARD option (peer suites only): a clause whose subject is a
  // bare pronoun ("he", "it", "they") and names no actor takes the country
  // of the last main-clause subject that named one. `forwarded_subject` is
  // that country as the article starts (from the text before it); the
  // coder leaves there the one its last sentence carries on.
  bool forward_subjects = false;
  std::string forwarded_subject;
  // TABARI's limits on what it codes at all (peer suites only; 0 = off):
  // a sentence of fewer than `min_words` words (SET: MINIMUM WORDS, 8 by
  // default) is too short to be a story's sentence, and one with
  // `complex_verbs` verbs or `complex_conjunctions` conjunctions or more
  // (COMPLEX: VERBS[5] CONJ[4]) too complex to code reliably, as is one
  // whose first verb has no actor before it (NOACTPRIOR).
  // Its COMMA option deletes a comma-delimited stretch of words before
  // coding when its length in words is within bounds: between two commas
  // (`comma_min`..`comma_max`), before the first (`comma_bmin`..), after
  // the last (`comma_emin`..); a max of 0 turns that kind off. Without
  // SET: CONVERT AGENT an agent named with no actor ("officials said") is
  // no actor at all.
  struct TabariLimits {
    int min_words = 0, complex_verbs = 0, complex_conjunctions = 0;
    bool no_actor_prior = false;
    int comma_min = 0, comma_max = 0, comma_bmin = 0, comma_bmax = 0, comma_emin = 0, comma_emax = 0;
    bool convert_agents = true;
    // SET: CODE BY SENTENCE: only the first verb that codes in a sentence
    // does (TABARI's default codes one per clause; our clauses do that).
    bool code_by_sentence = false;
    // SET: CODE ALL: every verb that codes does, each with its own source
    // and target, not only the first of each clause.
    bool code_all = false;
  } tabari;
};

}  // namespace dyad

#endif  // DYAD_MODEL_ARTICLE_H_
