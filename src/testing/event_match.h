// Checks on coded events that several engine tests share (the rest are in
// testing/default_engine.h; this header is kept apart so that adding one
// does not rebuild every engine test).
#ifndef DYAD_TESTING_EVENT_MATCH_H_
#define DYAD_TESTING_EVENT_MATCH_H_

#include <string_view>
#include <vector>

#include "engine/engine.h"

namespace dyad::testing {

// Whether some event's source or target starts with `code` ("BOLLAB",
// "COLREB"): an actor named on either side, whatever the act.
inline bool NamesCode(const std::vector<EventRecord>& events, std::string_view code) {
  for (const EventRecord& e : events)
    if (e.source.starts_with(code) || e.target.starts_with(code)) return true;
  return false;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTING_EVENT_MATCH_H_
