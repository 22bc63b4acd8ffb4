// The native core of `random`: MT19937 against the reference outputs of
// Matsumoto and Nishimura's mt19937ar and against python3.11's seeded
// generator, and SHA-512 against known digests.
#include "stdlib_safe/random_core.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace moat::stdlib {
namespace {

std::string Hex(const std::array<uint8_t, 64>& digest) {
  std::string out;
  char buf[3];
  for (uint8_t b : digest) {
    std::snprintf(buf, sizeof buf, "%02x", b);
    out += buf;
  }
  return out;
}

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

TEST(Sha512Test, KnownDigests) {
  EXPECT_EQ(Hex(Sha512("")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
            "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
  EXPECT_EQ(Hex(Sha512("abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
            "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  // 112 bytes: the length no longer fits the first padding block.
  EXPECT_EQ(Hex(Sha512(std::string(112, 'a'))),
            "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32"
            "bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca");
  EXPECT_EQ(Hex(Sha512(std::string(200, 'a'))),
            "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789"
            "f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f");
}

}  // namespace
}  // namespace moat::stdlib
