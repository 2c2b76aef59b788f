#include "engine/runner.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace dyad {

void CodeArticle(const Engine& engine, Doc& doc, Article article, bool keep_sentences, CodedArticle* out) {
  doc.Clear();
  doc.article = std::move(article);
  engine.Code(doc);
  out->events.clear();
  engine.Records(doc, &out->events);
  out->quotes.clear();
  engine.Quotes(doc, &out->quotes);
  out->sentence_count = static_cast<uint32_t>(doc.sentences.size());
  out->sentences.clear();
  out->sentence_dates.clear();
  out->profiles.clear();
  if (keep_sentences) {
    engine.Profiles(doc, &out->profiles);
    for (const Sentence& s : doc.sentences) {
      out->sentences.emplace_back(doc.text(s.span));
      out->sentence_dates.push_back(s.date.valid() ? s.date.str() : "");
    }
  }
  out->article = std::move(doc.article);
}

RunStats RunArticles(const Engine& engine, ArticleReader& reader, const RunOptions& options,
                     const std::function<void(CodedArticle&)>& sink) {
  RunStats stats;
  const int threads = std::max(1, options.threads);
  const size_t batch_size = std::max<size_t>(options.batch, static_cast<size_t>(threads));
  std::vector<Article> inputs(batch_size);
  std::vector<CodedArticle> results(batch_size);
  std::vector<Doc> docs(static_cast<size_t>(threads));
  bool more = true;
  while (more) {
    size_t n = 0;
    while (n < batch_size && (more = reader.Next(&inputs[n]))) ++n;
    if (n == 0) break;
    // Workers take the next article from a shared counter, so one long
    // article does not leave the other threads idle.
    std::atomic<size_t> next{0};
    auto work = [&](size_t w) {
      for (size_t i; (i = next.fetch_add(1)) < n;)
        CodeArticle(engine, docs[w], std::move(inputs[i]), options.keep_sentences, &results[i]);
    };
    if (threads == 1 || n == 1) {
      work(0);
    } else {
      std::vector<std::thread> pool;
      for (int w = 1; w < threads; ++w) pool.emplace_back(work, static_cast<size_t>(w));
      work(0);
      for (std::thread& t : pool) t.join();
    }
    for (size_t i = 0; i < n; ++i) {
      ++stats.articles;
      stats.sentences += results[i].sentence_count;
      stats.events += results[i].events.size();
      stats.bytes += results[i].article.text.size();
      sink(results[i]);
    }
  }
  return stats;
}

}  // namespace dyad
