// The opcode table (vm/opcodes.h) against /usr/bin/python3.11's own opcode
// module: every opmap entry with its number and inline cache count, no extra
// opcode, HAVE_ARGUMENT, and the relative-jump sets with their direction.
// The expectation file is written at build time by gen_opcode_expect.py run
// with python3.11 (tests/CMakeLists.txt); nothing here is typed by hand.
#include "vm/opcodes.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "vm/object.h"

namespace moat::vm {
namespace {

struct Python311Opcodes {
  std::string version;
  int have_argument = -1;
  int extended_arg = -1;
  int nb_ops = -1;
  std::map<int, std::pair<std::string, int>> ops;  // number -> name, caches
  std::set<int> forward_jumps;
  std::set<int> backward_jumps;
};

Python311Opcodes Load() {
  Python311Opcodes out;
  std::ifstream in(MOAT_OPCODE_EXPECT_FILE);
  EXPECT_TRUE(in.good()) << "cannot read " << MOAT_OPCODE_EXPECT_FILE;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string key;
    fields >> key;
    if (key == "version") {
      fields >> out.version;
    } else if (key == "have_argument") {
      fields >> out.have_argument;
    } else if (key == "extended_arg") {
      fields >> out.extended_arg;
    } else if (key == "nb_ops") {
      fields >> out.nb_ops;
    } else if (key == "op") {
      std::string name;
      int number = -1, caches = -1;
      fields >> name >> number >> caches;
      out.ops[number] = {name, caches};
    } else if (key == "jump") {
      int number = -1;
      std::string direction;
      fields >> number >> direction;
      (direction == "backward" ? out.backward_jumps : out.forward_jumps).insert(number);
    } else {
      ADD_FAILURE() << "unexpected line: " << line;
    }
  }
  return out;
}

const Python311Opcodes& Expected() {
  static const Python311Opcodes expected = Load();
  return expected;
}

TEST(OpcodeTableTest, ExpectationsComeFromPython311) {
  EXPECT_EQ(Expected().version.substr(0, 5), "3.11.");
  // Sanity: a truncated file would make the comparisons below vacuous.
  EXPECT_GT(Expected().ops.size(), 100u);
  EXPECT_GT(Expected().forward_jumps.size(), 5u);
  EXPECT_GT(Expected().backward_jumps.size(), 3u);
}

TEST(OpcodeTableTest, EveryOpmapEntryMatches) {
  for (const auto& [number, entry] : Expected().ops) {
    ASSERT_GE(number, 0);
    ASSERT_LT(number, 256);
    const OpcodeInfo& info = kOpcodeInfo[number];
    ASSERT_NE(info.name, nullptr) << entry.first << " (" << number << ") is missing";
    EXPECT_EQ(std::string(info.name), entry.first) << "opcode " << number;
    EXPECT_EQ(info.cache_entries, entry.second) << entry.first;
  }
}

TEST(OpcodeTableTest, NoOpcodeBeyondOpmap) {
  for (int number = 0; number < 256; ++number) {
    if (Expected().ops.count(number) == 0) {
      EXPECT_EQ(kOpcodeInfo[number].name, nullptr)
          << "moat knows opcode " << number << " (" << kOpcodeInfo[number].name
          << ") that python3.11 does not";
      EXPECT_FALSE(kOpcodeInfo[number].implemented) << number;
    }
  }
}

TEST(OpcodeTableTest, EnumMatchesNames) {
  // The enum and the name table come from the same X-macro; spot-check that
  // the enum values land on the right rows.
#define MOAT_CHECK_ROW(op, num, caches, implemented) \
  EXPECT_STREQ(kOpcodeInfo[static_cast<uint8_t>(op)].name, #op);            \
  EXPECT_EQ(static_cast<int>(op), num);
  MOAT_OPCODES(MOAT_CHECK_ROW)
#undef MOAT_CHECK_ROW
}

TEST(OpcodeTableTest, HaveArgumentAndExtendedArg) {
  EXPECT_EQ(static_cast<int>(kHaveArgument), Expected().have_argument);
  EXPECT_EQ(static_cast<int>(EXTENDED_ARG), Expected().extended_arg);
  for (const auto& [number, entry] : Expected().ops) {
    EXPECT_EQ(HasArgument(static_cast<uint8_t>(number)), number >= Expected().have_argument)
        << entry.first;
  }
}

TEST(OpcodeTableTest, JumpSetsMatch) {
  for (int number = 0; number < 256; ++number) {
    uint8_t op = static_cast<uint8_t>(number);
    EXPECT_EQ(IsForwardJump(op), Expected().forward_jumps.count(number) == 1)
        << "opcode " << number << " " << (kOpcodeInfo[number].name ? kOpcodeInfo[number].name : "");
    EXPECT_EQ(IsBackwardJump(op), Expected().backward_jumps.count(number) == 1)
        << "opcode " << number << " " << (kOpcodeInfo[number].name ? kOpcodeInfo[number].name : "");
  }
}

TEST(OpcodeTableTest, BinaryOpCount) {
  // BINARY_OP's oparg indexes opcode._nb_ops: the binary operators, then
  // their in-place forms.
  EXPECT_EQ(2 * kNumBinaryOps, Expected().nb_ops);
}

}  // namespace
}  // namespace moat::vm
