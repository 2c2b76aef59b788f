// A bump allocator for strings that live as long as one Doc.
//
// Tokens keep string_views of their lowercase form and lemma. Most point into
// the article text or a lexicon; the few that must be built (case-folded
// non-ASCII, "n't" -> "not") go here. Blocks never move, so views stay valid
// until Clear(), which keeps the first block for the next document: a
// steady-state pipeline allocates nothing per token.
#ifndef DYAD_MODEL_ARENA_H_
#define DYAD_MODEL_ARENA_H_

#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace dyad {

class Arena {
 public:
  Arena() : Arena(16 * 1024) {}
  explicit Arena(size_t block_size) : block_size_(block_size) {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&&) = default;
  Arena& operator=(Arena&&) = default;

  // Copies `s` into the arena and returns a view of the copy.
  std::string_view Copy(std::string_view s) {
    char* p = Allocate(s.size());
    if (!s.empty()) std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  // Uninitialised storage for n bytes.
  char* Allocate(size_t n) {
    if (blocks_.empty() || used_ + n > cap_) NewBlock(n);
    char* p = blocks_.back().get() + used_;
    used_ += n;
    return p;
  }

  void Clear() {
    if (blocks_.size() > 1) blocks_.resize(1);
    if (!blocks_.empty()) cap_ = first_cap_;
    used_ = 0;
  }

 private:
  void NewBlock(size_t min) {
    size_t cap = min > block_size_ ? min : block_size_;
    blocks_.emplace_back(new char[cap]);
    if (blocks_.size() == 1) first_cap_ = cap;
    cap_ = cap;
    used_ = 0;
  }

  size_t block_size_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = 0, cap_ = 0, first_cap_ = 0;
};

}  // namespace dyad

#endif  // DYAD_MODEL_ARENA_H_
