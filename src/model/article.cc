#include "model/article.h"

namespace dyad {

// Article::Clear names every field; one added to Article changes its size,
// and this fails until Clear (and ArticleTest.ClearIsADefaultArticle) reset
// it too. (Only on the layout these were written on: 64-bit libstdc++.)
static_assert(sizeof(void*) != 8 || sizeof(std::string) != 32 || sizeof(Article) == 448,
              "Article changed: reset the new field in Article::Clear and check it in article_test.cc");

void Article::Clear() {
  id.clear();
  origin.clear();
  source.clear();
  url.clear();
  title.clear();
  lang.assign("en", 2);
  published = Date();
  crawled = Date();
  // An unusually long body's block is let go, not kept: the runner's
  // Articles (two batches of inputs and results) would otherwise each keep
  // the largest body they ever held, and memory would grow past what the
  // articles being coded need.
  if (text.capacity() > kKeptTextBytes)
    std::string().swap(text);
  else
    text.clear();
  content_hash.clear();
  defaults.source.clear();
  defaults.target.clear();
  defaults.source_prior = false;
  defaults.target_after = false;
  null_targets = false;
  forward_subjects = false;
  forwarded_subject.clear();
  tabari = TabariLimits();
}

}  // namespace dyad
