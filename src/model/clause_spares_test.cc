#include "model/clause_spares.h"

#include <gtest/gtest.h>

#include <thread>

namespace dyad {
namespace {

TEST(ClauseSpares, ClearKeepsAClausesBuffersForTheNextArticle) {
  // On a thread of its own, so no other test's spares are there first.
  std::thread([] {
    Doc doc;
    Clause& c = doc.clauses.emplace_back();
    for (uint32_t i = 0; i < 5; ++i) c.objects.push_back({i, i + 1});
    c.preps.push_back({3, {4, 6}});
    const TokenRange* objects_buffer = c.objects.data();
    const PrepPhrase* preps_buffer = c.preps.data();
    doc.Clear();
    EXPECT_TRUE(doc.clauses.empty());

    // The next article's clause takes them, emptied, capacity kept.
    Clause& next = doc.clauses.emplace_back();
    TakeSpareVector(next.objects);
    TakeSpareVector(next.preps);
    EXPECT_TRUE(next.objects.empty());
    EXPECT_GE(next.objects.capacity(), 5u);
    EXPECT_EQ(next.objects.data(), objects_buffer);
    EXPECT_TRUE(next.preps.empty());
    EXPECT_EQ(next.preps.data(), preps_buffer);

    // None left: a second clause grows its own; a vector with a buffer
    // keeps it.
    Clause& other = doc.clauses.emplace_back();
    TakeSpareVector(other.objects);
    EXPECT_EQ(other.objects.capacity(), 0u);
    other.objects.push_back({0, 1});
    const TokenRange* own = other.objects.data();
    doc.Clear();
    Clause& again = doc.clauses.emplace_back();
    again.objects.reserve(1);
    const TokenRange* reserved = again.objects.data();
    TakeSpareVector(again.objects);
    EXPECT_EQ(again.objects.data(), reserved);
    EXPECT_NE(reserved, own);
  }).join();
}

TEST(ClauseSpares, SparesNamedOnceGiveTheSameBuffers) {
  std::thread([] {
    Doc doc;
    Clause& c = doc.clauses.emplace_back();
    c.objects.push_back({0, 1});
    c.preps.push_back({1, {2, 3}});
    const TokenRange* objects_buffer = c.objects.data();
    const PrepPhrase* preps_buffer = c.preps.data();
    doc.Clear();

    ClauseSpares& spares = ThisThreadSpares();
    EXPECT_EQ(&spares, &clause_spares);
    Clause& next = doc.clauses.emplace_back();
    TakeSpareVector(spares, next.objects);
    TakeSpareVector(spares, next.preps);
    EXPECT_EQ(next.objects.data(), objects_buffer);
    EXPECT_EQ(next.preps.data(), preps_buffer);
    EXPECT_TRUE(next.objects.empty());
    EXPECT_TRUE(next.preps.empty());
    // Taken: none left for another clause.
    Clause& other = doc.clauses.emplace_back();
    TakeSpareVector(spares, other.objects);
    EXPECT_EQ(other.objects.capacity(), 0u);
  }).join();
}

}  // namespace
}  // namespace dyad
