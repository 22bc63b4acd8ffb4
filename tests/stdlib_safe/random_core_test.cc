// The native core of `random`: MT19937 against the reference outputs of
// Matsumoto and Nishimura's mt19937ar and against python3.11's seeded
// generator.
#include "stdlib_safe/random_core.h"

#include <gtest/gtest.h>

namespace moat::stdlib {
namespace {

TEST(Mt19937Test, InitGenrandDefaultSeed) {
  Mt19937 mt;
  mt.InitGenrand(5489);
  EXPECT_EQ(mt.Next(), 3499211612U);
}

TEST(Mt19937Test, InitByArrayReferenceOutputs) {
  // mt19937ar.out: init_by_array({0x123, 0x234, 0x345, 0x456}).
  const uint32_t key[] = {0x123, 0x234, 0x345, 0x456};
  Mt19937 mt;
  mt.InitByArray(key);
  const uint32_t expected[] = {1067595299U, 955945823U, 477289528U, 4107218783U, 4228976476U};
  for (uint32_t e : expected) EXPECT_EQ(mt.Next(), e);
}

TEST(Mt19937Test, MatchesCPythonSeed42) {
  // random.seed(42): init_by_array({42}); getrandbits(32) three times, then
  // random().
  const uint32_t key[] = {42};
  Mt19937 mt;
  mt.InitByArray(key);
  EXPECT_EQ(mt.Next(), 2746317213U);
  EXPECT_EQ(mt.Next(), 478163327U);
  EXPECT_EQ(mt.Next(), 107420369U);
  EXPECT_EQ(mt.NextDouble(), 0.7415504997598329);
}

TEST(Mt19937Test, UnseededIsSeedZero) {
  const uint32_t key[] = {kUnseededSeed};
  Mt19937 mt;
  mt.InitByArray(key);
  EXPECT_EQ(mt.NextDouble(), 0.8444218515250481);  // random.seed(0); random()
}

TEST(Mt19937Test, TwistsAcrossManyDraws) {
  const uint32_t key[] = {42};
  Mt19937 mt;
  mt.InitByArray(key);
  for (int i = 0; i < 2000; ++i) mt.Next();  // random.Random(42): 1000 random()
  EXPECT_EQ(mt.Next(), 426724858U);
}

}  // namespace
}  // namespace moat::stdlib
