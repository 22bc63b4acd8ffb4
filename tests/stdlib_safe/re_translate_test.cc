// The Python -> RE2 pattern translation of the `re` module
// (stdlib_safe/re_translate.h): what it emits, the flags and groups it
// reports, CPython's error messages and positions, and the refusals.
#include "stdlib_safe/re_translate.h"

#include <gtest/gtest.h>

#include <string>

namespace moat::stdlib::re {
namespace {

std::u32string U(std::string_view ascii) { return std::u32string(ascii.begin(), ascii.end()); }

Translation T(std::string_view pattern, int flags = 0) { return TranslatePattern(U(pattern), flags); }

TEST(ReTranslateTest, LiteralsAreEscaped) {
  Translation t = T("a.b*c");
  ASSERT_TRUE(t.ok) << t.error;
  EXPECT_EQ(t.re2_pattern, "a.(?:b)*c");
  EXPECT_EQ(T(R"(\.\$)").re2_pattern, R"(\x{2e}\x{24})");
  EXPECT_EQ(T("x{").re2_pattern, R"(x\x{7b})");
}

TEST(ReTranslateTest, FlagsBecomeInlineFlagsAndUnicodeIsAdded) {
  Translation t = T("a", kFlagIgnoreCase | kFlagMultiline | kFlagDotAll);
  ASSERT_TRUE(t.ok);
  EXPECT_EQ(t.re2_pattern, "(?ims)a");
  EXPECT_EQ(t.flags, kFlagIgnoreCase | kFlagMultiline | kFlagDotAll | kFlagUnicode);
  EXPECT_EQ(T("(?i)a").flags, kFlagIgnoreCase | kFlagUnicode);
  EXPECT_EQ(T("a", kFlagAscii).flags, kFlagAscii);
  EXPECT_EQ(T("(?i:a)(?-i:b)", kFlagIgnoreCase).re2_pattern, "(?i)(?i:a)(?-i:b)");
}

TEST(ReTranslateTest, GroupsAreNumberedAndNamesKept) {
  Translation t = T("(?P<year>a)(?:b)(c)");
  ASSERT_TRUE(t.ok);
  EXPECT_EQ(t.groups, 2);
  ASSERT_EQ(t.group_names.size(), 1u);
  EXPECT_EQ(t.group_names[0].first, "year");
  EXPECT_EQ(t.group_names[0].second, 1);
  EXPECT_EQ(t.re2_pattern, "(a)(?:b)(c)");
  // (a(b)): the inner group closes first.
  Translation nested = T("(a(b))");
  EXPECT_LT(nested.close_rank[2], nested.close_rank[1]);
}

TEST(ReTranslateTest, VerboseDropsWhitespaceAndComments) {
  Translation t = T("a b # comment\n c [ ]", kFlagVerbose);
  ASSERT_TRUE(t.ok);
  EXPECT_EQ(t.re2_pattern, R"(abc[\x{20}])");
}

TEST(ReTranslateTest, AsciiCategories) {
  EXPECT_EQ(T(R"(\d)", kFlagAscii).re2_pattern, "[0-9]");
  EXPECT_EQ(T(R"(\w)", kFlagAscii).re2_pattern, R"([0-9A-Z\x{5f}a-z])");
  // Unicode classes are explicit ranges that start where Python's do.
  std::string w = T(R"(\w)").re2_pattern;
  EXPECT_EQ(w.rfind("[0-9A-Z", 0), 0u) << w;
}

TEST(ReTranslateTest, SyntaxErrorsMatchCPython) {
  struct Case {
    const char* pattern;
    const char* error;
    int64_t pos;
  } cases[] = {
      {"(a", "missing ), unterminated subpattern", 0},
      {"a)", "unbalanced parenthesis", 1},
      {"*a", "nothing to repeat", 0},
      {"a**", "multiple repeat", 2},
      {"[a", "unterminated character set", 0},
      {"[b-a]", "bad character range b-a", 1},
      {R"(\q)", "bad escape \\q", 0},
      {R"(\1)", "invalid group reference 1", 1},
      {"(?z)", "unknown extension ?z", 1},
      {"a(?i)b", "global flags not at the start of the expression", 1},
      {"x{2,1}", "min repeat greater than max repeat", 2},
      {"a\\", "bad escape (end of pattern)", 1},
  };
  for (const Case& c : cases) {
    Translation t = T(c.pattern);
    EXPECT_FALSE(t.ok) << c.pattern;
    EXPECT_EQ(t.error, c.error) << c.pattern;
    EXPECT_EQ(t.error_pos, c.pos) << c.pattern;
    EXPECT_FALSE(t.refused) << c.pattern;
  }
}

TEST(ReTranslateTest, NonLinearConstructsAreRefused) {
  for (const char* p : {R"((a)\1)", "(?P<n>a)(?P=n)", "a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b",
                        "(?>a)", "a*+", "(a)?(?(1)b|c)", "a{1001}"}) {
    Translation t = T(p);
    EXPECT_FALSE(t.ok) << p;
    EXPECT_TRUE(t.refused) << p;
    EXPECT_NE(t.error.find("not available in the sandbox"), std::string::npos) << t.error;
  }
}

TEST(ReTranslateTest, FlagCombinationsAreValueErrors) {
  EXPECT_TRUE(T("a", kFlagLocale).value_error);
  EXPECT_TRUE(T("a", kFlagAscii | kFlagUnicode).value_error);
  EXPECT_TRUE(T("a{4294967296}").overflow_error);
}

}  // namespace
}  // namespace moat::stdlib::re
