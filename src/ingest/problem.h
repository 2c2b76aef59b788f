// One input the reader skipped, and why.
#ifndef DYAD_INGEST_PROBLEM_H_
#define DYAD_INGEST_PROBLEM_H_

#include <cstdint>
#include <string>

namespace dyad {

struct InputProblem {
  std::string file;         // path as given ("-" for stdin)
  uint64_t line = 0;        // 1-based line, 0 if not line-oriented
  uint64_t offset = 0;      // byte offset in the file where the problem is (the line start for JSON Lines)
  bool has_offset = false;  // `offset` is meaningful (false for "cannot read")
  std::string reason;       // "invalid UTF-8 (byte 0xE9); ...", "malformed JSON: ...", "cannot read: Permission denied"

  // "file:line: reason", "file: byte N: reason" or "file: reason".
  std::string str() const;
};

}  // namespace dyad

#endif  // DYAD_INGEST_PROBLEM_H_
