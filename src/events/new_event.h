// Builds an EventMention's common fields. The verb coder (coder.cc) and the
// noun-trigger coder (nominal.cc) both create events from two actors; one
// function keeps their nine field assignments from drifting apart.
#ifndef DYAD_EVENTS_NEW_EVENT_H_
#define DYAD_EVENTS_NEW_EVENT_H_

#include <cstdint>
#include <string>
#include <utility>

#include "model/doc.h"

namespace dyad {

// An event of `clause` in `sentence` from one actor to another (an actor
// index may be kNone32 when only its code is known: a default source, the
// article's dyad); the caller fills trigger, pattern and note.
inline EventMention NewEvent(uint32_t sentence, uint32_t clause, const std::string& source, uint32_t source_actor,
                             const std::string& target, uint32_t target_actor, std::string code, Date date,
                             uint32_t time) {
  EventMention ev;
  ev.sentence = sentence;
  ev.clause = clause;
  ev.source = source;
  ev.source_actor = source_actor;
  ev.target = target;
  ev.target_actor = target_actor;
  ev.code = std::move(code);
  ev.date = date;
  ev.time = time;
  return ev;
}

}  // namespace dyad

#endif  // DYAD_EVENTS_NEW_EVENT_H_
