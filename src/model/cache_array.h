// A table of plain values that is either a vector of its own (built by a
// loader from the data files) or a view of a mapped cache file
// (model/cache_file.h, CacheReader::Array), which it keeps mapped.
//
// Why: a cache hit copied every table out of the mapped file into fresh
// heap (~30 MB built at each start, every page a first-touch fault, the
// huge pages zeroed 2 MB at a time; two processes starting together each
// did it, and lost time to the memory traffic: docs/performance.md,
// "stop 19", "stop 20 (h-start5)"). A view reads the file's pages where
// they are: the page cache's own, shared by every dyad that maps the file.
//
// Reading is a pointer and a size, as a vector's, so a hot loop over a
// view (the tagger's word map) costs what it did over a vector. A change
// (Edit) copies a view into storage of its own first: the mapping is
// read-only.
#ifndef DYAD_MODEL_CACHE_ARRAY_H_
#define DYAD_MODEL_CACHE_ARRAY_H_

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace dyad {

template <typename T>
class CacheArray {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  CacheArray() = default;
  explicit CacheArray(std::vector<T> v) { Assign(std::move(v)); }
  CacheArray(const CacheArray& o) { *this = o; }
  CacheArray(CacheArray&& o) noexcept { *this = std::move(o); }
  CacheArray& operator=(const CacheArray& o) {
    if (this == &o) return *this;
    keep_ = o.keep_;
    if (keep_) {
      own_.clear();
      data_ = o.data_, size_ = o.size_;
    } else {
      own_ = o.own_;
      Point();
    }
    return *this;
  }
  CacheArray& operator=(CacheArray&& o) noexcept {
    if (this == &o) return *this;
    keep_ = std::move(o.keep_);
    own_ = std::move(o.own_);  // moves the buffer: a pointer into it stays valid
    if (keep_) data_ = o.data_, size_ = o.size_;
    else Point();
    o.own_.clear();
    o.keep_.reset();
    o.Point();
    return *this;
  }

  // Replaces the contents with a vector of its own.
  void Assign(std::vector<T> v) {
    keep_.reset();
    own_ = std::move(v);
    Point();
  }
  // Makes this a view of n values at `data`, which `keep` keeps valid (a
  // null keep is not a view: the values are copied).
  void View(const T* data, size_t n, std::shared_ptr<const void> keep) {
    if (!keep) {
      Assign(std::vector<T>(data, data + n));
      return;
    }
    own_.clear();
    own_.shrink_to_fit();
    keep_ = std::move(keep);
    data_ = data, size_ = n;
  }
  // Changes the values through their vector (a view is copied first).
  template <typename F>
  decltype(auto) Edit(F&& f) {
    if (keep_) {
      own_.assign(data_, data_ + size_);
      keep_.reset();
    }
    struct Repoint {
      CacheArray* a;
      ~Repoint() { a->Point(); }
    } repoint{this};
    return f(own_);
  }

  const T* data() const { return data_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  const T& operator[](size_t i) const { return data_[i]; }
  // True when this views a mapped file (a test's view of which path ran).
  bool is_view() const { return keep_ != nullptr; }

 private:
  void Point() {
    data_ = own_.data();
    size_ = own_.size();
  }
  std::vector<T> own_;
  const T* data_ = nullptr;
  size_t size_ = 0;
  std::shared_ptr<const void> keep_;  // the mapping viewed; null for own storage
};

}  // namespace dyad

#endif  // DYAD_MODEL_CACHE_ARRAY_H_
