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
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

// A key of a CompactJsonObject with what the object writes for it made
// once: `,"key":` and the key's first 8 bytes, big-endian, zero-padded
// (comparing two of these orders keys as a byte-wise compare of those
// bytes would; keys hold no NUL byte, so bytes are compared only on a
// tie). A constexpr one (Engine::Record's keys) is made at compile time;
// building these for each field was ~100 instructions a field, more than
// the rest of the field for a short value. Keys are plain ASCII
// identifiers (they are written unescaped).
class JsonKey {
 public:
  constexpr JsonKey(std::string_view name) : name_(name) {  // NOLINT: implicit, from a literal
    for (size_t i = 0; i < name.size() && i < 8; ++i)
      prefix_ |= uint64_t{static_cast<unsigned char>(name[i])} << (56 - 8 * i);
    if (name.size() + 4 > kHeadCopy) return;  // written piece by piece (CompactJsonObject::StartField)
    head_[size_++] = ',';
    head_[size_++] = '"';
    for (char c : name) head_[size_++] = c;
    head_[size_++] = '"';
    head_[size_++] = ':';
  }
  constexpr JsonKey(const char* name) : JsonKey(std::string_view(name)) {}  // NOLINT: implicit

 private:
  friend class CompactJsonObject;
  // StartField copies kHeadCopy bytes from head_ or head_ + 1 whatever the
  // key's length (a fixed-size copy is a few moves; a call to memcpy for
  // ~10 bytes cost more), so head_ has a byte to spare beyond them.
  static constexpr size_t kHeadCopy = 40;
  std::string_view name_;
  uint64_t prefix_ = 0;
  char head_[kHeadCopy + 8] = {};
  uint32_t size_ = 0;  // 0: too long for head_
};

// A flat JSON object under construction. Keys are literals the caller
// owns (they must outlive the object) and are not repeated.
//
// The object is written as it is built: each field's `"key":value` goes
// straight into one buffer, and a nested object opened with the
// constructor that takes a parent is written into the parent's buffer in
// place. Keys must come out in std::map order; callers add them in that
// order (Engine::Record does), and each add only compares the key with the
// one before. When a key comes out of order the fields are sorted once,
// when the object is closed (their bounds are recorded for that). The
// former object kept its fields and values apart and assembled them at
// the end: per event that was a fields vector, a values buffer and a final
// string for the event and again for each actor, and every value copied
// twice (te3silver: `Engine::Records` ~10M of its ~35M).
class CompactJsonObject {
 public:
  CompactJsonObject();
  // A nested object as the value of `key` in `parent`, written into the
  // parent's buffer; call Close() before the parent gets another field.
  CompactJsonObject(CompactJsonObject& parent, const JsonKey& key);
  // Moves the fields recorded so far (only those: the rest of the inline
  // array is never read). Not while a nested object is open in it.
  CompactJsonObject(CompactJsonObject&& other) noexcept;
  CompactJsonObject& operator=(CompactJsonObject&&) = delete;

  void AddString(const JsonKey& key, std::string_view value);
  void AddNumber(const JsonKey& key, uint64_t value);
  // `json` is an already rendered value, e.g. another CompactJsonObject's Dump().
  void AddRaw(const JsonKey& key, std::string_view json);
  // `obj` rendered as the value: the same bytes as AddRaw(key, obj.Dump()).
  void AddObject(const JsonKey& key, CompactJsonObject& obj);
  // Ends a nested object (see the constructor).
  void Close();
  bool empty() const { return count_ == 0; }
  // The object as nlohmann::json::dump() writes it; no field may be added
  // after. Take() gives the same bytes, moved out of the object.
  std::string Dump();
  std::string Take();

 private:
  // A field's bytes, `"key":value`, are buffer[begin, end).
  struct Field {
    const char* key;
    uint32_t key_size;
    uint32_t begin, end;
    uint64_t prefix;  // JsonKey's
  };
  static bool Less(const Field& a, const Field& b);
  // The object's bytes are bytes[0, len); `bytes` is kept at its capacity,
  // the bytes after len being scratch, so a field is written with plain
  // stores after one room test (Extend) instead of std::string appends
  // (each a capacity test, a size store and a terminating NUL: over the
  // ~20 small appends of an evidence object these were half its cost).
  struct Buffer {
    std::string bytes;
    size_t len = 0;
    // n writable bytes at len (len not moved), the string grown if needed.
    char* Room(size_t n) {
      if (bytes.size() - len < n) [[unlikely]] Grow(n);
      return bytes.data() + len;
    }
    void Grow(size_t n);
    void Append(const char* p, size_t n) {
      std::memcpy(Room(n), p, n);
      len += n;
    }
    void Push(char c) {
      *Room(1) = c;
      ++len;
    }
  };
  Buffer& buffer() { return parent_buffer_ ? *parent_buffer_ : own_; }
  // `"s"` into `out` when s needs no escaping (see the definition).
  static bool AppendPlainValue(std::string_view s, Buffer* out);
  // Writes the separator and `"key":`, and starts recording the field.
  void StartField(const JsonKey& key);
  // Records the end of the field StartField began.
  void EndField();
  // Sorts the fields if they came out of order and writes the closing brace.
  void Finish();

  Buffer own_;
  Buffer* parent_buffer_ = nullptr;  // a nested object writes here
  CompactJsonObject* parent_ = nullptr;
  size_t base_ = 0;  // where the object's '{' is in buffer()
  // Fields' bounds, for the sort of an object whose keys came out of
  // order: the first kInline in place (an evidence object has at most ~12),
  // the rest in `more_`. Left uninitialised: only [0, count_) is read.
  static constexpr uint32_t kInline = 16;
  Field inline_[kInline];
  std::vector<Field> more_;
  uint32_t count_ = 0;
  bool sorted_ = true;
  bool finished_ = false;
  Field& field(uint32_t i) { return i < kInline ? inline_[i] : more_[i - kInline]; }
};

// Appends `s` as a JSON string literal exactly as nlohmann::json::dump
// (ensure_ascii off, invalid UTF-8 replaced) writes it.
void AppendNlohmannString(std::string_view s, std::string* out);

}  // namespace dyad

#endif  // DYAD_OUTPUT_EVIDENCE_JSON_H_
