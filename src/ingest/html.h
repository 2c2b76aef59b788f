// HTML articles: metadata from the head, body paragraphs from the main content.
//
// A saved news page is mostly not the article: navigation, cookie banners,
// share buttons, "related stories", newsletter boxes, comments. Coding that
// boilerplate would add false events ("Subscribe to ..." is not a political
// act), so the reader keeps only paragraphs of the content element
// (<article>, itemprop=articleBody, <main>, else <body>) and drops known
// boilerplate containers by tag, ARIA role, and class or id words.
//
// Parsing is libxml2's forgiving HTML parser; the page is first decoded from
// its declared charset (byte-order mark, <meta charset>, http-equiv, XML
// declaration; ISO-8859-1 and US-ASCII are read as windows-1252, as browsers
// do) to UTF-8 with ICU, so the tree and all output are UTF-8.
#ifndef DYAD_INGEST_HTML_H_
#define DYAD_INGEST_HTML_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "model/article.h"

namespace dyad {

struct HtmlError {
  uint64_t offset = 0;      // byte offset of the problem (after charset conversion)
  bool has_offset = false;  // false for problems of the whole page (unknown charset)
  std::string reason;
};

// The charset label a page declares in its first bytes, lower case, or ""
// (then UTF-8 is assumed). Exposed for tests.
std::string DeclaredHtmlCharset(std::string_view bytes);

// Fills out->title, published, source, url, text, and lang when the page
// declares one (<html lang>, content-language, og:locale); other fields are
// left alone. Returns false with *error set when the page cannot be decoded
// (unknown charset, invalid UTF-8). An empty out->text is not an error here.
//
// Title: og:title, else <title> without a trailing " | Site" suffix, else the
// first <h1>. Date: article:published_time, og:published_time, name=pubdate
// and kin, itemprop=datePublished, JSON-LD "datePublished", else the first
// <time datetime> in the content (never article:modified_time).
bool ParseHtml(std::string_view bytes, Article* out, HtmlError* error);

}  // namespace dyad

#endif  // DYAD_INGEST_HTML_H_
