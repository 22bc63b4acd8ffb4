// Tests for the private names of C-type stand-ins (vm/objects/type.h
// IsPrivateName, PrivateNameVisible): which names count as private, and
// that the host, which runs no frame, sees them. What scripts see is
// covered by conformance/cases/c_type_standins/private_state.py and
// tests/escapes/ctype_standin_private_state.py.
#include <gtest/gtest.h>

#include "vm/interp.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"

namespace moat::vm {
namespace {

TEST(IsPrivateNameTest, SingleUnderscoreNamesButNotDunders) {
  Interp vm(Interp::Options{});
  for (const char* name : {"_int", "_x", "__x", "_Decimal__fix", "___", "__x_", "_abc_impl"}) {
    EXPECT_TRUE(IsPrivateName(vm.Intern(name))) << name;
  }
  for (const char* name : {"x", "_", "__add__", "__init__", "__x__", "prec", "x_"}) {
    EXPECT_FALSE(IsPrivateName(vm.Intern(name))) << name;
  }
}

TEST(PrivateNameVisibleTest, EveryNameOfAPlainClassAndEverythingForTheHost) {
  Interp vm(Interp::Options{});
  // A built-in type is no stand-in: private_scope is never consulted, but a
  // ClassObject with a scope and no running frame (the host) sees all.
  ClassObject cls{};
  cls.private_scope = nullptr;
  EXPECT_TRUE(PrivateNameVisible(vm, &cls, vm.Intern("_int")));
  DictObject* scope = NewDict(vm);
  ASSERT_NE(scope, nullptr);
  cls.private_scope = scope;
  EXPECT_EQ(vm.current_frame(), nullptr);
  EXPECT_TRUE(PrivateNameVisible(vm, &cls, vm.Intern("_int")));
  EXPECT_TRUE(PrivateNameVisible(vm, &cls, vm.Intern("__add__")));
}

}  // namespace
}  // namespace moat::vm
