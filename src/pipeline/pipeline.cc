#include "pipeline/pipeline.h"

#include <algorithm>
#include <chrono>

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

void Pipeline::Run(Doc& doc, StageTimes* times) const {
  using Clock = std::chrono::steady_clock;
  auto before = Clock::now();
  for (const auto& c : components_) {
    c->Run(doc);
    auto after = Clock::now();
    times->Add(c->name(), static_cast<uint64_t>(std::chrono::nanoseconds(after - before).count()));
    before = after;
  }
}

void StageTimes::Add(std::string_view stage, uint64_t nanoseconds) {
  for (auto& [name, ns] : stages_) {
    if (name == stage) {
      ns += nanoseconds;
      return;
    }
  }
  stages_.emplace_back(std::string(stage), nanoseconds);
}

void StageTimes::Merge(const StageTimes& other) {
  for (const auto& [name, ns] : other.stages_) Add(name, ns);
}

uint64_t StageTimes::total() const {
  uint64_t sum = 0;
  for (const auto& s : stages_) sum += s.second;
  return sum;
}

void Pipeline::RunUntil(Doc& doc, std::string_view last) const {
  for (const auto& c : components_) {
    c->Run(doc);
    if (c->name() == last) break;
  }
}

}  // namespace dyad
