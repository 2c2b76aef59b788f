#include "output/evidence_json.h"

#include <algorithm>

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace dyad {

void AppendNlohmannString(std::string_view s, std::string* out) {
  if (!simdjson::validate_utf8(s.data(), s.size())) {
    // Rare (the normaliser repairs text): let nlohmann apply its own
    // replacement rule so the bytes stay what they always were.
    out->append(nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes copied as they are
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
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
}

void CompactJsonObject::AddString(std::string_view key, std::string_view value) {
  std::string v;
  v.reserve(value.size() + 2);
  AppendNlohmannString(value, &v);
  fields_.emplace_back(key, std::move(v));
}

void CompactJsonObject::AddNumber(std::string_view key, uint64_t value) {
  fields_.emplace_back(key, std::to_string(value));
}

void CompactJsonObject::AddRaw(std::string_view key, std::string json) { fields_.emplace_back(key, std::move(json)); }

std::string CompactJsonObject::Dump() {
  // std::map order: byte-wise comparison of the keys.
  std::sort(fields_.begin(), fields_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t size = 2;
  for (const auto& [k, v] : fields_) size += k.size() + v.size() + 4;
  std::string out;
  out.reserve(size);
  out.push_back('{');
  for (size_t i = 0; i < fields_.size(); ++i) {
    if (i) out.push_back(',');
    out.push_back('"');
    out.append(fields_[i].first);  // keys are plain ASCII identifiers
    out.append("\":");
    out.append(fields_[i].second);
  }
  out.push_back('}');
  return out;
}

}  // namespace dyad
