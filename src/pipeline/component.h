// A pipeline component: one job over a Doc.
//
// Components are built once from their data (lexicons, dictionaries) and then
// shared read-only by every worker thread, so Run() is const and must not
// mutate the component. Per-document scratch space belongs in the Doc.
#ifndef DYAD_PIPELINE_COMPONENT_H_
#define DYAD_PIPELINE_COMPONENT_H_

#include <string_view>

#include "model/doc.h"

namespace dyad {

class Component {
 public:
  virtual ~Component() = default;
  // Short stable name used to list, replace and time components ("tokenizer").
  virtual std::string_view name() const = 0;
  virtual void Run(Doc& doc) const = 0;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_COMPONENT_H_
