// The compiler bridge: CPython 3.11's own compiler turns source into
// CodeImages. This is the ONLY code that includes Python.h. Nothing is
// executed: only compile() runs, under a process-wide mutex, on a thread
// the bridge starts with a stack large enough for CPython's recursion over
// deeply nested source (the caller's thread may have a small one).
#ifndef MOAT_COMPILER_BRIDGE_COMPILE_H_
#define MOAT_COMPILER_BRIDGE_COMPILE_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "moat/code_image.h"

namespace moat::compiler_bridge {

enum class Mode { kExec, kEval, kSingle };

// What a SyntaxError looks like, already formatted as CPython prints it.
struct SyntaxErrorInfo {
  std::string type_name;  // SyntaxError, IndentationError, TabError
  std::string message;
  std::string formatted;  // full text: File line, source, caret, "Type: msg"
  // The compiler's warnings issued before it gave up, formatted as
  // CompiledModule::warnings; python3.11 prints them ahead of the error.
  std::string warnings;
};

// Compiles `source`. On a syntax error returns kInvalidArgument whose
// message is the formatted text; *syntax_error (if given) receives details.
absl::StatusOr<CompiledModule> Compile(std::string_view source, std::string_view filename,
                                       Mode mode, SyntaxErrorInfo* syntax_error = nullptr);

}  // namespace moat::compiler_bridge

#endif  // MOAT_COMPILER_BRIDGE_COMPILE_H_
