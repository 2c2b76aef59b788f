// Plain-text articles: a few header lines (dates, a section label, a
// headline, a byline) and then the body.
//
// Saved pages and crawler dumps put the article's metadata in its first
// lines, in many shapes:
//
//    date 2025-09-27 The first sentence, ...   a date marker, body on the same line
//
//    Today : Oct 09, 2025                          the crawl date      -> crawled
//    World News                                    a section label     (dropped)
//    05 October 2025                               the article date    -> published
//    U.S. And Colombia Face Deepening Rift ...     the headline        -> title
//    Visa revocations, drug war disputes, ...      body
//
// The reader classifies the first lines (labelled dates "Published: ...",
// "Updated ..." (ignored), "Retrieved ...", bare dates in every usual form,
// bylines, short unpunctuated lines) and keeps the rest as body. Without a
// header date, a dateline "BOGOTA, Oct 5 (Reuters) -" gives the day, with the
// year taken from the crawl date when there is one.
#ifndef DYAD_INGEST_TEXT_HEADER_H_
#define DYAD_INGEST_TEXT_HEADER_H_

#include <string_view>

#include "model/article.h"

namespace dyad {

// Fills out->title, published, crawled and text from a UTF-8 plain-text
// article (a leading byte-order mark and CRLF line ends are accepted). Other
// fields are left alone. The body keeps paragraphs (blank-line separated) as
// "\n\n"; the lines of a hard-wrapped paragraph are joined with spaces, but in
// a block of long lines (over 100 bytes: nobody wraps that wide) each line is
// its own paragraph. Returns false when no body text is left.
bool ParsePlainText(std::string_view content, Article* out);

}  // namespace dyad

#endif  // DYAD_INGEST_TEXT_HEADER_H_
