// Test-only: one engine with the default options and data, loaded once per
// test binary and shared by every test file in it (an inline function's
// static is one object across translation units), so a binary that holds
// several pipeline test files loads the dictionaries once.
#ifndef DYAD_TESTING_DEFAULT_ENGINE_H_
#define DYAD_TESTING_DEFAULT_ENGINE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "engine/engine.h"

namespace dyad::testing {

inline const Engine& DefaultEngine() {
  static std::unique_ptr<Engine> engine = [] {
    std::string error;
    LoadReport report;
    auto e = Engine::Load(EngineOptions{}, &error, &report);
    EXPECT_NE(e, nullptr) << error;
    return e;
  }();
  return *engine;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTING_DEFAULT_ENGINE_H_
