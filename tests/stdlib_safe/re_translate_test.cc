// The Python -> RE2 / PCRE2 pattern translation of the `re` module
// (stdlib_safe/re_translate.h): what it emits for each engine, which
// patterns need backtracking, the flags and groups it reports, CPython's
// error messages and positions, and the refusals.
#include "stdlib_safe/re_translate.h"
#include "stdlib_safe/re_casefold.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <gtest/gtest.h>
#include <pcre2.h>

#include <map>
#include <string>
#include <vector>

#include "vm/objects/str.h"
#include "vm/objects/str_unicode.h"
#include "tests/util/run_on_thread.h"

namespace moat::stdlib::re {
namespace {

std::u32string U(std::string_view ascii) { return std::u32string(ascii.begin(), ascii.end()); }

Translation T(std::string_view pattern, int flags = 0) { return TranslatePattern(U(pattern), flags); }
// The PCRE2 form of a pattern, backtracking or not.
Translation P(std::string_view pattern, int flags = 0) {
  return TranslatePattern(U(pattern), flags, /*force_backtracking=*/true);
}

TEST(ReTranslateTest, LiteralsAreEscaped) {
  Translation t = T("a.b*c");
  ASSERT_TRUE(t.ok) << t.error;
  EXPECT_EQ(t.pattern, "a.(?:b)*c");
  EXPECT_EQ(T(R"(\.\$)").pattern, R"(\x{2e}\x{24})");
  EXPECT_EQ(T("x{").pattern, R"(x\x{7b})");
}

// sre's match() at a pos past endpos: only patterns whose match there is
// their match of the empty string are marked (no anchor, no REPEAT_ONE of
// a one-character item, nothing for PCRE2).
TEST(ReTranslateTest, PastEndAsEmptyLeavesOutAnchorsAndOneCharacterRepeats) {
  for (const char* yes : {"", "()", "(?:)", "(a|)", "|x", "(?:ab)*", "(x)*", "(?P<n>x)?",
                          "(?i)", "a|"}) {
    EXPECT_TRUE(T(yes).past_end_as_empty) << yes;
  }
  for (const char* no : {"x*", "a{0}", "[a]*", ".{0,3}", "(?:a)*", "^", "$", "\\A", "\\Z",
                         "\\b", "(?=a)", "(?!a)", "(a)\\1", "x*?"}) {
    EXPECT_FALSE(T(no).past_end_as_empty) << no;
  }
}

TEST(ReTranslateTest, FlagsBecomeInlineFlagsAndUnicodeIsAdded) {
  Translation t = T("a", kFlagIgnoreCase | kFlagMultiline | kFlagDotAll);
  ASSERT_TRUE(t.ok);
  // IGNORECASE is spelled out as the case variants (re_casefold.h).
  EXPECT_EQ(t.pattern, "(?ms)[Aa]");
  EXPECT_EQ(t.flags, kFlagIgnoreCase | kFlagMultiline | kFlagDotAll | kFlagUnicode);
  EXPECT_EQ(T("(?i)a").flags, kFlagIgnoreCase | kFlagUnicode);
  EXPECT_EQ(T("a", kFlagAscii).flags, kFlagAscii);
  EXPECT_EQ(T("(?i:a)(?-i:b)", kFlagIgnoreCase).pattern, "(?:[Aa])(?:b)");
  EXPECT_EQ(T("(?i)1").pattern, "1");
}

// sre's case rules, not an engine's: the Kelvin sign and `ſ` are variants of
// k and s but not under re.ASCII, `ı` of i (Lib/re/_casefix.py), `İ` lowers
// to i, and a set folds its members.
TEST(ReTranslateTest, IgnoreCaseFollowsSre) {
  EXPECT_EQ(T("(?i)k").pattern, "[Kk\u212a]");
  EXPECT_EQ(T("(?ai)k").pattern, "[Kk]");
  EXPECT_EQ(T(R"((?ai)\u00e0)").pattern, "\u00e0");
  EXPECT_EQ(T(R"((?i)\u0131)").pattern, "[Ii\u0130-\u0131]");
  EXPECT_EQ(T("(?i)[^a-c]").pattern, "[^A-Ca-c]");
  EXPECT_EQ(T(R"((?ai)[a-c\u00e0])").pattern, "[A-Ca-c\u00e0]");
}

TEST(ReTranslateTest, FoldWorkIsChargedSetBySetAndCanStop) {
  // Each IGNORECASE set's fold work reaches the charger right after the
  // set; a refusal stops the translation there, not at the pattern's end.
  std::string wide;
  for (int i = 0; i < 50; ++i) wide += "[\\x00-\\U0010ffff]";
  int calls = 0;
  uint64_t charged = 0;
  Translation all = TranslatePattern(U("(?i)" + wide), 0, false, [&](uint64_t units) {
    ++calls;
    charged += units;
    return true;
  });
  ASSERT_TRUE(all.ok);
  EXPECT_EQ(calls, 50);
  EXPECT_EQ(charged, all.fold_work);
  EXPECT_GT(charged, 0u);
  calls = 0;
  Translation stopped = TranslatePattern(U("(?i)" + wide), 0, false, [&](uint64_t) {
    return ++calls < 3;
  });
  EXPECT_FALSE(stopped.ok);
  EXPECT_TRUE(stopped.budget_exhausted);
  EXPECT_EQ(calls, 3);
}

TEST(ReCasefoldTest, ExtraCasesAreCPythons) {
  // Lib/re/_casefix.py has 50 entries; spot-check a few of them.
  auto extra = ExtraCasesForTest();
  EXPECT_EQ(extra.size(), 50u);
  std::map<uint32_t, std::vector<uint32_t>> m(extra.begin(), extra.end());
  EXPECT_EQ(m[0x69], (std::vector<uint32_t>{0x131}));
  EXPECT_EQ(m[0x73], (std::vector<uint32_t>{0x17F}));
  EXPECT_EQ(m[0x3B2], (std::vector<uint32_t>{0x3D0}));
  EXPECT_EQ(m[0x1E61], (std::vector<uint32_t>{0x1E9B}));
}

TEST(ReTranslateTest, GroupsAreNumberedAndNamesKept) {
  Translation t = T("(?P<year>a)(?:b)(c)");
  ASSERT_TRUE(t.ok);
  EXPECT_EQ(t.groups, 2);
  ASSERT_EQ(t.group_names.size(), 1u);
  EXPECT_EQ(t.group_names[0].first, "year");
  EXPECT_EQ(t.group_names[0].second, 1);
  EXPECT_EQ(t.pattern, "(a)(?:b)(c)");
  // (a(b)): the inner group closes first.
  Translation nested = T("(a(b))");
  EXPECT_LT(nested.close_rank[2], nested.close_rank[1]);
}

TEST(ReTranslateTest, VerboseDropsWhitespaceAndComments) {
  Translation t = T("a b # comment\n c [ ]", kFlagVerbose);
  ASSERT_TRUE(t.ok);
  EXPECT_EQ(t.pattern, R"(abc[\x{20}])");
}

TEST(ReTranslateTest, AsciiCategories) {
  EXPECT_EQ(T(R"(\d)", kFlagAscii).pattern, "[0-9]");
  EXPECT_EQ(T(R"(\w)", kFlagAscii).pattern, R"([0-9A-Z\x{5f}a-z])");
  // Unicode classes are explicit ranges that start where Python's do.
  std::string w = T(R"(\w)").pattern;
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

TEST(ReTranslateTest, RepeatCountsOver1000AreRefusedOnBothEngines) {
  for (const char* p : {"a{1001}", "(?=a)a{2,1001}"}) {
    Translation t = T(p);
    EXPECT_FALSE(t.ok) << p;
    EXPECT_TRUE(t.refused) << p;
    EXPECT_NE(t.error.find("not available in the sandbox"), std::string::npos) << t.error;
  }
  EXPECT_TRUE(T("a{1000}").ok);
}

TEST(ReTranslateTest, WhatRe2CanRunStaysOnRe2) {
  for (const char* p : {"a.b*c", R"((?a)\bfoo\b)", "(?m)^foo$", "(a|b)+?", "(?i)x(?-i:y)",
                        R"([\w\s]+)"}) {
    Translation t = T(p);
    ASSERT_TRUE(t.ok) << p;
    EXPECT_FALSE(t.backtracking) << p;
  }
}

// RE2's `$` (outside MULTILINE) never matches before a final newline, its
// \b is ASCII and its \B matches in an empty string: those go to PCRE2.
TEST(ReTranslateTest, DollarAndUnicodeBoundariesGoToPcre2) {
  for (const char* p : {"foo$", R"(\bfoo)", R"((?a)\B)", R"(\B)"}) {
    Translation t = T(p);
    ASSERT_TRUE(t.ok) << p;
    EXPECT_TRUE(t.backtracking) << p;
  }
}

TEST(ReTranslateTest, BacktrackingConstructsGoToPcre2) {
  struct Case {
    const char* python;
    const char* pcre2;
  } cases[] = {
      {R"((a)\1)", R"((a)\g{1})"},
      {"(?P<n>a)(?P=n)", R"((a)\g{1})"},
      {"a(?=b)", "a(?=b)"},
      {"a(?!b)", "a(?!b)"},
      {"(?<=a)b", "(?<=a)b"},
      {"(?<!a)b", "(?<!a)b"},
      {"(?>a)", "(?>a)"},
      {"a*+", "a*+"},
      {"a{2,3}+b?+", "a{2,3}+b?+"},
      {"(a)?(?(1)b|c)", "(a)?(?(1)b|c)"},
      {"(?P<q>a)?(?(q)b)", "(a)?(?(1)b)"},
      // \g{N} keeps a digit after a backreference literal.
      {R"((a)\1\x30)", R"((a)\g{1}0)"},
  };
  for (const Case& c : cases) {
    Translation t = T(c.python);
    ASSERT_TRUE(t.ok) << c.python << ": " << t.error;
    EXPECT_TRUE(t.backtracking) << c.python;
    EXPECT_EQ(t.pattern, c.pcre2) << c.python;
  }
}

TEST(ReTranslateTest, Pcre2FormOfOrdinaryConstructs) {
  // Repeats are not wrapped; categories are Unicode properties (Python's
  // sets in Unicode 14); \b \B are PCRE2_UCP's, \B not in an empty string.
  EXPECT_EQ(P("ab*c").pattern, "ab*c");
  EXPECT_EQ(P(R"(\d+\W)").pattern, R"([\p{Nd}]+[\P{Xwd}])");
  EXPECT_EQ(P(R"([\w-])").pattern, R"([\p{Xwd}\x{2d}])");
  EXPECT_EQ(P(R"(\bx\B)").pattern, R"(\bx(?!\A\z)\B)");
  EXPECT_EQ(P("$^", kFlagMultiline).pattern, "(?m)$^");
  EXPECT_EQ(P(R"(\A\Z)").pattern, R"(\A\z)");
  // Under re.ASCII the categories and \b are ASCII sets.
  EXPECT_EQ(P(R"(\d)", kFlagAscii).pattern, "[0-9]");
  EXPECT_EQ(P(R"(\b)", kFlagAscii).pattern,
            R"((?(?<=[0-9A-Z\x{5f}a-z])(?![0-9A-Z\x{5f}a-z])|(?=[0-9A-Z\x{5f}a-z])))");
  // \s stays explicit: PCRE2's \s lacks Python's U+001C..U+001F.
  std::string s = P(R"(\s)").pattern;
  EXPECT_EQ(s.rfind(R"([\x{9}-\x{d}\x{1c}-)", 0), 0u) << s;
}

// The translator's claim that \p{Nd} and \p{Xwd} are Python's \d and \w
// (moat's tables, from python3.11), checked on every code point against
// the PCRE2 this build links: a newer PCRE2 or Unicode version fails here.
TEST(ReTranslateTest, Pcre2PropertiesAreExactlyPythonsSets) {
  auto compile = [](const char* pattern) {
    int code = 0;
    PCRE2_SIZE offset = 0;
    return pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern), PCRE2_ZERO_TERMINATED,
                         PCRE2_UTF | PCRE2_UCP, &code, &offset, nullptr);
  };
  pcre2_code* digit = compile(R"(\A[\p{Nd}]\z)");
  pcre2_code* word = compile(R"(\A[\p{Xwd}]\z)");
  pcre2_code* boundary = compile(R"(\A\b)");
  ASSERT_NE(digit, nullptr);
  ASSERT_NE(word, nullptr);
  ASSERT_NE(boundary, nullptr);
  pcre2_match_data* md = pcre2_match_data_create(1, nullptr);
  auto matches = [&](pcre2_code* code, const std::string& text) {
    return pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0, md,
                       nullptr) > 0;
  };
  int mismatches = 0;
  for (uint32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string text;
    vm::AppendUtf8(&text, c);
    bool py_word = c == '_' || vm::UnicodeIsAlnum(c);
    if (matches(digit, text) != vm::UnicodeIsDecimal(c)) ++mismatches;
    if (matches(word, text) != py_word) ++mismatches;
    if (matches(boundary, text) != py_word) ++mismatches;
    if (mismatches > 0) {
      ADD_FAILURE() << "code point " << c;
      break;
    }
  }
  pcre2_match_data_free(md);
  pcre2_code_free(digit);
  pcre2_code_free(word);
  pcre2_code_free(boundary);
}

TEST(ReTranslateTest, LookbehindWidthAsCPythonCompilesIt) {
  for (const char* p : {"(?<=a|bc)x", "(?<=a+)b", "(?<!x*)y", "(?<=(a|b)c?)d", "(?<=a{2,3})b",
                        "(a)(?<=(?(1)a|bc))"}) {
    Translation t = T(p);
    EXPECT_FALSE(t.ok) << p;
    EXPECT_EQ(t.error, "look-behind requires fixed-width pattern") << p;
    EXPECT_EQ(t.error_pos, -1) << p;
  }
  for (const char* p : {"(?<=a{3})b", "(?<=(ab|cd))e", R"((a)(?<=\1)b)", "(?<=(?=xyz)ab)c",
                        "(?<=a|b)c"}) {
    EXPECT_TRUE(T(p).ok) << p << ": " << T(p).error;
  }
  // A genuine syntax error later in the pattern comes first.
  EXPECT_EQ(T("(?<=a+)b(").error, "missing ), unterminated subpattern");
}

TEST(ReTranslateTest, GroupReferenceErrorsMatchCPython) {
  struct Case {
    const char* pattern;
    const char* error;
    int64_t pos;
  } cases[] = {
      {R"((?<=(a)\1)b)", "cannot refer to group defined in the same lookbehind subpattern", 9},
      {R"((a\1))", "cannot refer to an open group", 2},
      {"(?P<x>a(?P=x))", "cannot refer to an open group", 11},
      {"(?(1)a|b)", "invalid group reference 1", 3},
      {"(a)(?(1)a|b|c)", "conditional backref with more than two branches", 11},
      {"(a)(?(0)x)", "bad group number", 6},
      {"(?(x)a)", "unknown group name 'x'", 3},
      {"(a)(?(1a)b)", "bad character in group name '1a'", 6},
      {"(a)(?(1)b", "missing ), unterminated subpattern", 3},
      {"(?(2)a)(b)", "invalid group reference 2", 3},
      {"(?P=y)", "unknown group name 'y'", 4},
  };
  for (const Case& c : cases) {
    Translation t = T(c.pattern);
    EXPECT_FALSE(t.ok) << c.pattern;
    EXPECT_EQ(t.error, c.error) << c.pattern;
    EXPECT_EQ(t.error_pos, c.pos) << c.pattern;
  }
}

TEST(ReTranslateTest, NestingPastCPythonsDepthIsARecursionError) {
  // On the stack moat's CLI gives a sanitizer build (96 MiB: its parser
  // frames are several times larger than a release build's).
  testing_util::RunOnThread(size_t{96} << 20, [] {
    std::string ok = std::string(kMaxGroupNesting, '(') + std::string(kMaxGroupNesting, ')');
    EXPECT_TRUE(T(ok).ok);
    std::string deep = "(?=" + ok + ")";
    Translation t = T(deep);
    EXPECT_FALSE(t.ok);
    EXPECT_TRUE(t.recursion_error);
  });
}

TEST(ReTranslateTest, FlagCombinationsAreValueErrors) {
  EXPECT_TRUE(T("a", kFlagLocale).value_error);
  EXPECT_TRUE(T("a", kFlagAscii | kFlagUnicode).value_error);
  EXPECT_TRUE(T("a{4294967296}").overflow_error);
}

}  // namespace
}  // namespace moat::stdlib::re
