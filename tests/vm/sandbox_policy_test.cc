// Tests for vm/sandbox_policy.h: the refusal lists and their message texts.
#include "vm/sandbox_policy.h"

#include <gtest/gtest.h>

namespace moat::vm {
namespace {

TEST(SandboxPolicyTest, RefusedBuiltins) {
  EXPECT_TRUE(IsRefusedBuiltin("eval"));
  EXPECT_FALSE(IsRefusedBuiltin("print"));
  EXPECT_FALSE(IsRefusedBuiltin("dir"));
  EXPECT_FALSE(IsRefusedBuiltin("exit"));
  EXPECT_EQ(RefusedBuiltinMessage("open"), "name 'open' is not available in the sandbox");
}

// The types CPython constructs from a script (types.FunctionType(code, g),
// ModuleType('m'), MethodType(f, obj)...) that moat refuses to call.
TEST(SandboxPolicyTest, RefusedConstructors) {
  for (const char* name : {"function", "code", "module", "method", "cell", "frame", "traceback"}) {
    EXPECT_TRUE(IsRefusedConstructor(name)) << name;
  }
  // Types CPython cannot construct either keep CPython's own message.
  for (const char* name : {"generator", "builtin_function_or_method", "list_iterator", "int", ""}) {
    EXPECT_FALSE(IsRefusedConstructor(name)) << name;
  }
  EXPECT_EQ(RefusedConstructorMessage("module"),
            "creating 'module' objects is not available in the sandbox");
}

}  // namespace
}  // namespace moat::vm
