// Writing event records as JSON Lines and TSV.
//
// Hand-written rather than through nlohmann-json: output runs once per event
// at up to hundreds of thousands of events per second, and building a json
// object per row costs more than the whole coding of its sentence. The
// escaping follows RFC 8259 (control characters as \u00XX, '"' and '\\'
// escaped, everything else copied as UTF-8).
#ifndef DYAD_OUTPUT_JSON_WRITER_H_
#define DYAD_OUTPUT_JSON_WRITER_H_

#include <string>
#include <string_view>

#include "model/record.h"

namespace dyad {

// Appends `s` as a JSON string literal (with quotes) to `out`.
void AppendJsonString(std::string_view s, std::string* out);

// Appends one event as a JSON object and a newline. Extra fields (for
// `dyad events`: event_id, num_mentions, ...) may be given as a raw JSON
// fragment without braces, e.g. "\"event_id\":12,\"num_mentions\":2".
void AppendJsonRecord(const EventRecord& r, std::string* out, std::string_view extra_fields = {});

// The TSV header and one row (tabs and newlines in fields become spaces).
std::string TsvHeader(bool with_event_fields = false);
void AppendTsvRecord(const EventRecord& r, std::string* out, std::string_view extra_columns = {});

}  // namespace dyad

#endif  // DYAD_OUTPUT_JSON_WRITER_H_
