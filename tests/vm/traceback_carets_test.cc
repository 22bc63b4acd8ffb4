// Tests for vm/traceback_carets.h: the caret line under a traceback's
// source line. Each row is a statement in a function body (line 1 of the
// span), the failing instruction's location as python3.11's co_positions
// gives it (lines relative to the statement, UTF-8 byte columns), and the
// caret line python3.11's own printer wrote for it ("" when it wrote none).
// The rows were produced by running each statement under python3.11.
#include "vm/traceback_carets.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace moat::vm {
namespace {

struct CaretCase {
  const char* line;
  SourceLocation loc;
  const char* carets;
};

const CaretCase kCases[] = {
    {"    r = a + b", {1, 1, 8, 13}, "        ~~^~~\n"},
    {"    r = a+b", {1, 1, 8, 11}, "        ~^~\n"},
    {"    r = a * (b)", {1, 1, 8, 15}, "        ~~^~~~~\n"},
    {"    r = (a) - b", {1, 1, 8, 15}, "        ~~^~~~~\n"},
    {"    r = a // b", {1, 1, 8, 14}, "        ~~^^~~\n"},
    {"    r = a ** b ** c", {1, 1, 13, 19}, "             ~~^^~~\n"},
    {"    r = -a ** b", {1, 1, 9, 15}, "         ~~^^~~\n"},
    {"    r = -a * b", {1, 1, 8, 10}, "        ^^\n"},
    {"    r = a[1]", {1, 1, 8, 12}, "        ~^^^\n"},
    {"    r = a [1]", {1, 1, 8, 13}, "        ~^^^^\n"},
    {"    r = d['k'][0]", {1, 1, 8, 17}, "        ~~~~~~^^^\n"},
    {"    r = (a)[1]", {1, 1, 8, 14}, "        ~~^^^^\n"},
    {"    r = a[1:2]", {1, 1, 8, 14}, "        ~^^^^^\n"},
    {"    r = a[1, 2]", {1, 1, 8, 15}, "        ~^^^^^^\n"},
    {"    r = a.b[3]", {1, 1, 8, 11}, "        ^^^\n"},
    {"    r = f(a) + g(b)", {1, 1, 8, 19}, "        ~~~~~^~~~~~\n"},
    {"    r = [a, b][5]", {1, 1, 8, 17}, "        ~~~~~~^^^\n"},
    {"    r = 'abc'[10]", {1, 1, 8, 17}, "        ~~~~~^^^^\n"},
    {"    r = t[(1)]", {1, 1, 8, 14}, "        ~^^^^~\n"},
    {"    r = a | b & c", {1, 1, 12, 17}, "            ~~^~~\n"},
    {"    r = a << b", {1, 1, 8, 14}, "        ~~^^~~\n"},
    {"    print(a + b)", {1, 1, 10, 15}, "          ~~^~~\n"},
    {"    r = a+  b", {1, 1, 8, 13}, "        ~^~~~\n"},
    {"    r = a @ b", {1, 1, 8, 13}, "        ~~^~~\n"},
    {"    r = (a + b) * c", {1, 1, 9, 14}, "         ~~^~~\n"},
    {"    r = (a, b) + c", {1, 1, 8, 18}, "        ~~~~~~~^~~\n"},
    {"    r = u[0] + 1", {1, 1, 8, 16}, "        ~~~~~^~~\n"},
    {"    r = 1e-5 + a", {1, 1, 8, 16}, "        ~~~~~^~~\n"},
    {"    r = 'x+y' + a", {1, 1, 8, 17}, "        ~~~~~~^~~\n"},
    {"    r = a  [ 1 ]", {1, 1, 8, 16}, "        ~^^^^^^~\n"},
    {"    r = é + a", {1, 1, 8, 14}, "        ~~^~~\n"},
    {"    r = 'é' + a", {1, 1, 8, 16}, "        ~~~~^~~\n"},
    {"    r = ((a)) * b", {1, 1, 8, 17}, "        ~~~^^~~~~\n"},
    {"    r = a % (b)", {1, 1, 8, 15}, "        ~~^~~~~\n"},
    {"    r = a.missing", {1, 1, 8, 17}, "        ^^^^^^^^^\n"},
    {"    r = not a[1]", {1, 1, 12, 16}, "            ~^^^\n"},
    {"    r = a if a[1] else b", {1, 1, 13, 17}, "             ~^^^\n"},
    {"    r = {'k': a[1]}", {1, 1, 14, 18}, "              ~^^^\n"},
    {"    r = a[b[1]]", {1, 1, 10, 14}, "          ~^^^\n"},
    {"    r = f'{a}' + a", {1, 1, 8, 18}, "        ~~~~~~~^~~\n"},
    {"    r = a ** -b", {1, 1, 13, 15}, "             ^^\n"},
    {"    r = a * b + c", {1, 1, 8, 13}, "        ~~^~~\n"},
    {"    r = ~a", {1, 1, 8, 10}, "        ^^\n"},
    {"    x = a; r = a + b", {1, 1, 15, 20}, "               ~~^~~\n"},
    {"    r = a.b(1)", {1, 1, 8, 11}, "        ^^^\n"},
    {"    r = \"a\" 'b' + a", {1, 1, 8, 19}, "        ~~~~~~~~^~~\n"},
    {"    r = 0x1E-a", {1, 1, 8, 14}, "        ~~~~^~\n"},
    {"    r = a - -b", {1, 1, 12, 14}, "            ^^\n"},
};

TEST(TracebackCaretsTest, MatchesPython311) {
  for (const CaretCase& c : kCases) {
    EXPECT_EQ(TracebackCarets(c.line, c.loc), c.carets) << c.line;
  }
}

TEST(TracebackCaretsTest, SpanOverSeveralLinesIsMarkedToTheLineEnd) {
  // total = sum(values) + parse(   (the call runs on to the next lines)
  EXPECT_EQ(TracebackCarets("total = sum(values) + parse(  ", {1, 3, 22, 1}),
            "                          ^^^^^^\n");
}

TEST(TracebackCaretsTest, WholeLineSpanHasNoCarets) {
  EXPECT_EQ(TracebackCarets("    run()", {1, 1, 4, 9}), "");
  // Trailing blanks belong to the line, so the span no longer covers it.
  EXPECT_EQ(TracebackCarets("    run()  ", {1, 1, 4, 9}), "    ^^^^^\n");
}

TEST(TracebackCaretsTest, NoLocationNoCarets) {
  EXPECT_EQ(TracebackCarets("    x = a + b", {1, 1, -1, -1}), "");
  EXPECT_EQ(TracebackCarets("    x = a + b", {-1, -1, -1, -1}), "");
}

TEST(TracebackCaretsTest, UnparsableSegmentsGetPlainCarets) {
  // An unterminated string or unbalanced bracket in the span: no anchors.
  EXPECT_EQ(TracebackCarets("x = 'a + b", {1, 1, 4, 10}), "        ^^^^^^\n");
  EXPECT_EQ(TracebackCarets("x = (a + b", {1, 1, 4, 10}), "        ^^^^^^\n");
}

}  // namespace
}  // namespace moat::vm
