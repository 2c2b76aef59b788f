// Test-only: one engine with the default options and data, loaded once per
// test binary and shared by every test file in it (an inline function's
// static is one object across translation units), so a binary that holds
// several pipeline test files loads the dictionaries once. Beside it, the
// three helpers every engine test file used to define for itself: code one
// article, print its events, find one event's code.
#ifndef DYAD_TESTING_DEFAULT_ENGINE_H_
#define DYAD_TESTING_DEFAULT_ENGINE_H_

#include <gtest/gtest.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.h"
#include "engine/runner.h"
#include "model/date.h"

namespace dyad::testing {

// Whether Debian's Spanish Hunspell dictionary (hunspell-es) is installed:
// the Spanish pipeline needs it, and its tests skip without it.
inline bool HaveSpanish() { return std::filesystem::exists("/usr/share/hunspell/es_ES.dic"); }

inline const Engine& DefaultEngine() {
  static std::unique_ptr<Engine> engine = [] {
    std::string error;
    LoadReport report;
    auto e = Engine::Load(EngineOptions{}, &error, &report);
    EXPECT_NE(e, nullptr) << error;
    return e;
  }();
  return *engine;
}

// Codes `text` as one article in `lang` with the default engine. An empty or
// unparsable `published` leaves the article undated.
inline std::vector<EventRecord> CodeText(const std::string& text, const std::string& published,
                                         const std::string& lang = "en") {
  Doc doc;
  Article a;
  a.id = "t";
  a.text = text;
  a.lang = lang;
  if (auto d = Date::Parse(published)) a.published = *d;
  CodedArticle out;
  CodeArticle(DefaultEngine(), doc, std::move(a), false, &out);
  return out.events;
}

// One line per event, "SOURCE CODE TARGET | sentence", for failure messages.
inline std::string Dump(const std::vector<EventRecord>& events) {
  std::string s;
  for (const EventRecord& e : events) s += e.source + " " + e.code + " " + e.target + " | " + e.sentence + "\n";
  return s;
}

// The code of the first event whose source and target start with src and
// tgt, or "" when there is none.
inline std::string CodeOf(const std::vector<EventRecord>& events, std::string_view src, std::string_view tgt) {
  for (const EventRecord& e : events)
    if (e.source.starts_with(src) && e.target.starts_with(tgt)) return e.code;
  return "";
}

// The source and the target of the first event coded `code`, "SRC>TGT", or
// "" when none is: exact codes, so that a dated role (GOV against OPP or
// ELI) is told from a longer or shorter one. The person-entry tests use it.
inline std::string DyadOf(const std::vector<EventRecord>& events, std::string_view code) {
  for (const EventRecord& e : events)
    if (e.code == code) return e.source + ">" + e.target;
  return "";
}

// How many events have a code starting with `prefix` ("19" counts every
// fight, "112" only accusations): for "coded once" and "not coded" checks.
inline size_t CountCode(const std::vector<EventRecord>& events, std::string_view prefix) {
  size_t n = 0;
  for (const EventRecord& e : events) n += e.code.starts_with(prefix);
  return n;
}

// The country part (first three letters) of the source of the first event
// coded `code`, or "" when none is: for "no longer this country's" checks.
inline std::string SourceCountryOf(const std::vector<EventRecord>& events, std::string_view code) {
  for (const EventRecord& e : events)
    if (e.code == code) return e.source.substr(0, 3);
  return "";
}

}  // namespace dyad::testing

#endif  // DYAD_TESTING_DEFAULT_ENGINE_H_
