#include "store/dedup.h"

#include <algorithm>
#include <cctype>

#include "model/date.h"

namespace dyad {

namespace {

bool IsStopWord(std::string_view w) {
  static constexpr std::string_view kStop[] = {
      "a", "an", "the", "of", "to", "for", "on", "in", "into", "with", "by", "at", "from", "and", "or", "as",
      "its", "his", "her", "their", "our", "my", "your", "it", "them", "him", "us", "s", "that", "this", "these",
      "those", "all", "any", "some", "no", "not", "will", "would", "has", "have", "had", "be", "been", "was",
      "were", "is", "are", "over", "against", "about", "up", "out", "off", "down"};
  return std::find(std::begin(kStop), std::end(kStop), w) != std::end(kStop);
}

// A crude suffix stripper: enough to equate inflections of one verb or noun
// ("revoke", "revoked", "revoking"; "visa", "visas"). A full stemmer would
// buy nothing here: both sides come from the same pattern dictionary.
std::string Stem(std::string w) {
  for (std::string_view suf : {"ing", "ed", "es", "s", "e"}) {
    if (w.size() > suf.size() + 2 && w.ends_with(suf)) {
      w.resize(w.size() - suf.size());
      break;
    }
  }
  return w;
}

std::string_view Country(std::string_view code) { return code.substr(0, std::min<size_t>(3, code.size())); }

}  // namespace

std::vector<std::string> TriggerSignature(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0, n = text.size();
  while (i < n) {
    while (i < n && !std::isalpha(static_cast<unsigned char>(text[i])) && static_cast<unsigned char>(text[i]) < 0x80)
      ++i;
    size_t b = i;
    while (i < n && (std::isalpha(static_cast<unsigned char>(text[i])) || static_cast<unsigned char>(text[i]) >= 0x80))
      ++i;
    if (i == b) continue;
    std::string_view w = text.substr(b, i - b);
    if (std::isupper(static_cast<unsigned char>(w[0]))) continue;  // a name
    std::string low(w);
    for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (IsStopWord(low)) continue;
    out.push_back(Stem(std::move(low)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool IsShiftText(std::string_view text) {
  // The phrase's last words are the ones date_shift.cc ends its span with.
  std::string low;
  for (char c : text) low += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  for (std::string_view tail : {" after", " before", " de", " de que"}) {
    if (!std::string_view(low).ends_with(tail)) continue;
    if (tail.starts_with(" de")) {
      std::string_view rest = std::string_view(low).substr(0, low.size() - tail.size());
      return rest.ends_with(" despu\xC3\xA9s") || rest.ends_with(" despues") || rest.ends_with(" antes");
    }
    return true;
  }
  return false;
}

MergeKey MakeMergeKey(std::string_view source, std::string_view target, std::string_view code,
                      std::string_view date, std::string_view date_text, std::string_view published,
                      std::string_view verb_text) {
  MergeKey k;
  k.source_country = std::string(Country(source));
  k.target_country = std::string(Country(target));
  k.code = std::string(code);
  auto d = Date::Parse(date);
  auto p = Date::Parse(published);
  if (d) {
    k.from = d->first_day();
    k.to = d->last_day();
  }
  // A date counted from another ("a week after", "dos días antes de";
  // time/date_shift.h) is as round as the distance news gives: "a week"
  // may be six days or eight. Its window widens by kShiftWindowDays each way.
  if (d && d->precision == Precision::kDay && IsShiftText(date_text)) {
    k.from -= kShiftWindowDays;
    k.to += kShiftWindowDays;
  }
  if (date_text.empty() && d && p && *d == *p) {
    k.vague = true;
    k.to = p->last_day();
    k.from = p->first_day() - kVagueWindowDays;
  }
  if (!d) {
    k.vague = true;
    k.from = INT32_MIN / 2;
    k.to = INT32_MAX / 2;
  }
  k.signature = TriggerSignature(verb_text);
  return k;
}

bool SameEvent(const MergeKey& e, const MergeKey& m, std::string* why) {
  auto no = [&](std::string reason) {
    if (why) *why = std::move(reason);
    return false;
  };
  if (e.source_country != m.source_country || e.target_country != m.target_country)
    return no("different dyad");
  if (e.code.substr(0, 3) != m.code.substr(0, 3)) return no("codes " + e.code + " and " + m.code + " differ");
  if (e.to < m.from || m.to < e.from) return no("dates do not overlap");
  // Two reports that each date the act to the same single day by their own
  // words, with the same dyad and the same full code, are one event whatever
  // their wording: the words may be in two languages ("revoked the visa",
  // "revocó la visa"), which no stemming brings together. Same source,
  // target, code and day is the key of the one-a-day filter event-data
  // pipelines use; here it applies only to mentions that carry their own
  // day, never to the publication-date default.
  if (!e.vague && !m.vague && e.from == e.to && m.from == m.to && e.from == m.from && e.code == m.code) {
    if (why) {
      *why = "same dyad " + e.source_country + "-" + e.target_country + ", same code " + e.code +
             ", both dated to the same day by their own words";
    }
    return true;
  }
  const auto& small = e.signature.size() <= m.signature.size() ? e.signature : m.signature;
  const auto& large = e.signature.size() <= m.signature.size() ? m.signature : e.signature;
  // A bare verb ("condemned") says too little to tie two undated reports
  // together; it merges only reports that date themselves to the same time.
  bool equal = e.signature == m.signature && !e.signature.empty() &&
               (e.signature.size() >= 2 || (!e.vague && !m.vague));
  bool inside = small.size() >= 2 && std::includes(large.begin(), large.end(), small.begin(), small.end());
  if (!equal && !inside) return no("triggers {" + JoinSignature(e.signature) + "} and {" + JoinSignature(m.signature) + "} differ");
  if (why) {
    *why = "same dyad " + e.source_country + "-" + e.target_country + ", codes " + e.code + "/" + m.code +
           ", dates overlap" + (m.vague ? " (this mention is dated only by publication)" : "") + ", trigger {" +
           JoinSignature(m.signature) + "}";
  }
  return true;
}

std::string JoinSignature(const std::vector<std::string>& sig) {
  std::string s;
  for (size_t i = 0; i < sig.size(); ++i) s += (i ? " " : "") + sig[i];
  return s;
}

std::vector<std::string> SplitSignature(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace dyad
