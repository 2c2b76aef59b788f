#include "ingest/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <unicode/ucnv.h>

#include <climits>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ingest/dates.h"
#include "ingest/lang_tag.h"
#include "ingest/utf8.h"

namespace dyad {

namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string ToLower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = Lower(c);
  return r;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (Lower(a[i]) != Lower(b[i])) return false;
  return true;
}

bool OneOf(std::string_view s, std::initializer_list<std::string_view> set) {
  for (std::string_view x : set)
    if (s == x) return true;
  return false;
}

size_t CountWords(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// Appends `s` to `out` with runs of white space (ASCII and no-break space)
// collapsed to one space; `\x01` marks a <br> and is kept.
void AppendCollapsed(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool space = IsAsciiSpace(c);
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {  // U+00A0
      space = true;
      ++i;
    }
    if (space) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

std::string Collapse(std::string_view s) {
  std::string r;
  AppendCollapsed(s, &r);
  while (!r.empty() && r.back() == ' ') r.pop_back();
  if (!r.empty() && r.front() == ' ') r.erase(0, 1);
  return r;
}

// ---- charset ----------------------------------------------------------------

std::string CanonicalCharset(const std::string& label) {
  if (label.empty() || OneOf(label, {"utf-8", "utf8", "unicode-1-1-utf-8"})) return "utf-8";
  // WHATWG Encoding: these labels all mean windows-1252 on the web.
  if (OneOf(label, {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
                    "cp1252", "windows-1252", "x-cp1252", "cp819", "ibm819"}))
    return "windows-1252";
  return label;
}

// Decodes the page to UTF-8. `storage` holds converted bytes when the page is
// not UTF-8 already; *out views either it or `bytes`.
bool DecodeToUtf8(std::string_view bytes, std::string* storage, std::string_view* out, HtmlError* error) {
  std::string declared = DeclaredHtmlCharset(bytes);
  std::string charset = CanonicalCharset(declared);
  std::string_view text = bytes;
  if (charset == "utf-8") {
    text.remove_prefix(Utf8BomLength(text));
  } else {
    if (bytes.size() > INT32_MAX / 4) {
      error->reason = "page too large to convert from " + declared;
      return false;
    }
    UErrorCode st = U_ZERO_ERROR;
    int32_t need = ucnv_convert("UTF-8", charset.c_str(), nullptr, 0, bytes.data(),
                                static_cast<int32_t>(bytes.size()), &st);
    if (st == U_BUFFER_OVERFLOW_ERROR || (U_SUCCESS(st) && need >= 0)) {
      st = U_ZERO_ERROR;
      storage->resize(static_cast<size_t>(need));
      ucnv_convert("UTF-8", charset.c_str(), storage->data(), need, bytes.data(), static_cast<int32_t>(bytes.size()),
                   &st);
    }
    if (U_FAILURE(st)) {
      error->reason = "unknown or unsupported charset \"" + declared +
                      "\" declared in the page; convert the file to UTF-8 (iconv) and fix the declaration";
      return false;
    }
    text = *storage;
    text.remove_prefix(Utf8BomLength(text));  // a UTF-16 byte-order mark survives conversion
  }
  if (size_t bad = FindInvalidUtf8(text); bad != kValidUtf8) {
    error->offset = bad + static_cast<uint64_t>(text.data() - (charset == "utf-8" ? bytes.data() : storage->data()));
    error->has_offset = true;
    error->reason = InvalidUtf8Reason(text, bad);
    if (declared.empty()) error->reason += " (the page declares no charset; add <meta charset=\"...\">)";
    return false;
  }
  *out = text;
  return true;
}

// ---- tree helpers -----------------------------------------------------------

std::string_view Name(const xmlNode* n) { return n->name ? reinterpret_cast<const char*>(n->name) : ""; }

std::string Attr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) != 0) continue;
    const xmlNode* c = a->children;
    if (c == nullptr) return {};
    if (c->type == XML_TEXT_NODE && c->next == nullptr && c->content != nullptr)
      return reinterpret_cast<const char*>(c->content);
    xmlChar* v = xmlNodeListGetString(n->doc, c, 1);
    std::string r = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
    return r;
  }
  return {};
}

bool HasAttr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next)
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) return true;
  return false;
}

void AppendText(const xmlNode* n, std::string* out) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content != nullptr)
      out->append(reinterpret_cast<const char*>(c->content));
    else if (c->type == XML_ELEMENT_NODE && !OneOf(Name(c), {"script", "style"}))
      AppendText(c, out);
  }
}

std::string TextOf(const xmlNode* n) {
  std::string raw;
  AppendText(n, &raw);
  return Collapse(raw);
}

// ---- boilerplate --------------------------------------------------------------

// Elements that never hold article prose.
bool IsDroppedTag(std::string_view t) {
  return OneOf(t, {"nav", "header", "footer", "aside", "form", "script", "style", "noscript", "figure",
                   "figcaption", "button", "template", "svg", "iframe", "select", "textarea", "input", "dialog",
                   "menu", "object", "embed", "canvas", "video", "audio", "picture", "map", "head", "label"});
}

bool IsDroppedRole(std::string_view role) {
  return OneOf(role, {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
                      "menu", "menubar", "toolbar"});
}

// One word of a class or id ("related" in "story-related-links",
// "relatedStories" split at the case change). English and Spanish site
// vocabulary; "comments" but not "commentary", which is an article genre.
bool IsBoilerplateWord(std::string_view w, std::string_view next) {
  if (OneOf(w, {"nav", "navs", "ad", "ads", "adv", "menu", "menus", "footer", "share", "shares", "social",
                "related", "comment", "comments", "cookie", "cookies", "consent", "gdpr", "subscribe",
                "subscription", "newsletter", "newsletters", "promo", "promos", "promoted", "breadcrumb",
                "breadcrumbs", "sidebar", "widget", "widgets", "popup", "modal", "outbrain", "taboola", "sponsored",
                "trending", "recommended", "recirculation", "paywall", "toolbar", "masthead", "navbar", "topnav",
                "subnav", "signup", "login", "signin", "disclaimer", "caption", "tags", "pagination", "hidden",
                "publicidad", "compartir", "comentarios"}))
    return true;
  if (w == "more" && OneOf(next, {"stories", "news", "articles", "headlines"})) return true;
  if ((w == "sr" && next == "only") || (w == "screen" && next == "reader")) return true;  // screen-reader-only text
  for (std::string_view prefix : {"navigation", "navbar", "breadcrumb", "newsletter", "advert", "cookie", "sidebar",
                                  "social", "sharing", "sharebar", "related", "subscri", "promotion", "comments",
                                  "relacionad", "suscri", "boletin"})
    if (w.starts_with(prefix)) return true;
  return false;
}

bool IsBoilerplateName(std::string_view s) {
  // Split at non-alphanumerics and lower-to-upper case changes.
  std::vector<std::string> words;
  std::string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (!IsAlnum(c)) {
      if (!cur.empty()) words.push_back(std::move(cur)), cur.clear();
      continue;
    }
    if (c >= 'A' && c <= 'Z' && i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z' && !cur.empty())
      words.push_back(std::move(cur)), cur.clear();
    cur.push_back(Lower(c));
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  for (size_t i = 0; i < words.size(); ++i)
    if (IsBoilerplateWord(words[i], i + 1 < words.size() ? std::string_view(words[i + 1]) : std::string_view()))
      return true;
  return false;
}

bool IsHiddenOrBoilerplate(const xmlNode* n) {
  if (HasAttr(n, "hidden")) return true;
  if (Attr(n, "aria-hidden") == "true") return true;
  if (IsDroppedRole(ToLower(Attr(n, "role")))) return true;
  std::string style = ToLower(Attr(n, "style"));
  if (style.find("display:none") != std::string::npos || style.find("display: none") != std::string::npos)
    return true;
  return IsBoilerplateName(Attr(n, "class")) || IsBoilerplateName(Attr(n, "id"));
}

bool IsBlockTag(std::string_view t) {
  return OneOf(t, {"address", "article", "blockquote", "dd", "div", "dl", "dt", "fieldset", "h1", "h2", "h3", "h4",
                   "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot",
                   "tr", "td", "th", "ul", "details", "summary", "center", "body", "html"});
}

// ---- body text ----------------------------------------------------------------

enum class Mode {
  kContent,  // inside <article>/<main>: paragraphs, headings, list items
  kBody,     // the whole <body>: <p> only, since lists there are menus
  kLoose,    // a page without any such element: all text, split at blocks
};

class Extractor {
 public:
  explicit Extractor(Mode mode) : mode_(mode) {}

  std::vector<std::string> Run(const xmlNode* root) {
    Walk(root);
    Flush();
    return std::move(paragraphs_);
  }

 private:
  bool IsParagraphTag(std::string_view t) const {
    if (mode_ == Mode::kBody) return OneOf(t, {"p", "blockquote", "pre"});
    return OneOf(t, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd"});
  }

  void Walk(const xmlNode* n) {
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if ((collecting_ > 0 || mode_ == Mode::kLoose) && c->content != nullptr)
          cur_.append(reinterpret_cast<const char*>(c->content));
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view tag = Name(c);
      if (IsDroppedTag(tag) || IsHiddenOrBoilerplate(c)) continue;
      if (tag == "br") {
        cur_.push_back('\x01');
        continue;
      }
      bool para = IsParagraphTag(tag);
      bool block = para || IsBlockTag(tag);
      if (block) Flush();
      if (para) ++collecting_;
      Walk(c);
      if (para) --collecting_;
      if (block) Flush();
    }
  }

  // Ends the current paragraph; two or more <br> in a row split it, one is a space.
  void Flush() {
    std::string para;
    for (size_t i = 0; i < cur_.size();) {
      if (cur_[i] != '\x01') {
        size_t j = cur_.find('\x01', i);
        if (j == std::string::npos) j = cur_.size();
        AppendCollapsed(std::string_view(cur_).substr(i, j - i), &para);
        i = j;
        continue;
      }
      int breaks = 0;
      while (i < cur_.size() && (cur_[i] == '\x01' || IsAsciiSpace(cur_[i]))) breaks += cur_[i++] == '\x01';
      if (breaks >= 2) {
        Emit(&para);
      } else if (!para.empty() && para.back() != ' ') {
        para.push_back(' ');
      }
    }
    Emit(&para);
    cur_.clear();
  }

  void Emit(std::string* para) {
    std::string p = Collapse(*para);
    para->clear();
    if (!p.empty()) paragraphs_.push_back(std::move(p));
  }

  Mode mode_;
  int collecting_ = 0;
  std::string cur_;
  std::vector<std::string> paragraphs_;
};

size_t TotalSize(const std::vector<std::string>& v) {
  size_t n = 0;
  for (const std::string& s : v) n += s.size();
  return n;
}

// ---- metadata -------------------------------------------------------------------

// Publication date sources, most trusted first.
enum DateSlot { kArticlePublished, kOgPublished, kNamedMeta, kItemprop, kNumSlots };

struct Page {
  std::string og_title, og_site, og_url, og_locale, canonical, title_tag, h1, lang, content_language;
  std::string dates[kNumSlots];
  std::vector<std::string> ld_json;
  const xmlNode* article_body = nullptr;  // itemprop=articleBody
  std::vector<const xmlNode*> articles;
  const xmlNode* main = nullptr;
  const xmlNode* body = nullptr;
};

void SetOnce(std::string* slot, std::string value) {
  if (slot->empty()) *slot = std::move(value);
}

void Collect(const xmlNode* n, Page* page) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view tag = Name(c);
    if (tag == "meta") {
      std::string key = ToLower(Attr(c, "property"));
      if (key.empty()) key = ToLower(Attr(c, "name"));
      std::string content = Attr(c, "content");
      if (key == "og:title") SetOnce(&page->og_title, Collapse(content));
      else if (key == "og:site_name") SetOnce(&page->og_site, Collapse(content));
      else if (key == "og:url") SetOnce(&page->og_url, Collapse(content));
      else if (key == "og:locale") SetOnce(&page->og_locale, content);
      else if (key == "article:published_time") SetOnce(&page->dates[kArticlePublished], content);
      else if (key == "og:published_time" || key == "og:article:published_time")
        SetOnce(&page->dates[kOgPublished], content);
      else if (OneOf(key, {"pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
                           "dc.date.issued", "dcterms.date", "dcterms.issued", "sailthru.date",
                           "parsely-pub-date"}))
        SetOnce(&page->dates[kNamedMeta], content);
      if (Attr(c, "itemprop") == "datePublished") SetOnce(&page->dates[kItemprop], content);
      if (ToLower(Attr(c, "http-equiv")) == "content-language") SetOnce(&page->content_language, content);
      continue;
    }
    if (Attr(c, "itemprop") == "datePublished") {
      std::string v = Attr(c, "datetime");
      if (v.empty()) v = Attr(c, "content");
      if (v.empty()) v = TextOf(c);
      SetOnce(&page->dates[kItemprop], v);
    }
    if (tag == "title" && page->title_tag.empty()) {
      page->title_tag = TextOf(c);
      continue;
    }
    if (tag == "link" && ToLower(Attr(c, "rel")) == "canonical") SetOnce(&page->canonical, Attr(c, "href"));
    if (tag == "script") {
      if (ToLower(Attr(c, "type")) == "application/ld+json") {
        std::string raw;
        AppendText(c, &raw);
        page->ld_json.push_back(std::move(raw));
      }
      continue;
    }
    if (tag == "style") continue;
    if (tag == "html") SetOnce(&page->lang, Attr(c, "lang"));
    if (tag == "body" && page->body == nullptr) page->body = c;
    if (tag == "h1" && page->h1.empty()) page->h1 = TextOf(c);
    if (tag == "article") page->articles.push_back(c);
    if ((tag == "main" || Attr(c, "role") == "main") && page->main == nullptr) page->main = c;
    if (Attr(c, "itemprop") == "articleBody" && page->article_body == nullptr) page->article_body = c;
    Collect(c, page);
  }
}

// The first "datePublished": "..." value in JSON-LD that parses as a date.
std::optional<Date> JsonLdDate(const std::string& json) {
  static constexpr std::string_view kKey = "\"datePublished\"";
  for (size_t pos = json.find(kKey); pos != std::string::npos; pos = json.find(kKey, pos + 1)) {
    size_t i = pos + kKey.size();
    while (i < json.size() && IsAsciiSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != ':') continue;
    ++i;
    while (i < json.size() && IsAsciiSpace(json[i])) ++i;
    if (i >= json.size() || json[i] != '"') continue;
    size_t end = json.find('"', i + 1);
    if (end == std::string::npos) break;
    if (auto d = ParseDateField(std::string_view(json).substr(i + 1, end - i - 1))) return d;
  }
  return std::nullopt;
}

// The first <time datetime> inside the content, skipping boilerplate (a
// related-stories list has its own dates). Headers are searched: that is
// where the article's own time element usually sits.
std::optional<Date> ContentTimeDate(const xmlNode* n) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    std::string_view tag = Name(c);
    if (OneOf(tag, {"nav", "aside", "footer", "form", "script", "style", "noscript"}) || IsHiddenOrBoilerplate(c))
      continue;
    if (tag == "time") {
      std::string v = Attr(c, "datetime");
      if (v.empty()) v = TextOf(c);
      if (auto d = ParseDateField(v)) return d;
    }
    if (auto d = ContentTimeDate(c)) return d;
  }
  return std::nullopt;
}

// "Headline | Site" -> "Headline". With a known site name only that suffix
// goes; otherwise a pipe always marks a suffix, and a dash one when the part
// after it is short (a headline may contain " - " itself).
std::string StripSiteSuffix(const std::string& title, const std::string& site, bool site_only) {
  static constexpr std::string_view kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "};
  size_t best = std::string::npos;
  std::string_view sep;
  for (std::string_view s : kSeps) {
    size_t p = title.rfind(s);
    if (p != std::string::npos && p > 0 && (best == std::string::npos || p > best)) best = p, sep = s;
  }
  if (best == std::string::npos) return title;
  std::string prefix = title.substr(0, best);
  std::string suffix = Collapse(title.substr(best + sep.size()));
  if (!site.empty() && EqualsIgnoreCase(suffix, site)) return prefix;
  if (site_only) return title;
  if (sep == " | ") return prefix;
  if (CountWords(suffix) <= 4 && CountWords(prefix) > CountWords(suffix)) return prefix;
  return title;
}

std::once_flag libxml_init;

}  // namespace

std::string DeclaredHtmlCharset(std::string_view bytes) {
  if (Utf8BomLength(bytes) != 0) return "utf-8";
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') return "utf-16le";
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') return "utf-16be";
  std::string head = ToLower(bytes.substr(0, 4096));
  auto value_after = [&](std::string_view key) -> std::string {
    for (size_t pos = head.find(key); pos != std::string::npos; pos = head.find(key, pos + 1)) {
      size_t i = pos + key.size();
      while (i < head.size() && IsAsciiSpace(head[i])) ++i;
      if (i >= head.size() || head[i] != '=') continue;
      ++i;
      while (i < head.size() && (IsAsciiSpace(head[i]) || head[i] == '"' || head[i] == '\'')) ++i;
      size_t j = i;
      auto name_char = [](char c) { return IsAlnum(c) || c == '-' || c == '_' || c == '.' || c == ':'; };
      while (j < head.size() && name_char(head[j])) ++j;
      if (j > i) return head.substr(i, j - i);
    }
    return {};
  };
  std::string cs = value_after("charset");
  if (cs.empty() && head.starts_with("<?xml")) cs = value_after("encoding");
  return cs;
}

bool ParseHtml(std::string_view bytes, Article* out, HtmlError* error) {
  std::string storage;
  std::string_view text;
  if (!DecodeToUtf8(bytes, &storage, &text, error)) return false;
  if (text.size() > INT_MAX) {
    error->reason = "page too large";
    return false;
  }
  std::call_once(libxml_init, [] { xmlInitParser(); });
  htmlDocPtr raw = htmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                      HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> owner(raw, &xmlFreeDoc);
  const xmlDoc* doc = raw;
  out->text.clear();
  out->title.clear();
  if (doc == nullptr) return true;  // nothing parseable: an empty article

  Page page;
  Collect(reinterpret_cast<const xmlNode*>(doc), &page);

  // Title.
  std::string site = page.og_site;
  if (!page.og_title.empty()) out->title = StripSiteSuffix(page.og_title, site, true);
  else if (!page.title_tag.empty()) out->title = StripSiteSuffix(page.title_tag, site, false);
  else out->title = page.h1;

  // Body: the content element with the most text.
  const xmlNode* root = nullptr;
  std::vector<std::string> paras;
  if (page.article_body != nullptr) {
    root = page.article_body;
    paras = Extractor(Mode::kContent).Run(root);
  }
  if (paras.empty()) {
    for (const xmlNode* a : page.articles) {
      std::vector<std::string> p = Extractor(Mode::kContent).Run(a);
      if (TotalSize(p) > TotalSize(paras)) paras = std::move(p), root = a;
    }
  }
  if (paras.empty() && page.main != nullptr) {
    root = page.main;
    paras = Extractor(Mode::kContent).Run(root);
  }
  const xmlNode* body = page.body != nullptr ? page.body : reinterpret_cast<const xmlNode*>(doc);
  // A short content element may be a teaser card while the story sits in
  // plain <div>s: then the body's paragraphs win if they hold far more text.
  if (TotalSize(paras) < 1000) {
    std::vector<std::string> p = Extractor(Mode::kBody).Run(body);
    if (TotalSize(p) > 3 * TotalSize(paras)) paras = std::move(p), root = nullptr;
  }
  if (paras.empty()) paras = Extractor(Mode::kLoose).Run(body);
  // The headline often opens the article element as its <h1>.
  if (!paras.empty() && !out->title.empty() && (paras.front() == out->title || paras.front() == page.h1))
    paras.erase(paras.begin());
  for (const std::string& p : paras) {
    if (!out->text.empty()) out->text += "\n\n";
    out->text += p;
  }

  // Publication date.
  Date published;
  for (const std::string& d : page.dates) {
    if (auto v = ParseDateField(d)) {
      published = *v;
      break;
    }
  }
  for (size_t i = 0; !published.valid() && i < page.ld_json.size(); ++i)
    if (auto v = JsonLdDate(page.ld_json[i])) published = *v;
  // The article's own <time> often sits in its header, outside articleBody:
  // search the enclosing <article> or <main>.
  const xmlNode* time_root = root;
  for (const xmlNode* p = root; p != nullptr && p->type == XML_ELEMENT_NODE; p = p->parent) {
    if (Name(p) == "article" || Name(p) == "main") {
      time_root = p;
      break;
    }
  }
  if (!published.valid() && time_root != nullptr)
    if (auto v = ContentTimeDate(time_root)) published = *v;
  out->published = published;

  if (!site.empty()) out->source = site;
  if (!page.canonical.empty()) out->url = Collapse(page.canonical);
  else if (!page.og_url.empty()) out->url = page.og_url;
  for (const std::string* tag : {&page.lang, &page.content_language, &page.og_locale}) {
    std::string lang = PrimaryLanguage(*tag);
    if (!lang.empty()) {
      out->lang = lang;
      break;
    }
  }
  return true;
}

}  // namespace dyad
