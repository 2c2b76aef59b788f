#include "actors/index.h"

#include <algorithm>
#include <type_traits>

#include "model/cache_file.h"

namespace dyad {

ActorIndex::ActorIndex(const ActorDictionary& dict, const NameTokenizer& tokenize,
                       std::vector<DictProblem>* problems) {
  struct Raw {
    uint64_t key;     // PairKey of the first two tokens, or the first token's hash
    bool single;      // one token
    uint32_t length;
    uint32_t entry;
    uint32_t pool;
  };
  std::vector<Raw> raw, stem_raw;
  std::vector<LoosePhrase> loose_raw;  // key: first token's hash, kept in `order` below
  std::vector<std::string> stem_last;  // by stem_raw index
  std::vector<NameToken> toks;
  const auto& entries = dict.entries();
  for (uint32_t e = 0; e < entries.size(); ++e) {
    for (uint32_t ni = 0; ni < entries[e].names.size(); ++ni) {
      const std::string& name = entries[e].names[ni];
      toks.clear();
      tokenize(name, &toks);
      if (toks.empty()) {
        if (problems) problems->push_back({entries[e].file, entries[e].line, "name '" + name + "' has no words", false});
        continue;
      }
      bool single = toks.size() == 1;
      uint64_t key = single ? toks[0].hash : PairKey(toks[0].hash, toks[1].hash);
      raw.push_back({key, single, static_cast<uint32_t>(toks.size()), e, static_cast<uint32_t>(pool_.size())});
      const auto& stems = entries[e].stem_names;
      if (std::find(stems.begin(), stems.end(), ni) != stems.end()) {
        uint64_t skey = single ? toks[0].hash : toks[0].hash ^ kMultiStemSalt;
        stem_raw.push_back({skey, single, static_cast<uint32_t>(toks.size()), e, static_cast<uint32_t>(pool_.size())});
        size_t sp = name.find_last_of(' ');
        stem_last.push_back(name.substr(sp == std::string::npos ? 0 : sp + 1));
      }
      // A TABARI name whose words the segmenter splits otherwise than
      // its `_` and blanks ("U.S._ARMY") keeps only the exact match.
      for (const auto& [jn, loose] : entries[e].tabari_joins)
        if (jn == ni && toks.size() == 1 + static_cast<size_t>(std::count(name.begin(), name.end(), ' ')))
          loose_raw.push_back({{e, static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(toks.size()),
                                static_cast<uint32_t>(toks.size())},
                               loose});
      pool_.insert(pool_.end(), toks.begin(), toks.end());
    }
  }
  // Within a group, longest first; the stable sort keeps file order among
  // names of equal length, which is what makes the first entry win a tie.
  std::stable_sort(raw.begin(), raw.end(), [](const Raw& a, const Raw& b) {
    if (a.single != b.single) return a.single < b.single;
    if (a.key != b.key) return a.key < b.key;
    return a.length > b.length;
  });
  phrases_.reserve(raw.size());
  std::vector<std::pair<uint64_t, Range>> pairs, firsts;
  for (size_t i = 0; i < raw.size();) {
    size_t j = i;
    while (j < raw.size() && raw[j].single == raw[i].single && raw[j].key == raw[i].key) {
      phrases_.push_back({raw[j].entry, raw[j].pool, raw[j].length,
                          Fingerprint(pool_[raw[j].pool + raw[j].length - 1].hash)});
      ++j;
    }
    (raw[i].single ? firsts : pairs).push_back({raw[i].key, {static_cast<uint32_t>(i), static_cast<uint32_t>(j)}});
    i = j;
  }
  SplitByThirdWord(&pairs);
  by_pair_.Build(pairs);
  by_first_.Build(firsts);

  std::vector<uint32_t> order(stem_raw.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (stem_raw[a].key != stem_raw[b].key) return stem_raw[a].key < stem_raw[b].key;
    return stem_raw[a].length > stem_raw[b].length;
  });
  std::vector<std::pair<uint64_t, Range>> stem_keys;
  for (size_t i = 0; i < order.size();) {
    size_t j = i;
    while (j < order.size() && stem_raw[order[j]].key == stem_raw[order[i]].key) {
      const Raw& r = stem_raw[order[j]];
      stems_.push_back({{r.entry, r.pool, r.length, r.length}, stem_last[order[j]]});
      ++j;
    }
    stem_keys.push_back({stem_raw[order[i]].key, {static_cast<uint32_t>(i), static_cast<uint32_t>(j)}});
    i = j;
  }
  by_stem_.Build(stem_keys);

  std::stable_sort(loose_raw.begin(), loose_raw.end(), [&](const LoosePhrase& a, const LoosePhrase& b) {
    uint64_t ka = pool_[a.phrase.first].hash, kb = pool_[b.phrase.first].hash;
    if (ka != kb) return ka < kb;
    return a.phrase.length > b.phrase.length;
  });
  loose_ = std::move(loose_raw);
  std::vector<std::pair<uint64_t, Range>> loose_keys;
  for (size_t i = 0; i < loose_.size();) {
    size_t j = i;
    uint64_t key = pool_[loose_[i].phrase.first].hash;
    while (j < loose_.size() && pool_[loose_[j].phrase.first].hash == key) ++j;
    loose_keys.push_back({key, {static_cast<uint32_t>(i), static_cast<uint32_t>(j)}});
    i = j;
  }
  by_loose_.Build(loose_keys);

  for (const ExactPhrase& ph : phrases_) SetWordBit(filter_, FirstAt(pool_[ph.first].hash), pool_[ph.first].hash);
  for (const auto& [key, range] : firsts) SetWordBit(filter_, OneAt(key), key);
  for (const auto& [key, range] : pairs) SetBit(pair_bits_, PairBit(key));
  for (const LoosePhrase& lp : loose_) {
    SetWordBit(filter_, FirstAt(pool_[lp.phrase.first].hash), pool_[lp.phrase.first].hash);
    SetWordBit(filter_, OneAt(pool_[lp.phrase.first].hash), pool_[lp.phrase.first].hash);
  }
}

// The longer names of each pair with more than kThirdSplitAt of them are
// copied, grouped by their third word (stably: each group keeps the range's
// order, longest first), to the end of phrases_ and keyed in by_third_; the
// pair's own range keeps its two-word names, which a range sorted longest
// first holds at its end. The pair stays in `pairs` (and so in pair_bits_)
// even with no two-word name: ForEachMatch probes by_third_ behind its bit.
void ActorIndex::SplitByThirdWord(std::vector<std::pair<uint64_t, Range>>* pairs) {
  std::vector<std::pair<uint64_t, Range>> thirds;
  std::vector<std::pair<uint64_t, uint32_t>> longer;  // (third key, phrase), for one pair
  for (auto& [key, range] : *pairs) {
    uint32_t two = range.first;  // the first two-word name of the range
    while (two < range.second && phrases_[two].length > 2) ++two;
    if (two - range.first <= kThirdSplitAt) continue;
    longer.clear();
    for (uint32_t p = range.first; p < two; ++p)
      longer.push_back({ThirdKey(key, pool_[phrases_[p].first + 2].hash), p});
    std::stable_sort(longer.begin(), longer.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < longer.size();) {
      const auto begin = static_cast<uint32_t>(phrases_.size());
      size_t j = i;
      for (; j < longer.size() && longer[j].first == longer[i].first; ++j) phrases_.push_back(phrases_[longer[j].second]);
      thirds.push_back({longer[i].first, {begin, static_cast<uint32_t>(phrases_.size())}});
      i = j;
    }
    range.first = two;
  }
  by_third_.Build(thirds);
}

// NameToken has padding: it goes member by member, so equal indexes save
// to equal bytes (the round-trip test compares those bytes) and no
// uninitialised byte is written. FlatMap's slots have none: they go as
// they are and are read back in place.
void ActorIndex::FlatMap::Save(CacheWriter* w) const {
  static_assert(sizeof(Slot) == 16 && std::is_trivially_copyable_v<Slot>);
  w->Span(slots_.data(), slots_.size());
}

bool ActorIndex::FlatMap::Restore(CacheReader* r, uint32_t limit) {
  if (!r->Array(&slots_)) return false;
  const size_t cap = slots_.size();
  // Find() needs a power-of-two capacity with an empty slot to stop at
  // (Build leaves half of them empty), and the scans read every range
  // unchecked.
  bool ok = cap == 0 || (cap & (cap - 1)) == 0;
  size_t empty = 0;
  for (size_t i = 0; ok && i < cap; ++i) {
    const Slot& s = slots_[i];
    ok = s.range.first <= s.range.second && s.range.second <= limit;
    empty += s.key == 0;
  }
  if (!ok || (cap != 0 && empty == 0)) {
    slots_ = {};
    return r->Fail();
  }
  mask_ = cap == 0 ? 0 : cap - 1;
  return true;
}

namespace {

void SaveNameTokens(const std::vector<NameToken>& toks, CacheWriter* w) {
  std::vector<uint64_t> hashes(toks.size());
  std::vector<uint8_t> reqs(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) {
    hashes[i] = toks[i].hash;
    reqs[i] = static_cast<uint8_t>(toks[i].req);
  }
  w->Vector(hashes);
  w->Vector(reqs);
}

bool RestoreNameTokens(CacheReader* r, std::vector<NameToken>* toks) {
  std::vector<uint64_t> hashes;
  std::vector<uint8_t> reqs;
  if (!r->Vector(&hashes) || !r->Vector(&reqs)) return false;
  if (reqs.size() != hashes.size()) return r->Fail();
  toks->resize(hashes.size());
  for (size_t i = 0; i < hashes.size(); ++i) {
    if (reqs[i] > static_cast<uint8_t>(CaseReq::kAllCaps)) return r->Fail();
    (*toks)[i] = {hashes[i], static_cast<CaseReq>(reqs[i])};
  }
  return true;
}

}  // namespace

void ActorIndex::Save(CacheWriter* w) const {
  w->Vector(phrases_);
  SaveNameTokens(pool_, w);
  w->Vector(filter_);
  w->Vector(pair_bits_);
  by_pair_.Save(w);
  by_third_.Save(w);
  by_first_.Save(w);
  w->Pod<uint64_t>(stems_.size());
  for (const StemPhrase& sp : stems_) {
    w->Pod(sp.phrase);
    w->String(sp.last);
  }
  w->Vector(loose_);
  by_loose_.Save(w);
  by_stem_.Save(w);
}

bool ActorIndex::Restore(CacheReader* r, size_t num_entries) {
  uint64_t n_stems = 0;
  if (!r->Vector(&phrases_) || !RestoreNameTokens(r, &pool_) || !r->Vector(&filter_) || !r->Vector(&pair_bits_))
    return false;
  const auto n_phrases = static_cast<uint32_t>(phrases_.size());
  if (!by_pair_.Restore(r, n_phrases) || !by_third_.Restore(r, n_phrases) || !by_first_.Restore(r, n_phrases) ||
      !r->Count(&n_stems))
    return false;
  stems_.resize(n_stems);
  for (StemPhrase& sp : stems_)
    if (!r->Pod(&sp.phrase) || !r->String(&sp.last)) return false;
  if (!r->Vector(&loose_)) return false;
  if (!by_loose_.Restore(r, static_cast<uint32_t>(loose_.size())) ||
      !by_stem_.Restore(r, static_cast<uint32_t>(stems_.size())))
    return false;
  // Every phrase must name an entry and lie inside the pool, with a first
  // token (the scans read pool_[first] before comparing lengths).
  auto phrase_ok = [&](const Phrase& p) {
    return p.entry < num_entries && p.length > 0 && p.first <= pool_.size() && p.length <= pool_.size() - p.first;
  };
  bool ok = filter_.size() == (size_t{2} << (kFirstBits - 6)) &&
            pair_bits_.size() == (size_t{1} << (kPairBits - 6));
  // Scan turns a name away by its last word's fingerprint: it must be
  // that word's.
  for (const ExactPhrase& p : phrases_)
    ok = ok && phrase_ok(p.phrase()) && p.last == Fingerprint(pool_[p.first + p.length - 1].hash);
  for (const StemPhrase& sp : stems_) ok = ok && phrase_ok(sp.phrase);
  for (const LoosePhrase& lp : loose_) ok = ok && phrase_ok(lp.phrase);
  return ok || r->Fail();
}

}  // namespace dyad
