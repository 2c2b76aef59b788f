#include "pipeline/pipeline.h"

#include <algorithm>

namespace dyad {

Pipeline& Pipeline::Add(std::shared_ptr<const Component> c) {
  components_.push_back(std::move(c));
  return *this;
}

Pipeline& Pipeline::InsertBefore(std::string_view before, std::shared_ptr<const Component> c) {
  auto it = std::find_if(components_.begin(), components_.end(),
                         [&](const auto& x) { return x->name() == before; });
  components_.insert(it, std::move(c));
  return *this;
}

bool Pipeline::Replace(std::shared_ptr<const Component> c) {
  for (auto& x : components_) {
    if (x->name() == c->name()) {
      x = std::move(c);
      return true;
    }
  }
  return false;
}

bool Pipeline::Remove(std::string_view name) {
  auto it = std::find_if(components_.begin(), components_.end(),
                         [&](const auto& x) { return x->name() == name; });
  if (it == components_.end()) return false;
  components_.erase(it);
  return true;
}

const Component* Pipeline::Find(std::string_view name) const {
  for (const auto& x : components_)
    if (x->name() == name) return x.get();
  return nullptr;
}

std::vector<std::string_view> Pipeline::names() const {
  std::vector<std::string_view> out;
  for (const auto& x : components_) out.push_back(x->name());
  return out;
}

void Pipeline::Run(Doc& doc) const {
  for (const auto& c : components_) c->Run(doc);
}

void Pipeline::RunUntil(Doc& doc, std::string_view last) const {
  for (const auto& c : components_) {
    c->Run(doc);
    if (c->name() == last) break;
  }
}

}  // namespace dyad
