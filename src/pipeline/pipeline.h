// An ordered list of components for one language.
//
// English and Spanish differ only in the components they list. A user (or a
// test) can replace or insert a component by name without touching the rest.
#ifndef DYAD_PIPELINE_PIPELINE_H_
#define DYAD_PIPELINE_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/component.h"

namespace dyad {

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
  // Runs the components up to and including `last` (for `dyad explain`, tests).
  void RunUntil(Doc& doc, std::string_view last) const;

 private:
  std::vector<std::shared_ptr<const Component>> components_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_PIPELINE_H_
