#include "output/evidence_json.h"

#include <algorithm>
#include <charconv>
#include <cstring>

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

void CompactJsonObject::Buffer::Grow(size_t n) { bytes.resize(std::max(bytes.size() * 2, len + n)); }

// An evidence object is ~300-1,300 bytes (te3silver: median 475): room
// for most in the first allocation, which Take() hands on as the record's
// string (cut to its length, which keeps the allocation).
CompactJsonObject::CompactJsonObject() {
  own_.bytes.resize(768);
  own_.Push('{');
}

CompactJsonObject::CompactJsonObject(CompactJsonObject& parent, const JsonKey& key)
    : parent_buffer_(&parent.buffer()), parent_(&parent) {
  parent.StartField(key);
  base_ = parent_buffer_->len;
  parent_buffer_->Push('{');
}

CompactJsonObject::CompactJsonObject(CompactJsonObject&& other) noexcept
    : own_(std::move(other.own_)),
      parent_buffer_(other.parent_buffer_),
      parent_(other.parent_),
      base_(other.base_),
      more_(std::move(other.more_)),
      count_(other.count_),
      sorted_(other.sorted_),
      finished_(other.finished_) {
  std::copy(other.inline_, other.inline_ + std::min(count_, kInline), inline_);
}

// std::map order: byte-wise comparison of the keys.
bool CompactJsonObject::Less(const Field& a, const Field& b) {
  if (a.prefix != b.prefix) return a.prefix < b.prefix;
  return std::string_view(a.key, a.key_size) < std::string_view(b.key, b.key_size);
}

// Inlined into AddString, its caller for nearly every field (a call and
// its spills were ~15 of the ~100 instructions of a short field).
[[gnu::always_inline]] inline void CompactJsonObject::StartField(const JsonKey& key) {
  Buffer& out = buffer();
  const std::string_view name = key.name_;
  const bool first = count_ == 0;
  Field f{name.data(), static_cast<uint32_t>(name.size()), static_cast<uint32_t>(out.len + (first ? 0 : 1)), 0,
          key.prefix_};
  if (key.size_ != 0) {
    // `,"key":`, the comma if not first: kHeadCopy bytes copied (a fixed
    // size, so inline moves), of which only the key's count; the rest lands
    // in the scratch past len.
    std::memcpy(out.Room(JsonKey::kHeadCopy), key.head_ + (first ? 1 : 0), JsonKey::kHeadCopy);
    out.len += key.size_ - (first ? 1 : 0);
  } else {
    if (!first) out.Push(',');
    out.Push('"');
    out.Append(name.data(), name.size());
    out.Append("\":", 2);
  }
  // Equal keys count as in order, as std::is_sorted counted them.
  if (!first && Less(f, field(count_ - 1))) sorted_ = false;
  if (count_ < kInline)
    inline_[count_] = f;
  else
    more_.push_back(f);
  ++count_;
}

void CompactJsonObject::EndField() { field(count_ - 1).end = static_cast<uint32_t>(buffer().len); }

// AppendPlainQuoted's answer (plain_run.h) written into the buffer: when
// every byte of `s` is plain ASCII, `"s"` at out->len and true (nothing to
// escape, so AppendNlohmannString would write these bytes); otherwise
// false and out->len unchanged (bytes past it may have been written: they
// are scratch). CopyPlain (plain_run.h) tests and copies in one pass.
// Inlined into AddString, its one caller: the call's register saves and
// argument moves were ~20 of the ~210 instructions of a short field
// (te3silver: ~52,000 fields).
[[gnu::always_inline]] inline bool CompactJsonObject::AppendPlainValue(std::string_view s, Buffer* out) {
  const size_t n = s.size();
  char* p = out->Room(n + 2) + 1;
  if (!CopyPlain<false>(s.data(), n, p)) return false;
  p[-1] = '"';
  p[n] = '"';
  out->len += n + 2;
  return true;
}

void CompactJsonObject::AddString(const JsonKey& key, std::string_view value) {
  StartField(key);
  Buffer& out = buffer();
  if (!AppendPlainValue(value, &out)) {
    // Escapes or non-ASCII bytes (a few fields an event): the general
    // writer into a reused per-thread string, then copied.
    thread_local std::string scratch;
    scratch.clear();
    AppendNlohmannString(value, &scratch);
    out.Append(scratch.data(), scratch.size());
  }
  EndField();
}

void CompactJsonObject::AddNumber(const JsonKey& key, uint64_t value) {
  StartField(key);
  Buffer& out = buffer();
  char* p = out.Room(20);  // a uint64_t has at most 20 digits
  out.len += static_cast<size_t>(std::to_chars(p, p + 20, value).ptr - p);
  EndField();
}

void CompactJsonObject::AddRaw(const JsonKey& key, std::string_view json) {
  StartField(key);
  buffer().Append(json.data(), json.size());
  EndField();
}

void CompactJsonObject::AddObject(const JsonKey& key, CompactJsonObject& obj) {
  obj.Finish();
  StartField(key);
  // `obj` has its own buffer (it is not open in this object), so growing
  // this one cannot move the bytes being copied.
  const Buffer& rendered = obj.buffer();
  buffer().Append(rendered.bytes.data() + obj.base_, rendered.len - obj.base_);
  EndField();
}

void CompactJsonObject::Finish() {
  if (finished_) return;
  finished_ = true;
  Buffer& out = buffer();
  if (!sorted_) {
    // Rare (callers add keys in order): the fields in key order, rewritten
    // over the object's bytes. std::sort on the fields in the order they
    // were added, as the former object sorted them.
    std::vector<Field> fields;
    fields.reserve(count_);
    for (uint32_t i = 0; i < count_; ++i) fields.push_back(field(i));
    std::sort(fields.begin(), fields.end(), Less);
    std::string sorted = "{";
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) sorted.push_back(',');
      sorted.append(out.bytes, fields[i].begin, fields[i].end - fields[i].begin);
    }
    out.len = base_;
    out.Append(sorted.data(), sorted.size());
  }
  out.Push('}');
}

void CompactJsonObject::Close() {
  Finish();
  parent_->EndField();
}

std::string CompactJsonObject::Dump() {
  Finish();
  return own_.bytes.substr(0, own_.len);
}

std::string CompactJsonObject::Take() {
  Finish();
  own_.bytes.resize(own_.len);  // a cut: no reallocation
  return std::move(own_.bytes);
}

}  // namespace dyad
