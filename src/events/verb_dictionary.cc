#include "events/verb_dictionary.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <fstream>
#include <memory>
#include <type_traits>
#include <sstream>

#include "events/code_match.h"  // IsCoercionOrForceCode
#include "model/ascii.h"
#include "model/cache_file.h"
#include "model/doc.h"
#include "model/lines.h"
#include "model/read_file.h"

namespace dyad {

namespace {

std::string_view StripComment(std::string_view s) {
  size_t h = s.find('#');
  return h == std::string_view::npos ? s : s.substr(0, h);
}

}  // namespace

bool IsCameoCodeText(std::string_view s) {
  if (s == "---") return true;
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string VerbPattern::ref() const {
  // Every event cites its pattern, so this runs once per event: the line
  // number written into a stack buffer and the string sized once (the
  // appends to a string sized for the file name reallocated once or twice,
  // and std::to_string built a string of its own). Same text.
  char num[24];
  const auto [num_end, ec] = std::to_chars(num, num + sizeof num, line);
  (void)ec;  // 24 bytes hold any integer
  const size_t num_len = static_cast<size_t>(num_end - num);
  std::string s;
  s.reserve(file.size() + 1 + num_len + 1 + text.size());
  s.append(file);
  s += ':';
  s.append(num, num_len);
  s += ' ';
  s += text;
  return s;
}

VerbDictionary::VerbDictionary() = default;

void VerbDictionary::AddPattern(VerbPattern p) { Keep(std::move(p)); }

void VerbDictionary::Keep(VerbPattern&& p) {
  // Pattern files come one after another: their ~100 names are copied
  // once each, not once per pattern.
  if (p.file != last_file_) last_file_ = storage_->strings.Copy(p.file);
  p.file = last_file_;
  p.text = storage_->strings.Copy(p.text);
  patterns_.push_back(std::move(p));
}

uint32_t VerbDictionary::SynsetIndex(const std::string& name) {
  auto it = synset_by_name_.find(name);
  if (it != synset_by_name_.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(synsets_.size());
  synsets_.push_back(Synset{name, {}, "", 0});
  synset_by_name_[name] = i;
  return i;
}

bool VerbDictionary::LoadPatternFile(const std::string& path, const std::string& display,
                                     std::vector<DictProblem>* problems) {
  FileBytes text;
  if (!ReadDictFile(path, display, &text, problems)) return false;
  LoadPatternText(text.view(), display, problems);
  return true;
}

void VerbDictionary::LoadPatternFiles(const std::vector<std::pair<std::string, std::string>>& files,
                                      std::vector<DictProblem>* problems) {
  std::vector<FileBytes> texts(files.size());
  std::vector<bool> read(files.size());
  size_t lines = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    read[i] = texts[i].Read(files[i].first);
    // memchr per line: std::count's byte loop (not vectorised at -O2)
    // cost 2.5M instructions on our 1 MB of patterns.
    const std::string_view t = texts[i].view();
    ++lines;
    for (const char *p = t.data(), *e = p + t.size(); (p = static_cast<const char*>(std::memchr(p, '\n', e - p)));
         ++p)
      ++lines;
  }
  // Every pattern is one line; comments and blank lines make this a few
  // percent more than needed.
  patterns_.reserve(patterns_.size() + lines);
  for (size_t i = 0; i < files.size(); ++i) {
    if (!read[i]) problems->push_back({files[i].second, 0, "cannot read " + files[i].first, true});
    else LoadPatternText(texts[i].view(), files[i].second, problems);
  }
}

void VerbDictionary::LoadPatternText(std::string_view text, const std::string& display,
                                     std::vector<DictProblem>* problems) {
  // Start-up reads ~19,500 pattern lines here (on its own thread): the
  // line's word list, the pattern's text and elements are sized once, and
  // words are lower-cased for hashing in a stack buffer, instead of heap
  // strings grown a word at a time (~25% of this thread's instructions).
  std::vector<std::string_view> words;
  std::string line_text;  // one buffer for every line's pattern text, copied into storage_ by Keep
  char low[128];
  auto lower_hash = [&](std::string_view w) {
    if (w.size() > sizeof low) return TokenHash(AsciiLower(w));
    for (size_t k = 0; k < w.size(); ++k) {
      const char c = w[k];
      low[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    return TokenHash(std::string_view(low, w.size()));
  };
  ForEachLine(text, [&](uint32_t lineno, std::string_view raw) {
    std::string_view body = TrimBlanks(StripComment(raw));
    if (body.empty()) return;
    BlankSeparatedWords(body, &words);
    // "046:046": a paired code, the CAMEO codebook's reciprocal events (a
    // meeting or a phone call is both sides' act): each target also does
    // the second code to the source. Same form as TABARI's "[046:046]".
    std::string_view code_text = words[0], paired;
    if (size_t colon = code_text.find(':'); colon != std::string_view::npos) {
      paired = code_text.substr(colon + 1);
      code_text = code_text.substr(0, colon);
    }
    if (!IsCameoCodeText(code_text) || (words[0].find(':') != std::string_view::npos &&
                                        (code_text == "---" || paired == "---" || !IsCameoCodeText(paired)))) {
      problems->push_back({display, lineno,
                           "line must start with a CAMEO code (2-4 digits, or two as code:paired) or --- for a null "
                           "pattern, got '" +
                               std::string(words[0]) + "'",
                           true});
      return;
    }
    if (words.size() < 2) {
      problems->push_back({display, lineno, "code without a pattern (write the verb after the code)", true});
      return;
    }
    VerbPattern p;
    p.code = code_text == "---" ? "" : std::string(code_text);
    p.paired_code = std::string(paired);
    p.file = display;
    p.line = lineno;
    // "[MIL|PKO] arrive in +": a subject condition before the verb, groups
    // of three capital letters between brackets (dict lint checks that
    // each is a known actor-code group).
    size_t verb_at = 1;
    if (words[1].front() == '[') {
      std::string_view cond = words[1];
      bool well_formed = cond.size() >= 5 && cond.back() == ']';
      if (well_formed) {
        cond = cond.substr(1, cond.size() - 2);
        size_t start = 0;
        while (start <= cond.size()) {
          size_t bar = cond.find('|', start);
          if (bar == std::string_view::npos) bar = cond.size();
          std::string_view role = cond.substr(start, bar - start);
          start = bar + 1;
          bool caps = role.size() == 3;
          for (char ch : role) caps = caps && ch >= 'A' && ch <= 'Z';
          if (!caps) {
            well_formed = false;
            break;
          }
          p.subject_roles.emplace_back(role);
        }
      }
      if (!well_formed || words.size() < 3) {
        problems->push_back({display, lineno,
                             "a subject condition is '[ROLE|ROLE]' (three capital letters each) followed by the verb, got '" +
                                 std::string(words[1]) + "'",
                             true});
        return;
      }
      verb_at = 2;
      // As specific as one more word: "[PKO] arrive in +" goes before
      // "arrive in +" whatever the files' order.
      p.specificity += 2;
    }
    std::string verb = AsciiLower(words[verb_at]);
    if (verb == "+" || verb == "$" || verb == "*" || verb[0] == '&') {
      problems->push_back({display, lineno, "a pattern starts with its verb lemma, not '" + verb + "'", true});
      return;
    }
    p.verb = TokenHash(verb);
    line_text.clear();  // verb and words, single-spaced: never longer than the line
    if (verb_at == 2) line_text.append(words[1]).append(" ");
    line_text += verb;
    p.elems.reserve(words.size() - verb_at - 1);
    bool ok = true;
    for (size_t i = verb_at + 1; i < words.size(); ++i) {
      const std::string_view w = words[i];
      line_text += ' ';
      line_text += w;
      PatternElem e;
      if (w == "+") {
        e.kind = PatternElem::Kind::kTarget;
        if (p.has_target) ok = false;
        p.has_target = true;
        p.specificity += 1;
      } else if (w == "$") {
        e.kind = PatternElem::Kind::kSource;
        if (p.has_source) ok = false;
        p.has_source = true;
        p.specificity += 1;
      } else if (w == "*") {
        e.kind = PatternElem::Kind::kGap;
      } else if (w[0] == '&') {
        if (w.size() < 2) {
          ok = false;
          continue;
        }
        e.kind = PatternElem::Kind::kSynset;
        pending_.push_back({static_cast<uint32_t>(patterns_.size()), static_cast<uint32_t>(p.elems.size()),
                            std::string(w.substr(1))});
        p.specificity += 2;
      } else {
        e.kind = PatternElem::Kind::kWord;
        e.hash = lower_hash(w);
        p.specificity += 2;
      }
      p.elems.push_back(e);
    }
    if (!ok) {
      problems->push_back({display, lineno, "a pattern has at most one + and one $", true});
      pending_.erase(std::remove_if(pending_.begin(), pending_.end(),
                                    [&](const PendingSynset& x) { return x.pattern == patterns_.size(); }),
                     pending_.end());
      return;
    }
    if (!p.elems.empty() && p.elems.back().kind == PatternElem::Kind::kGap)
      problems->push_back({display, lineno, "a trailing * matches nothing more; drop it", false});
    p.text = line_text;
    Keep(std::move(p));
  });
}

bool VerbDictionary::LoadSynsetFile(const std::string& path, const std::string& display,
                                    const NameTokenizer& tokenize, std::vector<DictProblem>* problems) {
  FileBytes text;
  if (!ReadDictFile(path, display, &text, problems)) return false;
  LoadSynsetText(text.view(), display, tokenize, problems);
  return true;
}

void VerbDictionary::LoadSynsetText(std::string_view text, const std::string& display,
                                    const NameTokenizer& tokenize, std::vector<DictProblem>* problems) {
  ForEachLine(text, [&](uint32_t lineno, std::string_view raw) {
    std::string_view body = TrimBlanks(StripComment(raw));
    if (body.empty()) return;
    size_t eq = body.find('=');
    if (body[0] != '&' || eq == std::string_view::npos) {
      problems->push_back({display, lineno, "expected '&NAME = member | member ...'", true});
      return;
    }
    std::string name(TrimBlanks(body.substr(1, eq - 1)));
    uint32_t idx = SynsetIndex(name);
    Synset& s = synsets_[idx];
    if (!s.file.empty())
      problems->push_back({display, lineno, "synset &" + name + " already defined at " + s.file + ":" +
                                                std::to_string(s.line) + "; members are added to it", false});
    else
      s.file = display, s.line = lineno;
    std::string_view rest = body.substr(eq + 1);
    size_t start = 0;
    while (start <= rest.size()) {
      size_t bar = rest.find('|', start);
      if (bar == std::string_view::npos) bar = rest.size();
      std::string member = AsciiLower(TrimBlanks(rest.substr(start, bar - start)));
      start = bar + 1;
      if (member.empty()) continue;
      std::vector<NameToken> toks;
      tokenize(member, &toks);
      std::vector<uint64_t> hashes;
      for (const auto& t : toks) hashes.push_back(t.hash);
      if (hashes.empty()) continue;
      Synset& target = synsets_[idx];
      target.members.emplace_back(std::move(hashes));
      if (!target.gaps.empty()) target.gaps.push_back(0), target.stems.emplace_back();
    }
  });
}

void VerbDictionary::AddSynsetMember(const std::string& name, const std::string& file, uint32_t line,
                                     std::vector<uint64_t> words, uint32_t gaps, std::vector<int32_t> stems) {
  if (words.empty()) return;
  Synset& s = synsets_[SynsetIndex(name)];
  if (s.file.empty()) s.file = file, s.line = line;
  s.gaps.resize(s.members.size(), 0);  // members added before without shapes
  s.stems.resize(s.members.size());
  s.members.emplace_back(std::move(words));
  s.gaps.push_back(gaps);
  stems.resize(s.members.back().size(), -1);
  s.stems.push_back(std::move(stems));
}

bool VerbDictionary::LoadControlFile(const std::string& path, const std::string& display,
                                     std::vector<DictProblem>* problems) {
  FileBytes text;
  if (!ReadDictFile(path, display, &text, problems)) return false;
  LoadControlText(text.view(), display, problems);
  return true;
}

void VerbDictionary::LoadControlText(std::string_view text, const std::string& display,
                                     std::vector<DictProblem>* problems) {
  ForEachLine(text, [&](uint32_t lineno, std::string_view raw) {
    std::string_view body = TrimBlanks(StripComment(raw));
    if (body.empty()) return;
    size_t sp = body.find_first_of(" \t");
    std::string_view key = body.substr(0, sp);
    std::unordered_set<uint64_t>* set = nullptr;
    if (key == "@irrealis") set = &irrealis_;
    else if (key == "@speech") set = &speech_;
    else if (key == "@implicative") set = &implicative_;
    else if (key == "@intent") set = &intent_;
    else if (key == "@accusing") set = &accusing_;
    if (!set || sp == std::string_view::npos) {
      problems->push_back({display, lineno, "expected '@irrealis|@speech|@implicative|@intent|@accusing verb | verb ...'", true});
      return;
    }
    std::string_view rest = body.substr(sp);
    size_t start = 0;
    while (start <= rest.size()) {
      size_t bar = rest.find('|', start);
      if (bar == std::string_view::npos) bar = rest.size();
      std::string w = AsciiLower(TrimBlanks(rest.substr(start, bar - start)));
      start = bar + 1;
      if (!w.empty()) set->insert(TokenHash(w));
    }
  });
}

uint64_t VerbDictionary::VerbOfWord(std::string_view lower, uint64_t lower_hash) const {
  if (auto it = forms_.find(lower_hash); it != forms_.end()) return it->second;
  if (stems_.empty()) return 0;
  // Longest stem first; a handful of lookups per word, and only in the
  // TABARI reading of a sentence the clauses left uncoded.
  for (size_t n = lower.size(); n >= 3; --n)
    if (auto it = stems_.find(std::string(lower.substr(0, n))); it != stems_.end()) return it->second;
  return 0;
}

void VerbDictionary::Compile(std::vector<DictProblem>* problems) {
  for (const auto& p : pending_) {
    auto it = synset_by_name_.find(p.name);
    if (it == synset_by_name_.end() || synsets_[it->second].members.empty()) {
      const VerbPattern& vp = patterns_[p.pattern];
      problems->push_back({std::string(vp.file), vp.line, "unknown synset &" + p.name + " (define it in synsets.txt)", true});
      patterns_[p.pattern].elems[p.elem].synset = SynsetIndex(p.name);  // empty: never matches
      continue;
    }
    patterns_[p.pattern].elems[p.elem].synset = it->second;
  }
  pending_.clear();
  for (Synset& s : synsets_) {
    s.first_mask = 0;
    s.by_first.clear();
    for (uint32_t m = 0; m < s.members.size(); ++m) {
      if (s.members[m].empty()) continue;
      s.first_mask |= WordBit(s.members[m][0]);
      s.by_first.emplace_back(s.members[m][0], m);
    }
    std::sort(s.by_first.begin(), s.by_first.end());
  }
  for (VerbPattern& vp : patterns_) {
    vp.word_mask = 0;
    vp.synset_masks.clear();
    for (const PatternElem& e : vp.elems) {
      if (e.kind == PatternElem::Kind::kWord && !e.stem) vp.word_mask |= WordBit(e.hash);
      if (e.kind == PatternElem::Kind::kSynset) vp.synset_masks.push_back(synsets_[e.synset].first_mask);
    }
  }
  lists_.clear();
  list_verbs_.clear();
  std::unordered_map<uint64_t, std::vector<uint32_t>> ids_of;
  std::vector<std::pair<uint64_t, PatternList>> by_key;
  for (uint32_t i = 0; i < patterns_.size(); ++i) ids_of[patterns_[i].verb].push_back(i);
  for (auto& [verb, ids] : ids_of) {
    std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      if (patterns_[a].specificity != patterns_[b].specificity)
        return patterns_[a].specificity > patterns_[b].specificity;
      return (patterns_[a].surface != 0) > (patterns_[b].surface != 0);  // "met" before "meet"
    });
    std::vector<uint64_t> masks;
    for (uint32_t i : ids) masks.push_back(patterns_[i].word_mask);
    PatternList list;
    list.ids.Assign(std::move(ids));
    list.word_masks.Assign(std::move(masks));
    by_key.emplace_back(verb, std::move(list));
  }
  std::sort(by_key.begin(), by_key.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  lists_.reserve(by_key.size());
  list_verbs_.reserve(by_key.size());
  for (auto& [verb, list] : by_key) {
    list_verbs_.push_back(verb);
    lists_.push_back(std::move(list));
  }
  IndexLists();
}

PatternHot PatternHot::Of(const VerbPattern& p, uint32_t id) {
  PatternHot h;
  for (const PatternElem& e : p.elems)
    if (e.kind == PatternElem::Kind::kWord && !e.stem) h.word_mask2 |= WordBit2(e.hash);
  h.id = id;
  h.bits = (p.synset_masks.empty() ? 0 : kHasSynsets) | (p.elems.empty() ? kNoElems : 0) |
           (p.before.empty() ? kNoBefore : 0) | (p.surface != 0 ? kSurface : 0) |
           (IsCoercionOrForceCode(p.code) ? kCoercive : 0);
  uint32_t kind = kFirstAny, first = 0;
  if (!p.elems.empty()) {
    const PatternElem& el = p.elems[0];
    switch (el.kind) {
      case PatternElem::Kind::kWord:
        // A stem matches words whose hash is not its own: any word may.
        if (!el.stem) {
          kind = kFirstWord;
          first = static_cast<uint32_t>(el.hash >> 58) | static_cast<uint32_t>((el.hash >> 52) & 63) << 6;
        }
        break;
      case PatternElem::Kind::kSynset:
        // A larger index (never seen) is left to the matcher.
        if (el.synset <= kMaxFirstSynset) kind = kFirstSynset, first = el.synset;
        break;
      case PatternElem::Kind::kTarget:
      case PatternElem::Kind::kSource: kind = kFirstSlot; break;
      default: break;
    }
  }
  h.bits |= kind << kFirstKindShift | first << kFirstShift;
  return h;
}

void VerbDictionary::IndexLists(const std::vector<PatternHot>* by_id) {
  size_t size = 16;
  while (size < 2 * lists_.size()) size *= 2;
  verb_slots_.assign(size, VerbSlot{});
  verb_slot_mask_ = size - 1;
  auto pool = std::make_shared<std::vector<PatternHot>>();
  size_t total = 0;
  for (const PatternList& l : lists_) total += l.ids.size();
  pool->reserve(total);  // never grows past this: the lists point into it
  for (uint32_t i = 0; i < lists_.size(); ++i) {
    size_t s = list_verbs_[i] & verb_slot_mask_;
    while (verb_slots_[s].list != kNoList) s = (s + 1) & verb_slot_mask_;
    verb_slots_[s] = {list_verbs_[i], i};
    PatternList& l = lists_[i];
    l.index = i;
    const size_t at = pool->size();
    if (by_id) {
      for (uint32_t id : l.ids) pool->push_back((*by_id)[id]);
    } else {
      for (size_t k = 0; k < l.ids.size(); ++k) pool->push_back(PatternHot::Of(patterns_[l.ids[k]], l.ids[k]));
    }
    l.hot = pool->data() + at;
  }
  hot_pool_ = std::move(pool);
}

namespace {

// PatternElem has padding: each goes as this record, whose every byte is
// a member or an explicit zero, so equal dictionaries save to equal bytes.
// Restore reads all of a pattern's records in one bounds-checked copy into
// a scratch vector reused across patterns (per-field arrays cost four
// allocations a pattern: 22M of the 47M instructions of a hit).
struct ElemRecord {
  uint64_t hash;
  uint32_t synset;
  uint8_t kind, flags, zero0, zero1;
};
static_assert(sizeof(ElemRecord) == 16);

ElemRecord ToRecord(const PatternElem& e) {
  return {e.hash, e.synset, static_cast<uint8_t>(e.kind), static_cast<uint8_t>(e.joined | e.stem << 1 | e.exact << 2),
          0, 0};
}

// False for a kind this build does not know.
bool FromRecord(const ElemRecord& rec, PatternElem* e) {
  if (rec.kind > static_cast<uint8_t>(PatternElem::Kind::kSkip)) return false;
  e->kind = static_cast<PatternElem::Kind>(rec.kind);
  e->joined = rec.flags & 1;
  e->stem = rec.flags & 2;
  e->exact = rec.flags & 4;
  e->hash = rec.hash;
  e->synset = rec.synset;
  return true;
}

void SaveElems(const std::vector<PatternElem>& elems, CacheWriter* w) {
  std::vector<ElemRecord> records;
  records.reserve(elems.size());
  for (const PatternElem& e : elems) records.push_back(ToRecord(e));
  w->Vector(records);
}

bool RestoreElems(CacheReader* r, std::vector<ElemRecord>* scratch, std::vector<PatternElem>* elems) {
  if (!r->Vector(scratch)) return false;
  elems->resize(scratch->size());
  for (size_t i = 0; i < scratch->size(); ++i)
    if (!FromRecord((*scratch)[i], &(*elems)[i])) return r->Fail();
  return true;
}

// A pattern's fixed part. Its elements, synset masks and strings are in
// three pools, each pattern's run right after the one before, so a hit
// restores them with one copy each and every pattern with one record:
// no allocation per pattern (the vectors and strings of layout 1 cost
// ~29M instructions a start, docs/performance.md "stop 16"). Every byte
// is a member or an explicit zero, so equal dictionaries save equal bytes.
struct PatternRecord {
  uint64_t verb, surface, word_mask;
  int32_t specificity;
  uint32_t line, file;                  // file: index into the file names
  uint32_t elems, masks;                // how many of the element and mask pools are this pattern's
  uint32_t code, paired_code, text;     // lengths, in this order in the string pool
  uint8_t flags;                        // has_target .. subject_is_target, as below
  uint8_t rare;                         // 1: subject roles, 2: elements before the verb (in the last section)
  uint8_t zero0 = 0, zero1 = 0;
};
static_assert(sizeof(PatternRecord) == 64 && std::is_trivially_copyable_v<PatternRecord>);

// std::string's assign into an empty string takes the general replace
// path; building in place costs half (see CacheReader::String).
// What CacheWriter::Span wrote, into a PatternArray: a view of the
// reader's bytes when they can be viewed (the dictionary's storage keeps
// the reader's owner), else a copy of its own.
template <typename T>
bool RestoreArray(CacheReader* r, PatternArray<T>* a) {
  std::span<const T> view;
  std::vector<T> copy;
  if (!r->Array(&view, &copy)) return false;
  if (view.data() == copy.data()) a->Assign(std::move(copy));
  else a->SetView(view.data(), view.size());
  return true;
}

void SetString(std::string* s, std::string_view v) {
  std::destroy_at(s);
  std::construct_at(s, v);
}

// A hash set or map in key order: the same contents save to the same bytes.
std::vector<uint64_t> SortedKeys(const std::unordered_set<uint64_t>& set) {
  std::vector<uint64_t> v(set.begin(), set.end());
  std::sort(v.begin(), v.end());
  return v;
}

template <typename K, typename V>
std::vector<std::pair<K, V>> SortedPairs(const std::unordered_map<K, V>& map) {
  std::vector<std::pair<K, V>> v(map.begin(), map.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first < b.first; });  // keys are unique
  return v;
}

}  // namespace

void VerbDictionary::Save(CacheWriter* w) const {
  std::vector<std::string_view> files;
  std::unordered_map<std::string_view, uint32_t> file_index;
  std::vector<PatternRecord> records;
  std::vector<ElemRecord> elems;
  std::vector<uint64_t> masks;
  std::string strings;
  records.reserve(patterns_.size());
  for (const VerbPattern& p : patterns_) {
    auto [it, added] = file_index.emplace(p.file, static_cast<uint32_t>(files.size()));
    if (added) files.push_back(p.file);
    PatternRecord rec{};
    rec.verb = p.verb;
    rec.surface = p.surface;
    rec.word_mask = p.word_mask;
    rec.specificity = p.specificity;
    rec.line = p.line;
    rec.file = it->second;
    rec.elems = static_cast<uint32_t>(p.elems.size());
    rec.masks = static_cast<uint32_t>(p.synset_masks.size());
    rec.code = static_cast<uint32_t>(p.code.size());
    rec.paired_code = static_cast<uint32_t>(p.paired_code.size());
    rec.text = static_cast<uint32_t>(p.text.size());
    rec.flags = static_cast<uint8_t>(p.has_target | p.has_source << 1 | p.compound_source << 2 |
                                     p.compound_target << 3 | p.subject_is_target << 4);
    rec.rare = static_cast<uint8_t>((p.subject_roles.empty() ? 0 : 1) | (p.before.empty() ? 0 : 2));
    records.push_back(rec);
    for (const PatternElem& e : p.elems) elems.push_back(ToRecord(e));
    masks.insert(masks.end(), p.synset_masks.begin(), p.synset_masks.end());
    strings.append(p.code).append(p.paired_code).append(p.text);
  }
  w->Pod<uint64_t>(patterns_.size());
  w->String(std::string_view(reinterpret_cast<const char*>(records.data()), records.size() * sizeof(PatternRecord)));
  w->Vector(elems);
  w->Vector(masks);
  w->String(strings);
  w->Pod<uint64_t>(files.size());
  for (std::string_view f : files) w->String(f);
  for (const VerbPattern& p : patterns_) {
    if (p.subject_roles.empty() && p.before.empty()) continue;
    w->Strings(p.subject_roles);
    SaveElems(p.before, w);
  }
  w->Pod<uint64_t>(synsets_.size());
  for (const Synset& s : synsets_) {
    w->String(s.name);
    w->Pod<uint64_t>(s.members.size());
    for (const auto& m : s.members) w->Span(m.data(), m.size());
    w->String(s.file);
    w->Pod(s.line);
    w->Pod(s.first_mask);
    w->Pairs(s.by_first);
    w->Vector(s.gaps);
    w->Pod<uint64_t>(s.stems.size());
    for (const auto& st : s.stems) w->Vector(st);
  }
  w->Pod<uint64_t>(lists_.size());
  for (size_t i = 0; i < lists_.size(); ++i) {
    const PatternList& list = lists_[i];
    w->Pod(list_verbs_[i]);
    w->Span(list.ids.data(), list.ids.size());
    w->Span(list.word_masks.data(), list.word_masks.size());
  }
  w->Pairs(SortedPairs(forms_));
  w->Strings(word_stems_);
  const auto stems = SortedPairs(stems_);
  w->Pod<uint64_t>(stems.size());
  for (const auto& [stem, verb] : stems) {
    w->String(stem);
    w->Pod(verb);
  }
  for (const auto* set : {&irrealis_, &speech_, &implicative_, &intent_, &accusing_}) w->Vector(SortedKeys(*set));
}

bool VerbDictionary::Restore(CacheReader* r) {
  *this = VerbDictionary();
  uint64_t n = 0, num_files = 0;
  std::string_view record_bytes, strings;
  std::vector<ElemRecord> elem_records;
  Storage& store = *storage_;
  // With a mapped file to keep, strings and arrays are used where they lie.
  store.mapped = r->owner();
  std::span<const uint64_t> mask_pool;
  if (!r->Count(&n) || !r->View(&record_bytes) || record_bytes.size() != n * sizeof(PatternRecord) ||
      !r->Vector(&elem_records) || !r->Array(&mask_pool, &store.masks) || !r->View(&strings) || !r->Count(&num_files))
    return r->Fail();
  store.elems.resize(elem_records.size());
  for (size_t i = 0; i < elem_records.size(); ++i)
    if (!FromRecord(elem_records[i], &store.elems[i])) return r->Fail();
  std::vector<std::string_view> files(num_files);
  for (std::string_view& f : files) {
    if (!r->View(&f)) return false;
    if (!store.mapped) f = store.strings.Copy(f);
  }
  // Every pattern's code and text, which the patterns view: in the mapped
  // file, or one copy of them.
  if (!store.mapped) strings = store.strings.Copy(strings);
  patterns_.resize(n);
  size_t at_elem = 0, at_mask = 0, at_string = 0;
  std::vector<uint32_t> rare;  // patterns with subject roles or elements before the verb
  // Each pattern's PatternHot, made as the pattern is restored: the
  // pattern was just written and its elements are read in file order, so
  // both are in cache. Made later, in IndexLists' list order, each record
  // read a ~300-byte VerbPattern and its elements at random: the largest
  // single item of a cache hit's wall time (PatternHot::Of, 12% of the
  // start-up's samples, the verbs thread being start-up's longest;
  // docs/performance.md, "stop 26 (h-load3)"). The same function makes
  // them, so the records are the same; the few patterns with elements
  // before the verb get theirs again once those are read (below).
  std::vector<PatternHot> hot_by_id(n);
  const PatternElem* const elems = store.elems.data();
  const uint64_t* const masks = mask_pool.data();
  for (size_t i = 0; i < n; ++i) {
    PatternRecord rec;
    std::memcpy(&rec, record_bytes.data() + i * sizeof rec, sizeof rec);
    // Each run within its pool (64-bit sums: no 32-bit length can wrap them).
    if (rec.file >= files.size() || uint64_t{rec.elems} + at_elem > store.elems.size() ||
        uint64_t{rec.masks} + at_mask > mask_pool.size() ||
        uint64_t{rec.code} + rec.paired_code + rec.text + at_string > strings.size() || rec.rare > 3)
      return r->Fail();
    VerbPattern& p = patterns_[i];
    p.verb = rec.verb;
    p.surface = rec.surface;
    p.word_mask = rec.word_mask;
    p.specificity = rec.specificity;
    p.line = rec.line;
    p.file = files[rec.file];
    p.elems.SetView(elems + at_elem, rec.elems);
    at_elem += rec.elems;
    p.synset_masks.SetView(masks + at_mask, rec.masks);
    at_mask += rec.masks;
    SetString(&p.code, strings.substr(at_string, rec.code));
    at_string += rec.code;
    if (rec.paired_code) SetString(&p.paired_code, strings.substr(at_string, rec.paired_code));
    at_string += rec.paired_code;
    p.text = strings.substr(at_string, rec.text);
    at_string += rec.text;
    p.has_target = rec.flags & 1;
    p.has_source = rec.flags & 2;
    p.compound_source = rec.flags & 4;
    p.compound_target = rec.flags & 8;
    p.subject_is_target = rec.flags & 16;
    // Subject roles and elements before the verb (peer patterns only) are
    // rare: their own vectors, read in the last section below.
    if (rec.rare) rare.push_back(static_cast<uint32_t>(i));
    hot_by_id[i] = PatternHot::Of(p, static_cast<uint32_t>(i));
  }
  if (at_elem != store.elems.size() || at_mask != mask_pool.size() || at_string != strings.size()) return r->Fail();
  std::vector<ElemRecord> scratch;
  for (uint32_t i : rare) {
    VerbPattern& p = patterns_[i];
    if (!r->Strings(&p.subject_roles) || !RestoreElems(r, &scratch, &p.before)) return false;
    if (p.subject_roles.empty() && p.before.empty()) return r->Fail();  // Save writes neither then
    hot_by_id[i] = PatternHot::Of(p, i);  // PatternHot::kNoBefore reads p.before
  }
  if (!r->Count(&n)) return false;
  synsets_.resize(n);
  for (uint32_t i = 0; i < synsets_.size(); ++i) {
    Synset& s = synsets_[i];
    uint64_t members = 0, stems = 0;
    if (!r->String(&s.name) || !r->Count(&members)) return false;
    s.members.resize(members);
    for (auto& m : s.members)
      if (!RestoreArray(r, &m)) return false;
    if (!r->String(&s.file) || !r->Pod(&s.line) || !r->Pod(&s.first_mask) || !r->Pairs(&s.by_first) ||
        !r->Vector(&s.gaps) || !r->Count(&stems))
      return false;
    s.stems.resize(stems);
    for (auto& st : s.stems)
      if (!r->Vector(&st)) return false;
    for (const auto& [first, m] : s.by_first)
      if (m >= s.members.size()) return r->Fail();
    synset_by_name_.emplace(s.name, i);
  }
  // The coder indexes synsets_ and patterns_ by these without checking.
  auto bad_synset = [&](const PatternElem& e) {
    return e.kind == PatternElem::Kind::kSynset && e.synset >= synsets_.size();
  };
  for (const PatternElem& e : storage_->elems)
    if (bad_synset(e)) return r->Fail();
  for (const VerbPattern& p : patterns_)
    for (const PatternElem& e : p.before)
      if (bad_synset(e)) return r->Fail();
  if (!r->Count(&n)) return false;
  lists_.reserve(n);
  list_verbs_.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t verb = 0;
    PatternList list;
    if (!r->Pod(&verb) || !RestoreArray(r, &list.ids) || !RestoreArray(r, &list.word_masks)) return false;
    if (list.word_masks.size() != list.ids.size()) return r->Fail();
    for (uint32_t id : list.ids)
      if (id >= patterns_.size()) return r->Fail();
    // Save writes them in key order, each once.
    if (!list_verbs_.empty() && verb <= list_verbs_.back()) return r->Fail();
    list_verbs_.push_back(verb);
    lists_.push_back(std::move(list));
  }
  IndexLists(&hot_by_id);
  std::vector<std::pair<uint64_t, uint64_t>> forms;
  if (!r->Pairs(&forms) || !r->Strings(&word_stems_) || !r->Count(&n)) return false;
  forms_.insert(forms.begin(), forms.end());
  for (uint64_t i = 0; i < n; ++i) {
    std::string stem;
    uint64_t verb = 0;
    if (!r->String(&stem) || !r->Pod(&verb)) return false;
    stems_.emplace(std::move(stem), verb);
  }
  for (auto* set : {&irrealis_, &speech_, &implicative_, &intent_, &accusing_}) {
    std::vector<uint64_t> keys;
    if (!r->Vector(&keys)) return false;
    set->insert(keys.begin(), keys.end());
  }
  // A stem element names word_stems_ by index.
  auto bad_stem = [&](const PatternElem& e) {
    return e.kind == PatternElem::Kind::kWord && e.stem && e.synset >= word_stems_.size();
  };
  for (const PatternElem& e : storage_->elems)
    if (bad_stem(e)) return r->Fail();
  for (const VerbPattern& p : patterns_)
    for (const PatternElem& e : p.before)
      if (bad_stem(e)) return r->Fail();
  for (const Synset& s : synsets_)
    for (const auto& st : s.stems)
      for (int32_t k : st)
        if (k >= static_cast<int32_t>(word_stems_.size())) return r->Fail();
  return true;
}

}  // namespace dyad
