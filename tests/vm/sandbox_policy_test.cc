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

// Every name moat withholds is one CPython has somewhere, so it stays
// refused; a name CPython has nowhere gets CPython's plain AttributeError.
TEST(SandboxPolicyTest, KnownDunders) {
  for (const char* name : {"__globals__", "__code__", "__closure__", "__subclasses__", "__mro__",
                           "__bases__", "__base__", "__builtins__", "__self__", "__func__",
                           "__objclass__", "__dict__", "__class__", "__reduce_ex__",
                           "__getattribute__", "__import__", "__loader__", "__spec__",
                           "__text_signature__", "__thisclass__", "__prepare__", "__len__"}) {
    EXPECT_TRUE(IsKnownDunder(name)) << name;
  }
  for (const char* name : {"__lenn__", "__foo__", "__globalz__", "__cl\xd0\xb0ss__", "", "__"}) {
    EXPECT_FALSE(IsKnownDunder(name)) << name;
  }
}

}  // namespace
}  // namespace moat::vm
