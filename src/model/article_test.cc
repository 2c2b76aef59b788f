#include "model/article.h"

#include <string>

#include <gtest/gtest.h>

namespace dyad {
namespace {

// Every field of `a` equals the default Article's (strings by content).
void ExpectDefault(const Article& a) {
  const Article d;
  EXPECT_EQ(a.id, d.id);
  EXPECT_EQ(a.origin, d.origin);
  EXPECT_EQ(a.source, d.source);
  EXPECT_EQ(a.url, d.url);
  EXPECT_EQ(a.title, d.title);
  EXPECT_EQ(a.lang, d.lang);
  EXPECT_TRUE(a.published == d.published);
  EXPECT_TRUE(a.crawled == d.crawled);
  EXPECT_EQ(a.text, d.text);
  EXPECT_EQ(a.content_hash, d.content_hash);
  EXPECT_EQ(a.defaults.source, d.defaults.source);
  EXPECT_EQ(a.defaults.target, d.defaults.target);
  EXPECT_EQ(a.defaults.source_prior, d.defaults.source_prior);
  EXPECT_EQ(a.defaults.target_after, d.defaults.target_after);
  EXPECT_EQ(a.null_targets, d.null_targets);
  EXPECT_EQ(a.forward_subjects, d.forward_subjects);
  EXPECT_EQ(a.forwarded_subject, d.forwarded_subject);
  EXPECT_EQ(a.tabari.min_words, d.tabari.min_words);
  EXPECT_EQ(a.tabari.complex_verbs, d.tabari.complex_verbs);
  EXPECT_EQ(a.tabari.complex_conjunctions, d.tabari.complex_conjunctions);
  EXPECT_EQ(a.tabari.no_actor_prior, d.tabari.no_actor_prior);
  EXPECT_EQ(a.tabari.comma_min, d.tabari.comma_min);
  EXPECT_EQ(a.tabari.comma_max, d.tabari.comma_max);
  EXPECT_EQ(a.tabari.comma_bmin, d.tabari.comma_bmin);
  EXPECT_EQ(a.tabari.comma_bmax, d.tabari.comma_bmax);
  EXPECT_EQ(a.tabari.comma_emin, d.tabari.comma_emin);
  EXPECT_EQ(a.tabari.comma_emax, d.tabari.comma_emax);
  EXPECT_EQ(a.tabari.convert_agents, d.tabari.convert_agents);
  EXPECT_EQ(a.tabari.code_by_sentence, d.tabari.code_by_sentence);
  EXPECT_EQ(a.tabari.code_all, d.tabari.code_all);
}

TEST(ArticleTest, ClearIsADefaultArticle) {
  Article a;
  // Long strings, so that they live on the heap and Clear has capacity to keep.
  const std::string long_text(200, 'x');
  a.id = "id-" + long_text;
  a.origin = "corpus.jsonl:" + long_text;
  a.source = "Outlet " + long_text;
  a.url = "https://example.org/" + long_text;
  a.title = "A headline " + long_text;
  a.lang = "es";
  a.published = Date::Day(2024, 3, 9);
  a.crawled = Date::Month(2024, 4);
  a.text = "Body. " + long_text;
  a.content_hash = std::string(32, 'f');
  a.defaults.source = "USA";
  a.defaults.target = "RUS";
  a.defaults.source_prior = true;
  a.defaults.target_after = true;
  a.null_targets = true;
  a.forward_subjects = true;
  a.forwarded_subject = "FRA";
  a.tabari.min_words = 8;
  a.tabari.complex_verbs = 5;
  a.tabari.complex_conjunctions = 4;
  a.tabari.no_actor_prior = true;
  a.tabari.comma_min = 1;
  a.tabari.comma_max = 2;
  a.tabari.comma_bmin = 3;
  a.tabari.comma_bmax = 4;
  a.tabari.comma_emin = 5;
  a.tabari.comma_emax = 6;
  a.tabari.convert_agents = false;
  a.tabari.code_by_sentence = true;
  a.tabari.code_all = true;
  const size_t text_capacity = a.text.capacity();

  a.Clear();
  ExpectDefault(a);
  // The point of Clear: the body's block is kept for the next article.
  EXPECT_EQ(a.text.capacity(), text_capacity);
}

TEST(ArticleTest, ClearLetsGoOfAnOversizedBody) {
  Article a;
  a.text.assign(Article::kKeptTextBytes + 1, 'x');
  a.Clear();
  EXPECT_TRUE(a.text.empty());
  EXPECT_LE(a.text.capacity(), Article::kKeptTextBytes);
}

TEST(ArticleTest, DefaultArticleStaysDefault) {
  Article a;
  a.Clear();
  ExpectDefault(a);
}

}  // namespace
}  // namespace dyad
