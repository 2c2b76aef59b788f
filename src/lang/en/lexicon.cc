#include "lang/en/lexicon.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include "model/cache_file.h"
#include "model/doc.h"
#include "model/read_file.h"

namespace dyad::en {

// ---------------------------------------------------------------- WordMap

void WordMap::Reserve(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap *= 2;  // load factor <= 1/2 keeps probe runs short
  if (cap > slots_.size()) Rehash(cap);
}

void WordMap::Rehash(size_t capacity) {
  std::vector<Slot> slots(capacity);
  mask_ = capacity - 1;
  for (const Slot& s : slots_) {
    if (s.key == 0) continue;
    uint64_t i = s.key & mask_;
    while (slots[i].key != 0) i = (i + 1) & mask_;
    slots[i] = s;
  }
  slots_.Assign(std::move(slots));
}

uint32_t* WordMap::Insert(uint64_t key, uint32_t value) {
  if (2 * (size_ + 1) > slots_.size()) Rehash(slots_.empty() ? 16 : 2 * slots_.size());
  key = Fix(key);
  return slots_.Edit([&](std::vector<Slot>& slots) {
    uint64_t i = key & mask_;
    while (slots[i].key != 0) {
      if (slots[i].key == key) return &slots[i].value;
      i = (i + 1) & mask_;
    }
    slots[i] = {key, value};
    ++size_;
    return &slots[i].value;
  });
}

void WordMap::Save(CacheWriter* w) const {
  w->Span(slots_.data(), slots_.size());
  w->Pod<uint64_t>(size_);
}

bool WordMap::Restore(CacheReader* r) {
  uint64_t size = 0;
  if (!r->Array(&slots_) || !r->Pod(&size)) return false;
  size_ = size;
  const size_t cap = slots_.size();
  // Find() needs a power-of-two capacity and an empty slot to stop at.
  if (cap != 0 && ((cap & (cap - 1)) != 0 || size_ >= cap)) return r->Fail();
  if (cap == 0 && size_ != 0) return r->Fail();
  mask_ = cap == 0 ? 0 : cap - 1;
  return true;
}

// ---------------------------------------------------------------- helpers

namespace {

// Unseen tag bigrams (a few dozen of the 45x45 in tags.yml) are possible, only
// rare; a floor keeps Viterbi from ruling a sentence out on one odd pair.
constexpr double kTransitionFloor = 1e-6;

bool ReadFile(const std::string& path, FileBytes* out, std::string* error, std::string_view what_to_do) {
  if (!out->Read(path)) {
    *error = path + ": cannot read: " + std::strerror(errno) + "; " + std::string(what_to_do);
    return false;
  }
  return true;
}

constexpr std::string_view kInstallHint =
    "install the Debian package liblingua-en-tagger-perl or point DYAD_TAGGER_DIR at its data";

// Splits one lexicon line `key: { a: 1, b: 2 }` (key optionally in double
// quotes) into key and the text between the braces. The format is what the
// Perl module itself reads: one mapping per line, no nesting.
bool SplitRow(std::string_view line, std::string_view* key, std::string_view* body) {
  size_t key_end;
  size_t rest;
  if (!line.empty() && line[0] == '"') {
    key_end = line.find("\": {", 1);
    if (key_end == std::string_view::npos) return false;
    *key = line.substr(1, key_end - 1);
    rest = key_end + 4;
  } else {
    key_end = line.find(": {");
    if (key_end == std::string_view::npos || key_end == 0) return false;
    *key = line.substr(0, key_end);
    rest = key_end + 3;
  }
  size_t close = line.rfind('}');
  if (close == std::string_view::npos || close < rest) return false;
  *body = line.substr(rest, close - rest);
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls f(tag_name, value) for each "name: number" in a row body. Returns
// false on a malformed pair.
template <typename F>
bool ForEachPair(std::string_view body, F&& f) {
  while (true) {
    body = Trim(body);
    if (body.empty()) return true;
    size_t comma = body.find(',');
    std::string_view pair = body.substr(0, comma);
    size_t colon = pair.find(':');
    if (colon == std::string_view::npos) return false;
    std::string_view name = Trim(pair.substr(0, colon));
    std::string_view num = Trim(pair.substr(colon + 1));
    double v = 0;
    // The counts of words.yml and unknown.yml (~100,000) are integers: up
    // to 15 digits is below 2^53, which a double holds exactly, so the
    // value is the one from_chars gives; anything else goes to from_chars.
    uint64_t n = 0;
    size_t digits = 0;
    if (num.size() <= 15)
      while (digits < num.size() && static_cast<unsigned char>(num[digits] - '0') < 10)
        n = n * 10 + static_cast<uint64_t>(num[digits++] - '0');
    if (digits != 0 && digits == num.size()) {
      v = static_cast<double>(n);
      if (name.empty()) return false;
    } else {
      auto r = std::from_chars(num.data(), num.data() + num.size(), v);
      if (r.ec != std::errc() || r.ptr != num.data() + num.size() || name.empty()) return false;
    }
    if (!f(name, v)) return false;
    if (comma == std::string_view::npos) return true;
    body.remove_prefix(comma + 1);
  }
}

// Calls f(line_number, line) for each line of text.
template <typename F>
bool ForEachLine(std::string_view text, F&& f) {
  uint32_t n = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!f(n, line)) return false;
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return true;
}

struct ClassName {
  std::string_view name;
  WordClass cls;
};
constexpr ClassName kClassNames[] = {
    {"-cap-", WordClass::kCap},   {"-ing-", WordClass::kIng},       {"-ed-", WordClass::kEd},
    {"-s-", WordClass::kS},       {"-ly-", WordClass::kLy},         {"-tion-", WordClass::kTion},
    {"-hyp-", WordClass::kHyp},   {"-hyp-adj-", WordClass::kHypAdj}, {"-abr-", WordClass::kAbr},
    {"-sym-", WordClass::kSym},   {"-unknown-", WordClass::kUnknown}, {"*NUM*", WordClass::kNum},
    {"*ORD*", WordClass::kOrd},
};

}  // namespace

// ---------------------------------------------------------------- Lexicon

namespace {

// A regular verb's past tense and past participle are one form ("revoked"),
// but the WSJ counts often saw only one use: 878 "-ed" words have VBN and
// no VBD ("arrested", "revoked": always passive in 1989 financial news), 462
// the reverse. Left alone, "Police arrested dozens" can never have a past
// tense verb. The missing tag gets half the seen one's count (0.1 to 1
// measured the same on the UD suites; half keeps the seen use preferred).
constexpr double kShare = 0.5;
void FillRegularPast(std::string_view word, std::vector<std::pair<Tag, double>>* counts) {
  if (word.size() < 4 || !word.ends_with("ed") || word[0] < 'a' || word[0] > 'z') return;
  double vbd = 0, vbn = 0;
  for (const auto& [t, n] : *counts) {
    if (t == Tag::VBD) vbd = n;
    if (t == Tag::VBN) vbn = n;
  }
  if (vbd > 0 && vbn == 0) counts->push_back({Tag::VBN, std::max(1.0, kShare * vbd)});
  if (vbn > 0 && vbd == 0) counts->push_back({Tag::VBD, std::max(1.0, kShare * vbn)});
}

// Likewise the base form and the non-3rd-person present are one form
// ("condemn"): 1,274 words have VB and no VBP, 195 the reverse. Only "be"
// has distinct forms ("be" / "am", "are"), so those are left alone.
void FillPresent(std::string_view word, std::vector<std::pair<Tag, double>>* counts) {
  if (word.empty() || word[0] < 'a' || word[0] > 'z' || word == "be" || word == "am" || word == "are") return;
  double vb = 0, vbp = 0;
  for (const auto& [t, n] : *counts) {
    if (t == Tag::VB) vb = n;
    if (t == Tag::VBP) vbp = n;
  }
  if (vb > 0 && vbp == 0) counts->push_back({Tag::VBP, std::max(1.0, kShare * vb)});
  if (vbp > 0 && vb == 0) counts->push_back({Tag::VB, std::max(1.0, kShare * vbp)});
}

// TagFromName through a small hash table: the YAML files name a tag
// ~100,000 times at start-up, and TagFromName compares against every tag
// name in turn (a fifth of Load); a std::unordered_map's string hashing
// was then most of what was left. Tag names are 2 to 4 bytes, so a name
// and its length pack into one integer key. Same answers: the table holds
// each name of TagName(1..) with its first tag, as TagFromName's scan
// returns the first match, and a name that is absent is Tag::kNone in both.
// (A name of more than 7 bytes, which no tag name has, takes the scan.)
Tag FastTagFromName(std::string_view name) {
  constexpr int kBits = 7;  // 128 slots for 45 names
  struct Table {
    uint64_t key[1 << kBits] = {};
    Tag tag[1 << kBits] = {};
  };
  auto pack = [](std::string_view n) {
    uint64_t k = 0;
    std::memcpy(&k, n.data(), n.size());
    return k | static_cast<uint64_t>(n.size()) << 56;  // 1..7 bytes, then the length: never 0
  };
  auto slot = [](uint64_t k) { return static_cast<size_t>((k * 0x9E3779B97F4A7C15ull) >> (64 - kBits)); };
  static const Table* table = [&] {
    auto* t = new Table;
    for (int i = 1; i < kNumTags; ++i) {
      std::string_view n = TagName(static_cast<Tag>(i));
      if (n.empty() || n.size() > 7) continue;  // found by the scan below
      const uint64_t k = pack(n);
      size_t s = slot(k);
      while (t->key[s] != 0 && t->key[s] != k) s = (s + 1) & ((1 << kBits) - 1);
      if (t->key[s] == 0) {  // the first tag of a name wins, as in the scan
        t->key[s] = k;
        t->tag[s] = static_cast<Tag>(i);
      }
    }
    return t;
  }();
  if (name.empty()) return Tag::kNone;
  if (name.size() > 7) return TagFromName(name);
  const uint64_t k = pack(name);
  for (size_t s = slot(k);; s = (s + 1) & ((1 << kBits) - 1)) {
    if (table->key[s] == k) return table->tag[s];
    if (table->key[s] == 0) return Tag::kNone;
  }
}

}  // namespace


Lexicon::Lexicon()
    : transitions_(kNumTags * kNumTags, static_cast<float>(std::log(kTransitionFloor))),
      log_prior_(kNumTags, 0.0f) {}

uint32_t Lexicon::AddEntry(Counts* counts_in, bool divide_by_prior) {
  Counts& counts = *counts_in;
  // Most likely tag first: callers that want "the" tag of a word take front().
  // Insertion sort, which is stable like the std::stable_sort it replaces
  // (an element moves only past strictly smaller counts), so ties keep the
  // file's order and the result is the same; a word has a handful of tags,
  // where stable_sort's temporary buffer (an allocation per entry) cost
  // more than the sort.
  for (size_t i = 1; i < counts.size(); ++i) {
    auto cur = counts[i];
    size_t j = i;
    for (; j > 0 && counts[j - 1].second < cur.second; --j) counts[j] = counts[j - 1];
    counts[j] = cur;
  }
  if (counts.size() > kCountMask) counts.resize(kCountMask);
  double total = 0;
  for (const auto& c : counts) total += c.second;
  uint32_t first = static_cast<uint32_t>(scores_.size());
  scores_.Edit([&](std::vector<TagScore>& scores) {
    for (const auto& [tag, n] : counts) {
      float s = static_cast<float>(std::log(n / total));
      if (divide_by_prior) s -= log_prior_[static_cast<int>(tag)];
      scores.push_back(MakeTagScore(tag, s));
    }
  });
  return (first << kCountBits) | static_cast<uint32_t>(counts.size());
}

std::vector<std::string> Lexicon::InputFiles(const std::string& dir) {
  return {dir + "/words.yml", dir + "/tags.yml", dir + "/unknown.yml"};
}

bool Lexicon::Load(const std::string& dir, std::string* error) {
  // InputFiles' names, in its order.
  std::string words_path = dir + "/words.yml", tags_path = dir + "/tags.yml", unknown_path = dir + "/unknown.yml";
  FileBytes text;

  // tags.yml: one row per previous tag.
  if (!ReadFile(tags_path, &text, error, kInstallHint)) return false;
  bool ok = ForEachLine(text.view(), [&](uint32_t n, std::string_view line) {
    if (line.empty() || line.starts_with("---")) return true;
    std::string_view key, body;
    Tag prev = Tag::kNone;
    if (SplitRow(line, &key, &body)) prev = FastTagFromName(key);
    if (prev == Tag::kNone) {
      *error = tags_path + ":" + std::to_string(n) + ": expected 'tag: { tag: probability, ... }' with a known tag";
      return false;
    }
    bool reported = false;
    bool pairs_ok = ForEachPair(body, [&](std::string_view name, double p) {
      Tag next = FastTagFromName(name);
      if (next == Tag::kNone || !(p > 0) || p > 1) {
        *error = tags_path + ":" + std::to_string(n) + ": bad entry '" + std::string(name) +
                 "' (unknown tag or probability outside (0, 1])";
        reported = true;
        return false;
      }
      transitions_[static_cast<int>(prev) * kNumTags + static_cast<int>(next)] =
          static_cast<float>(std::log(std::max(p, kTransitionFloor)));
      return true;
    });
    if (!pairs_ok && !reported) *error = tags_path + ":" + std::to_string(n) + ": malformed 'tag: probability' list";
    return pairs_ok;
  });
  if (!ok) return false;

  // words.yml and unknown.yml: parsed into flat arrays first, because the
  // scores need P(tag) over the whole file.
  struct Parsed {
    uint64_t hash;
    uint32_t first, count;
    std::string_view key;
  };
  auto parse = [&](const std::string& path, std::string_view data, std::vector<Parsed>* rows,
                   std::vector<std::pair<Tag, double>>* pool) {
    return ForEachLine(data, [&](uint32_t n, std::string_view line) {
      if (line.empty() || line.starts_with("---")) return true;
      std::string_view key, body;
      if (!SplitRow(line, &key, &body)) {
        *error = path + ":" + std::to_string(n) + ": expected 'word: { tag: count, ... }'; " +
                 "is this the words.yml of liblingua-en-tagger-perl?";
        return false;
      }
      Parsed p{TokenHash(key), static_cast<uint32_t>(pool->size()), 0, key};
      bool pairs_ok = ForEachPair(body, [&](std::string_view name, double c) {
        Tag t = FastTagFromName(name);
        if (t == Tag::kNone || !(c > 0)) return false;
        pool->push_back({t, c});
        return true;
      });
      if (!pairs_ok) {
        *error = path + ":" + std::to_string(n) + ": bad tag count in '" + std::string(line.substr(0, 80)) +
                 "' (expected known tag names and positive counts)";
        return false;
      }
      p.count = static_cast<uint32_t>(pool->size()) - p.first;
      rows->push_back(p);
      return true;
    });
  };

  FileBytes words_text, unknown_text;
  if (!ReadFile(words_path, &words_text, error, kInstallHint)) return false;
  if (!ReadFile(unknown_path, &unknown_text, error, kInstallHint)) return false;
  std::vector<Parsed> word_rows, class_rows;
  std::vector<std::pair<Tag, double>> pool;
  word_rows.reserve(48 * 1024);
  pool.reserve(64 * 1024);
  if (!parse(words_path, words_text.view(), &word_rows, &pool)) return false;
  if (!parse(unknown_path, unknown_text.view(), &class_rows, &pool)) return false;
  if (word_rows.size() < 1000) {
    *error = words_path + ": only " + std::to_string(word_rows.size()) + " words; the file looks truncated; " +
             std::string(kInstallHint);
    return false;
  }

  std::vector<double> totals(kNumTags, 0.0);
  double all = 0;
  for (const Parsed& r : word_rows)
    for (uint32_t i = 0; i < r.count; ++i) {
      totals[static_cast<int>(pool[r.first + i].first)] += pool[r.first + i].second;
      all += pool[r.first + i].second;
    }
  for (int t = 1; t < kNumTags; ++t) log_prior_[t] = static_cast<float>(std::log(std::max(totals[t], 1.0) / all));

  scores_.Edit([&](std::vector<TagScore>& scores) { scores.reserve(pool.size() + 256); });
  words_.Reserve(word_rows.size() + 256);
  Counts counts;
  auto add = [&](const Parsed& r) {
    counts.assign(pool.begin() + r.first, pool.begin() + r.first + r.count);
    return AddEntry(&counts);
  };
  auto word_counts = [&](const Parsed& r, Counts* out) {
    out->assign(pool.begin() + r.first, pool.begin() + r.first + r.count);
    FillRegularPast(r.key, out);
    FillPresent(r.key, out);
  };
  WordMap row_of;  // TokenHash(word) -> index in word_rows
  row_of.Reserve(word_rows.size());
  for (uint32_t i = 0; i < word_rows.size(); ++i) {
    const Parsed& r = word_rows[i];
    row_of.Insert(r.hash, i);
    word_counts(r, &counts);
    uint32_t v = AddEntry(&counts);
    *words_.Insert(r.hash, v) = v;
    for (const ClassName& c : kClassNames)
      if (c.name == r.key) classes_[static_cast<int>(c.cls)] = v;
  }
  // Sentence-initial capitalised words: the WSJ counts of "Tariffs" come from
  // headlines and names (NNP, NNPS), those of "tariffs" from running text
  // (NNS). At the start of a sentence the capital says nothing, so both
  // count: the entry is the sum.
  std::string low;
  Counts lower_counts;
  for (const Parsed& r : word_rows) {
    if (r.key.empty() || r.key[0] < 'A' || r.key[0] > 'Z') continue;
    low.assign(r.key);
    // ASCII folding, as std::tolower in the C locale dyad runs in, without
    // a library call per byte (115,000 calls; 1.3M instructions saved).
    for (char& ch : low)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + ('a' - 'A'));
    const uint32_t* lr = row_of.Find(TokenHash(low));
    if (lr == nullptr) continue;
    word_counts(r, &counts);
    word_counts(word_rows[*lr], &lower_counts);
    for (const auto& [t, n] : lower_counts) {
      auto it = std::find_if(counts.begin(), counts.end(), [t = t](const auto& c) { return c.first == t; });
      if (it != counts.end()) it->second += n;
      else counts.push_back({t, n});
    }
    uint32_t v = AddEntry(&counts);
    *initial_.Insert(r.hash, v) = v;
  }
  for (const Parsed& r : class_rows) {
    for (const ClassName& c : kClassNames)
      if (c.name == r.key) classes_[static_cast<int>(c.cls)] = add(r);
    // A capitalised unknown word not ending in -s is hardly a plural noun or
    // a 3rd-person verb, which "-cap-" allows for every capitalised word
    // (measured: "in south Ithilen on Thursday" had the name as NNS).
    if (r.key == "-cap-") {
      counts.clear();
      for (uint32_t i = r.first; i < r.first + r.count; ++i)
        if (pool[i].first != Tag::NNS && pool[i].first != Tag::NNPS && pool[i].first != Tag::VBZ)
          counts.push_back(pool[i]);
      if (!counts.empty()) classes_[static_cast<int>(WordClass::kCapNotS)] = AddEntry(&counts);
    }
    // An unknown lower-case word ending in "-ed" is a verb form or an
    // adjective: the nouns so spelt ("bed", "creed", "greed") are all in
    // the lexicon. "-ed-" gives NN as much as VBN, which made a past tense
    // after a name or a date a noun ("the Court cancelled restrictions",
    // "Israel on Friday reimposed the closure", "Russia normalized relations":
    // no verb in the clause).
    if (r.key == "-ed-") {
      counts.clear();
      for (uint32_t i = r.first; i < r.first + r.count; ++i)
        if (pool[i].first != Tag::NN) counts.push_back(pool[i]);
      if (!counts.empty()) classes_[static_cast<int>(WordClass::kEd)] = AddEntry(&counts);
    }
  }
  // Unknown sentence-initial words: a name ("Hezbollah said") or a common
  // word whose suffix speaks ("Drones struck"). Suffix classes are merged
  // with "-cap-" at equal weight and context decides.
  for (WordClass sc : {WordClass::kIng, WordClass::kS, WordClass::kTion, WordClass::kLy, WordClass::kEd}) {
    uint32_t a = classes_[static_cast<int>(sc)], b = classes_[static_cast<int>(WordClass::kCap)];
    if (a == 0 || b == 0) continue;
    counts.clear();
    for (uint32_t e : {a, b})
      for (const TagScore& t : Unpack(e)) {
        double p = std::exp(t.score + log_prior_[static_cast<int>(t.tag)]);  // back to P(tag | class)
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == t.tag; });
        if (it != counts.end()) it->second += p;
        else counts.push_back({t.tag, p});
      }
    initial_classes_[static_cast<int>(sc)] = AddEntry(&counts);
  }
  for (const ClassName& c : kClassNames) {
    if (classes_[static_cast<int>(c.cls)] == 0) {
      *error = std::string(c.cls == WordClass::kNum || c.cls == WordClass::kOrd ? words_path : unknown_path) +
               ": no entry for the word class '" + std::string(c.name) + "'; " + std::string(kInstallHint);
      return false;
    }
  }
  return true;
}

std::span<const TagScore> Lexicon::Find(std::string_view word) const { return Find(TokenHash(word)); }

void Lexicon::Save(CacheWriter* w) const {
  words_.Save(w);
  initial_.Save(w);
  // TagScore has two bytes of padding: the records are written from a
  // zeroed image, field by field, so equal lexicons save to equal bytes,
  // and read back in place (a view of the mapped file).
  static_assert(sizeof(TagScore) == 8 && offsetof(TagScore, tag) == 0 && offsetof(TagScore, row) == 1 &&
                offsetof(TagScore, score) == 4);
  std::vector<TagScore> image(scores_.size());
  std::memset(static_cast<void*>(image.data()), 0, image.size() * sizeof(TagScore));
  for (size_t i = 0; i < scores_.size(); ++i) {
    char* rec = reinterpret_cast<char*>(image.data() + i);
    std::memcpy(rec, &scores_[i].tag, sizeof(Tag));
    std::memcpy(rec + 1, &scores_[i].row, sizeof(uint8_t));
    std::memcpy(rec + 4, &scores_[i].score, sizeof(float));
  }
  w->Vector(image);
  w->Pod(classes_);
  w->Pod(initial_classes_);
  w->Vector(transitions_);
  w->Vector(log_prior_);
}

bool Lexicon::Restore(CacheReader* r) {
  if (!words_.Restore(r) || !initial_.Restore(r) || !r->Array(&scores_) || !r->Pod(&classes_) ||
      !r->Pod(&initial_classes_) || !r->Vector(&transitions_) || !r->Vector(&log_prior_))
    return false;
  // Every packed entry must lie inside scores_, every tag be a real one
  // and every row its tag's: Unpack(), Transition() and the tagger's
  // gathered tables index without checking.
  auto entry_ok = [this](uint32_t v) { return (v >> kCountBits) + (v & kCountMask) <= scores_.size(); };
  bool ok = transitions_.size() == static_cast<size_t>(kNumTags) * kNumTags && log_prior_.size() == kNumTags &&
            words_.AllValues(entry_ok) && initial_.AllValues(entry_ok);
  for (int c = 0; ok && c < static_cast<int>(WordClass::kCount); ++c)
    ok = entry_ok(classes_[c]) && entry_ok(initial_classes_[c]);
  for (const TagScore& t : scores_)
    if (static_cast<int>(t.tag) >= kNumTags || t.row != kTableRow[static_cast<int>(t.tag)]) ok = false;
  return ok || r->Fail();
}

bool Lexicon::Has(uint64_t hash, Tag t) const {
  for (const TagScore& s : Find(hash))
    if (s.tag == t) return true;
  return false;
}

bool Lexicon::LoadOverrides(const std::string& path, std::string* error) {
  FileBytes text;
  if (!ReadFile(path, &text, error, "the tag override file ships in data/lexicon/; check --data-dir")) return false;
  return LoadOverridesText(text.view(), path, error);
}

bool Lexicon::LoadOverridesText(std::string_view text, std::string_view display, std::string* error) {
  return ForEachLine(text, [&](uint32_t n, std::string_view line) {
    size_t hash_pos = line.find('#');
    if (hash_pos != std::string_view::npos) line = line.substr(0, hash_pos);
    line = Trim(line);
    if (line.empty()) return true;
    std::string_view word;
    Counts counts;
    // Earlier tags are likelier: weights 1, 1/2, 1/3 ... give the first tag
    // the edge when context is neutral while leaving the others possible.
    double weight = 1.0;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
      size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
      if (j == i) break;
      std::string_view field = line.substr(i, j - i);
      i = j;
      if (word.empty()) {
        word = field;
        continue;
      }
      Tag t = TagFromPenn(field);
      if (t == Tag::kNone) {
        *error = std::string(display) + ":" + std::to_string(n) + ": unknown tag '" + std::string(field) +
                 "'; use Penn Treebank tags such as NN, NNS, VBD, VBN, JJ";
        return false;
      }
      counts.push_back({t, weight});
      weight = 1.0 / (1.0 / weight + 1.0);
    }
    if (counts.empty()) {
      *error = std::string(display) + ":" + std::to_string(n) + ": '" + std::string(word) +
               "' has no tags; write 'word TAG [TAG ...]'";
      return false;
    }
    if (counts.size() > kCountMask) {
      *error = std::string(display) + ":" + std::to_string(n) + ": at most " + std::to_string(kCountMask) +
               " tags per word";
      return false;
    }
    // The weights are the emission preference itself (not P(tag | word)
    // divided by P(tag), which would favour rare tags such as VBP over VB).
    uint32_t v = AddEntry(&counts, /*divide_by_prior=*/false);
    *words_.Insert(TokenHash(word), v) = v;
    return true;
  });
}

// ---------------------------------------------------------------- tags

Tag TagFromPenn(std::string_view name) {
  struct Alias {
    std::string_view penn;
    Tag tag;
  };
  static constexpr Alias kAliases[] = {
      {"DT", Tag::DET},   {"PRP$", Tag::PRPS}, {"WP$", Tag::WPS}, {",", Tag::PPC},      {".", Tag::PP},
      {"``", Tag::PPL},   {"''", Tag::PPR},    {"-LRB-", Tag::LRB}, {"-RRB-", Tag::RRB}, {":", Tag::PPS},
      {"$", Tag::PPD},    {"HYPH", Tag::PPS},  {"NFP", Tag::PPS}, {"#", Tag::SYM},
  };
  for (const Alias& a : kAliases)
    if (a.penn == name) return a.tag;
  char buf[8];
  if (name.empty() || name.size() > sizeof(buf)) return Tag::kNone;
  for (size_t i = 0; i < name.size(); ++i) buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
  std::string_view low(buf, name.size());
  if (low == "dt") return Tag::DET;
  if (low == "prp$") return Tag::PRPS;
  if (low == "wp$") return Tag::WPS;
  return TagFromName(low);
}

}  // namespace dyad::en
