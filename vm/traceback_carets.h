// The caret line under a traceback's source line, as python3.11 prints an
// uncaught exception (Python/traceback.c tb_displayline):
//
//     return a + b[1]
//            ~~^~~~~~
//
// `^` marks the failing instruction's span; for a binary operation or a
// subscript the operator or the brackets get `^` and the operands `~`. The
// line is left out when `^` alone would cover the whole line. CPython
// finds the operator by parsing the span with its own parser; moat has no
// parser at run time, so this file holds a small scanner that decides the
// same two shapes (binary operation, subscript) by operator precedence and
// bracket matching, and otherwise gives plain carets, which is also what
// CPython does for every other shape.
#ifndef MOAT_VM_TRACEBACK_CARETS_H_
#define MOAT_VM_TRACEBACK_CARETS_H_

#include <string>
#include <string_view>

#include "moat/code_image.h"

namespace moat::vm {

// The caret line (with its leading 4-space indent and a trailing newline)
// for `line`, the source line `loc.line` exactly as in the file (without
// its newline), or "" when CPython prints none. Pure: no allocation on the
// heap, cannot raise.
std::string TracebackCarets(std::string_view line, const SourceLocation& loc);

}  // namespace moat::vm

#endif  // MOAT_VM_TRACEBACK_CARETS_H_
