#include "time/timex_eval.h"

#include <cstdio>
#include <fstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/date.h"
#include "time/timex.h"

namespace dyad {
namespace {

using nlohmann::json;

bool LooksLikeSuiteLine(const std::string& line) {
  return line.find("\"timexes\"") != std::string::npos && line.find("\"dct\"") != std::string::npos;
}

// Gold offsets count code points (Python), ours count bytes.
std::vector<uint32_t> ByteToChar(const std::string& s) {
  std::vector<uint32_t> map(s.size() + 1);
  uint32_t c = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    map[i] = c;
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++c;
    // A continuation byte maps to its code point, so an end inside a
    // character still lands after it below.
    else map[i] = c - 1;
  }
  map[s.size()] = c;
  return map;
}

// "2000-W7" and "2000-W07" are the same week.
std::string NormaliseValue(std::string v) {
  if (v.size() == 7 && v[4] == '-' && v[5] == 'W') return v.substr(0, 6) + "0" + v.substr(6);
  return v;
}

}  // namespace

bool IsTimexSuite(const std::string& s) {
  if (!s.empty() && s[0] == '{') return LooksLikeSuiteLine(s);
  size_t slash = s.find_last_of('/');
  std::string base = slash == std::string::npos ? s : s.substr(slash + 1);
  if (base.rfind("timex_", 0) == 0) return true;
  std::ifstream in(s);
  std::string line;
  return in && std::getline(in, line) && LooksLikeSuiteLine(line);
}

bool EvaluateTimexSuite(const std::string& path, TimexScores* out, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    if (error) *error = "cannot read " + path;
    return false;
  }
  *out = TimexScores{};
  size_t slash = path.find_last_of('/');
  out->suite = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string line;
  std::vector<TimexMatch> found;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j.contains("timexes")) {
      if (error) *error = path + ":" + std::to_string(line_no) + ": not a timex suite document";
      return false;
    }
    const std::string text = j["text"].get<std::string>();
    Date anchor;
    if (j.contains("dct") && j["dct"].is_string())
      if (auto d = Date::Parse(j["dct"].get<std::string>())) anchor = *d;
    // One line at a time, as the pipeline feeds one sentence at a time;
    // expressions that count from another time ("a year earlier", "that
    // day") take the last date of the same or the previous line, as the
    // time stage takes the same or the previous sentence's.
    found.clear();
    TimexReference ref;
    for (size_t b = 0; b <= text.size();) {
      size_t e = text.find('\n', b);
      if (e == std::string::npos) e = text.size();
      if (e > b) {
        const size_t before = found.size();
        FindTimexes(std::string_view(text).substr(b, e - b), static_cast<uint32_t>(b), anchor, &found);
        ResolveReferences(&found, before, &ref);
        ref.NextSentence();
      }
      b = e + 1;
    }
    std::vector<uint32_t> c = ByteToChar(text);
    struct Pred { uint32_t b, e; const TimexMatch* m; bool hit; };
    std::vector<Pred> preds;
    for (const TimexMatch& m : found) preds.push_back({c[m.span.begin], c[m.span.end], &m, false});
    ++out->docs;
    out->found += static_cast<int>(preds.size());
    for (const json& g : j["timexes"]) {
      uint32_t gb = g.value("start", 0u), ge = g.value("end", 0u);
      std::string type = g.value("type", ""), value = NormaliseValue(g.value("value", ""));
      ++out->gold;
      if (type == "DATE") ++out->date_gold;
      Pred* best = nullptr;
      for (Pred& p : preds) {
        if (p.b < ge && gb < p.e) {
          p.hit = true;
          if (!best || (p.b == gb && p.e == ge)) best = &p;
        }
      }
      if (!best) continue;
      ++out->relaxed;
      if (best->b == gb && best->e == ge) ++out->strict;
      // A clock time is TIMEX3 type TIME.
      if ((best->m->clock >= 0 ? std::string_view("TIME") : TimexType(best->m->kind)) == type) ++out->type_correct;
      if (type == "DATE") {
        ++out->date_matched;
        if (NormaliseValue(best->m->timex3) == value) ++out->date_value;
      }
    }
    for (const Pred& p : preds) out->found_relaxed += p.hit;
  }
  return true;
}

std::string FormatTimexScores(const TimexScores& s) {
  auto f1 = [](double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; };
  char buf[1024];
  std::snprintf(buf, sizeof buf,
                "%s: %d documents, %d gold TIMEX3, %d found\n"
                "  strict span   P %.1f%%  R %.1f%%  F1 %.1f%%  (%d)\n"
                "  relaxed span  P %.1f%%  R %.1f%%  F1 %.1f%%  (%d)\n"
                "  type on relaxed matches %.1f%%\n"
                "  DATE value accuracy %.1f%% (%d of %d matched; %d gold DATE)\n",
                s.suite.c_str(), s.docs, s.gold, s.found, 100 * s.strict_precision(), 100 * s.strict_recall(),
                100 * f1(s.strict_precision(), s.strict_recall()), s.strict, 100 * s.relaxed_precision(),
                100 * s.relaxed_recall(), 100 * f1(s.relaxed_precision(), s.relaxed_recall()), s.relaxed,
                s.relaxed ? 100.0 * s.type_correct / s.relaxed : 0.0, 100 * s.value_accuracy(), s.date_value,
                s.date_matched, s.date_gold);
  return buf;
}

std::string TimexScoresJson(const TimexScores& s) {
  json j = {{"suite", s.suite},
            {"docs", s.docs},
            {"gold", s.gold},
            {"found", s.found},
            {"strict", s.strict},
            {"relaxed", s.relaxed},
            {"found_relaxed", s.found_relaxed},
            {"type_correct", s.type_correct},
            {"date_gold", s.date_gold},
            {"date_matched", s.date_matched},
            {"date_value", s.date_value},
            {"strict_precision", s.strict_precision()},
            {"strict_recall", s.strict_recall()},
            {"relaxed_precision", s.relaxed_precision()},
            {"relaxed_recall", s.relaxed_recall()},
            {"value_accuracy", s.value_accuracy()}};
  return j.dump();
}

}  // namespace dyad
