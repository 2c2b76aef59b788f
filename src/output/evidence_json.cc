#include "output/evidence_json.h"

#include <algorithm>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "output/plain_run.h"

namespace dyad {

void AppendNlohmannString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  // Most strings need nothing escaped and are ASCII (so valid UTF-8).
  if (AppendPlainQuoted(s, out)) return;
  const size_t start = out->size();
  out->push_back('"');
  size_t run = 0;        // start of the pending run of bytes copied as they are
  bool ascii = true;     // ASCII is valid UTF-8: no validation needed
  for (size_t i = 0; i < s.size(); ++i) {
    i += PlainAsciiWords(s.data() + i, s.size() - i);  // skip whole words that need nothing
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      ascii &= c < 0x80;
      continue;
    }
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {
        const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(esc, sizeof esc);
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
  if (!ascii && !simdjson::validate_utf8(s.data(), s.size())) {
    // Rare (the normaliser repairs text): let nlohmann apply its own
    // replacement rule so the bytes stay what they always were.
    out->resize(start);
    out->append(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

uint64_t CompactJsonObject::KeyPrefix(std::string_view key) {
  uint64_t p = 0;
  const size_t n = std::min<size_t>(key.size(), 8);
  for (size_t i = 0; i < n; ++i) p |= uint64_t{static_cast<unsigned char>(key[i])} << (56 - 8 * i);
  return p;
}

void CompactJsonObject::AddString(std::string_view key, std::string_view value) {
  const size_t begin = values_.size();
  AppendNlohmannString(value, &values_);
  fields_.push_back({key, KeyPrefix(key), begin, values_.size()});
}

void CompactJsonObject::AddNumber(std::string_view key, uint64_t value) {
  const size_t begin = values_.size();
  values_ += std::to_string(value);
  fields_.push_back({key, KeyPrefix(key), begin, values_.size()});
}

void CompactJsonObject::AddRaw(std::string_view key, std::string_view json) {
  const size_t begin = values_.size();
  values_ += json;
  fields_.push_back({key, KeyPrefix(key), begin, values_.size()});
}

void CompactJsonObject::AddObject(std::string_view key, CompactJsonObject& obj) {
  const size_t begin = values_.size();
  values_.reserve(begin + obj.RenderedSize());
  obj.AppendTo(&values_);
  fields_.push_back({key, KeyPrefix(key), begin, values_.size()});
}

size_t CompactJsonObject::RenderedSize() const {
  size_t size = 2 + values_.size();
  for (const Field& f : fields_) size += f.key.size() + 4;
  return size;
}

void CompactJsonObject::AppendTo(std::string* out) {
  // std::map order: byte-wise comparison of the keys. Engine::Record adds
  // its fields in that order, so this is mostly a check: sorting ~10
  // fields already in order still moved each twice (~1,000 instructions
  // an object).
  auto less = [](const Field& a, const Field& b) { return a.prefix != b.prefix ? a.prefix < b.prefix : a.key < b.key; };
  if (!std::is_sorted(fields_.begin(), fields_.end(), less)) std::sort(fields_.begin(), fields_.end(), less);
  out->push_back('{');
  for (size_t i = 0; i < fields_.size(); ++i) {
    if (i) out->push_back(',');
    out->push_back('"');
    out->append(fields_[i].key);  // keys are plain ASCII identifiers
    out->append("\":");
    out->append(values_, fields_[i].begin, fields_[i].end - fields_[i].begin);
  }
  out->push_back('}');
}

std::string CompactJsonObject::Dump() {
  std::string out;
  out.reserve(RenderedSize());
  AppendTo(&out);
  return out;
}

}  // namespace dyad
