// The evidence object of an event record ({"code_name":...,"pattern":...}),
// written directly instead of through nlohmann::json.
//
// Why by hand: Engine::Record built a nlohmann::json (a std::map of heap
// strings) and dumped it for every event mention; that was 9% of the coding
// loop on te3silver, more than the time finder. The output must stay
// byte-identical to what nlohmann::json::dump(-1, ' ', false,
// error_handler_t::replace) gave, because stored evidence and the JSON Lines
// output are compared across versions: keys come out in byte order (a
// nlohmann object is a std::map), strings use nlohmann's escapes (\b \f \n
// \r \t, other control characters as \u00xx, 0x7f and UTF-8 copied; the
// record writer in json_writer.cc escapes \b and \f as \u00xx, so the two
// loops stay apart rather than change either output), and a
// string that is not valid UTF-8 is handed to nlohmann itself so its
// replacement rule applies unchanged (normalised text is valid UTF-8, so
// that path is for robustness, not speed).
#ifndef DYAD_OUTPUT_EVIDENCE_JSON_H_
#define DYAD_OUTPUT_EVIDENCE_JSON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

// A flat JSON object under construction. Keys are literals the caller
// owns (they must outlive the object) and are not repeated.
class CompactJsonObject {
 public:
  // Room for an evidence object's fields and values up front: growing the
  // two vectors field by field cost more allocations than the rest.
  CompactJsonObject() {
    fields_.reserve(12);
    values_.reserve(256);
  }
  void AddString(std::string_view key, std::string_view value);
  void AddNumber(std::string_view key, uint64_t value);
  // `json` is an already rendered value, e.g. another CompactJsonObject's Dump().
  void AddRaw(std::string_view key, std::string_view json);
  // `obj` rendered as the value, the same bytes as AddRaw(key, obj.Dump())
  // without the intermediate string (an event's evidence holds two actor
  // objects; that string was an allocation and a copy each).
  void AddObject(std::string_view key, CompactJsonObject& obj);
  bool empty() const { return fields_.empty(); }
  // The object as nlohmann::json::dump() writes it.
  std::string Dump();

 private:
  // Rendered values share one buffer (one allocation per object, not per field).
  struct Field {
    std::string_view key;
    // The key's first 8 bytes, big-endian, zero-padded: comparing two of
    // these orders keys as a byte-wise compare of those bytes would (keys
    // hold no NUL byte), so Dump's sort calls memcmp only on a tie.
    uint64_t prefix;
    size_t begin, end;  // the value: values_[begin, end)
  };
  static uint64_t KeyPrefix(std::string_view key);
  // Sorts the fields and appends the rendered object to *out.
  void AppendTo(std::string* out);
  // The length AppendTo will write.
  size_t RenderedSize() const;
  std::vector<Field> fields_;
  std::string values_;
};

// Appends `s` as a JSON string literal exactly as nlohmann::json::dump
// (ensure_ascii off, invalid UTF-8 replaced) writes it.
void AppendNlohmannString(std::string_view s, std::string* out);

}  // namespace dyad

#endif  // DYAD_OUTPUT_EVIDENCE_JSON_H_
