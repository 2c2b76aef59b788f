// A second look at "he"/"she" once the clauses are known. The actor matcher
// (actors/matcher.cc, step 3) runs before any clause exists and gives a
// pronoun the last person it named, which is wrong wherever a person the
// dictionary does not know comes between ("Reagan said he would lift the
// tariffs" after "Prime Minister Yasuhiro Nakasone": "he" became Japan's
// prime minister) or the last person named was not the one the text is
// about. News prose is more regular than that: a pronoun subject of
// reported speech is the speaker, and a pronoun opening a main clause
// continues the subject of the main clause before it. Two rules:
//
//  1. "X said he ...": a "he"/"she" that is the whole subject of a clause
//     reported by a speech clause (outside quotation marks) is that clause's
//     subject.
//  2. "He added ...": a "he"/"she" that is the whole subject of a main
//     clause (outside quotation marks) is the subject of the last main clause
//     before it, within the matcher's window, whose subject is a person;
//     clauses whose subject is a country, a body, an agent or a pronoun that
//     names no one are passed over.
//
//  3. "Petro thanked him": a "him"/"her" that is the whole object of a
//     finite clause (or of one of its prepositions) is never that clause's
//     subject, which English would write "himself"; where the matcher gave
//     it the subject (the last person named), it is the last other person
//     named before it, else no one.
//
//  4. "A Kenyan journalist said he was beaten by police", "a Ghanaian farmer
//     died after he was shot by soldiers": a "he"/"she" the matcher left
//     unresolved (it resolves them to persons only), the whole subject of a
//     clause right after its speech verb (or its "that") or after a
//     subordinating word, is the singular generic agent heading the speech
//     clause's subject or the preceding clause's: a new mention with the
//     agent's code. Run first; rules 1-3 leave these alone (their subjects
//     are no person).
//
//  5. "Putin flew home. Tomas Lindqvist, a Kenyan lawmaker, thanked the
//     police as he left": a "he"/"she"/"his"/"him"/"her" that rules 1-3
//     left with the matcher's choice does not go back past the nearest
//     finite subject between that choice and the pronoun when that subject
//     is a person we do not know, written as a name of two or more words
//     (or of one with an apposition), no word of it an organisation's; the
//     pronoun is then that apposition's agent (its country from its own
//     words) or no one. Subjects that are no person are passed over; a
//     known person, or a singular noun with no actor ("the speaker"),
//     stops the search. Rules 1 and 2 give the same apposition's agent, and
//     rule 4's pass gives it to a pronoun the matcher left with no one.
//
// In every rule a "she"/"her" is never a person the dictionary knows as a
// man, nor a "he"/"him"/"his" a woman (ActorEntry::pronoun): rule 2 goes on
// to the clause before, rules 1 and 3 keep the matcher's choice, which
// already passes over them.
//
// Either subject may be a person no dictionary knows (a capitalised proper
// name that no actor mention covers, no article before it unless a title
// noun stands between: "Reagan", "Rolf Ekeus", "the lawmaker Adnan
// al-Dulaimi"; actors among its modifiers: "Senior Iraqi politician X"); then the pronoun is that unknown person and loses its
// mention: no code is better than another person's. Pronouns that pointed
// back to a changed one ("his", "him" after it) follow it. Anything else
// ("his", an unbound "him", a subordinate clause's "he", a pronoun inside a quotation,
// a subject that is neither a person nor a name) keeps the matcher's choice.
#ifndef DYAD_ANALYSIS_PRONOUNS_H_
#define DYAD_ANALYSIS_PRONOUNS_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>

#include "actors/dictionary.h"
#include "model/word_class.h"
#include "pipeline/component.h"

namespace dyad {

class PronounSubjects : public Component {
 public:
  // `window`: how many sentences back rule 2 looks (the matcher's
  // ActorMatcherOptions::anaphor_window).
  // `dict`: the matcher's dictionary, whose entries say which persons are
  // "she" and which "he" (ActorEntry::pronoun); none, or an entry that
  // does not say, lets either pronoun stand for a person.
  // `organisation_words`: &ORGANISATION_WORD of the verb dictionary's
  // synsets, the words of an organisation's or a place's name (rule 5);
  // empty: every unknown name of two or more words may be a person's.
  explicit PronounSubjects(uint32_t window = 6, std::shared_ptr<const ActorDictionary> dict = nullptr,
                           WordClass organisation_words = {})
      : window_(window), dict_(std::move(dict)), organisation_words_(std::move(organisation_words)) {}
  std::string_view name() const override { return "pronouns"; }
  void Run(Doc& doc) const override;

 private:
  uint32_t window_;
  std::shared_ptr<const ActorDictionary> dict_;
  WordClass organisation_words_;
};

}  // namespace dyad

#endif  // DYAD_ANALYSIS_PRONOUNS_H_
