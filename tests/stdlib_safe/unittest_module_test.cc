// Direct C++ checks of unittest's native part (stdlib_safe/unittest_module.h):
// what `_module` gives (the main namespace as a module, modules already
// imported, None otherwise) and the refusal of `unittest.mock`. Behaviour in
// depth is covered by conformance/cases/unittest_module and the attack
// tests/escapes/unittest_module_lookup.py.
#include "stdlib_safe/unittest_module.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "stdlib_safe/builtins.h"
#include "stdlib_safe/registry.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/module.h"
#include "vm/objects/str.h"
#include "vm/ops.h"

namespace moat::stdlib {
namespace {

using vm::Interp;
using vm::Value;

class UnittestModuleTest : public ::testing::Test {
 protected:
  UnittestModuleTest() : vm_(MakeOptions()) {}

  static Interp::Options MakeOptions() {
    Interp::Options options;
    options.write_output = [](std::string_view) {};
    options.install_builtins = InstallBuiltins;
    options.modules = SafeModules();
    return options;
  }

  // unittest._module(name).
  Value LookUp(std::string_view name) {
    Value unittest = vm_.ImportModule(vm_.Intern("unittest"));
    EXPECT_FALSE(unittest.is_null());
    Value fn = vm::GetAttr(vm_, unittest, vm_.Intern("_module"));
    EXPECT_FALSE(fn.is_null());
    Value arg = vm::NewStrValue(vm_, name);
    vm::RootScope roots(vm_);
    roots.Add(&fn);
    roots.Add(&arg);
    return vm_.Call(fn, vm::CallArgs{&arg, 1, nullptr});
  }

  Interp vm_;
};

TEST_F(UnittestModuleTest, MainIsAModuleOverTheMainGlobals) {
  Value main = LookUp("__main__");
  ASSERT_FALSE(main.is_null());
  ASSERT_TRUE(vm::HasType(main, &vm::kModuleType));
  EXPECT_EQ(vm::As<vm::ModuleObject>(main)->dict, vm_.main_globals());
  EXPECT_EQ(vm::As<vm::ModuleObject>(main)->name->view(), "__main__");
}

TEST_F(UnittestModuleTest, OnlyModulesAlreadyImported) {
  EXPECT_TRUE(LookUp("os").is_none());
  EXPECT_TRUE(LookUp("graphlib").is_none());  // registered, not imported yet
  Value graphlib = vm_.ImportModule(vm_.Intern("graphlib"));
  ASSERT_FALSE(graphlib.is_null());
  Value found = LookUp("graphlib");
  EXPECT_EQ(found.bits(), graphlib.bits());
}

TEST_F(UnittestModuleTest, MockIsRefused) {
  Value mock = vm_.ImportModule(vm_.Intern("unittest.mock"));
  EXPECT_TRUE(mock.is_null());
  ASSERT_TRUE(vm_.HasException());
  Value exc = vm_.exception();
  EXPECT_TRUE(vm::HasType(exc, &vm::kImportErrorType));
  vm_.ClearException();
}

}  // namespace
}  // namespace moat::stdlib
