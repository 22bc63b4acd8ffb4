#include "vm/sandbox_policy.h"

#include <algorithm>
#include <iterator>

#include "vm/str_util.h"

namespace moat::vm {

namespace {
// Each of these gives access to the host (files, the interpreter's own
// namespaces or code): see docs/SECURITY.md. vars(), dir(), exit() and
// quit() are provided (stdlib_safe/builtins_introspect.h), and input()
// reads only what the host hands over (stdlib_safe/stdin_stream.h).
constexpr std::string_view kRefusedBuiltins[] = {
    "open",       "eval",      "exec",    "compile", "__import__",      "globals",
    "locals",     "breakpoint", "help",    "memoryview",      "copyright",
    "credits",    "license",   "__build_class__",    "__loader__",      "__spec__",
    "__builtins__",
};

// Types CPython can construct from a script, which moat cannot: see
// IsRefusedConstructor.
constexpr std::string_view kRefusedConstructors[] = {
    "function", "code", "module", "method", "cell", "frame", "traceback",
};
}  // namespace

bool IsKnownDunder(std::string_view name) {
#include "vm/known_dunders.inc"
  return std::binary_search(std::begin(kKnownDunders), std::end(kKnownDunders), name);
}

bool IsRefusedBuiltin(std::string_view name) {
  for (std::string_view n : kRefusedBuiltins) {
    if (n == name) return true;
  }
  return false;
}

std::string RefusedBuiltinMessage(std::string_view name) {
  return StrCat("name '", name, "' is not available in the sandbox");
}

std::string RefusedAttributeMessage(std::string_view name) {
  return StrCat("'", name, "' is not available in the sandbox");
}

bool IsRefusedConstructor(std::string_view type_name) {
  for (std::string_view n : kRefusedConstructors) {
    if (n == type_name) return true;
  }
  return false;
}

std::string RefusedConstructorMessage(std::string_view type_name) {
  return StrCat("creating '", type_name, "' objects is not available in the sandbox");
}

}  // namespace moat::vm
