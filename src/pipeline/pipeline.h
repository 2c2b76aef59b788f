// An ordered list of components for one language.
//
// English and Spanish differ only in the components they list. A user (or a
// test) can replace or insert a component by name without touching the rest.
#ifndef DYAD_PIPELINE_PIPELINE_H_
#define DYAD_PIPELINE_PIPELINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/component.h"

namespace dyad {

// Wall time spent in each named stage, summed over the documents run with
// it: `dyad code --stage-times` and scripts/bench.sh's per-stage shares.
// One per worker thread, so adding needs no lock; the runner merges them at
// the end. Stages keep the order in which they were first seen.
class StageTimes {
 public:
  void Add(std::string_view stage, uint64_t nanoseconds);
  void Merge(const StageTimes& other);
  const std::vector<std::pair<std::string, uint64_t>>& stages() const { return stages_; }
  uint64_t total() const;

 private:
  std::vector<std::pair<std::string, uint64_t>> stages_;  // a dozen stages: a linear search is enough
};

class Pipeline {
 public:
  Pipeline() = default;
  Pipeline(Pipeline&&) = default;
  Pipeline& operator=(Pipeline&&) = default;

  // Appends a component; returns *this for chaining.
  Pipeline& Add(std::shared_ptr<const Component> c);
  // Inserts before the component named `before`; appends if there is none.
  Pipeline& InsertBefore(std::string_view before, std::shared_ptr<const Component> c);
  // Replaces the component with the same name; returns false if there is none.
  bool Replace(std::shared_ptr<const Component> c);
  // Removes the named component; returns false if there is none.
  bool Remove(std::string_view name);

  const Component* Find(std::string_view name) const;
  std::vector<std::string_view> names() const;

  // Runs every component in order.
  void Run(Doc& doc) const;
  // The same, adding each component's wall time to *times under its name.
  // A separate function so that the plain Run reads no clock.
  void Run(Doc& doc, StageTimes* times) const;
  // Runs the components up to and including `last` (for `dyad explain`, tests).
  void RunUntil(Doc& doc, std::string_view last) const;

 private:
  std::vector<std::shared_ptr<const Component>> components_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_PIPELINE_H_
