// Tests for vm/import.h over a module table of its own: a package with a
// nested package, a plain module and a submodule whose body fails. What
// scripts see of it is covered by conformance/cases/imports and the
// sandbox cases import_os_path_caught and import_xml_etree_uncaught.
#include "vm/import.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/util/pending_error.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/list.h"
#include "vm/objects/module.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/str_util.h"

namespace moat::vm {
namespace {

// How many times each module body ran, by table position.
int g_runs[5];

template <int kIndex>
bool InitCounting(Interp& vm, ModuleObject* module) {
  ++g_runs[kIndex];
  return ModuleAddValue(vm, module, "x", Value::SmallInt(kIndex));
}

bool InitBroken(Interp& vm, ModuleObject*) {
  ++g_runs[4];
  vm.Raise(&kValueErrorType, "broken body");
  return false;
}

// Sorted by name, as the registry is.
const Interp::NativeModule kTable[] = {
    {"pkg", InitCounting<0>},         {"pkg.broken", InitBroken},
    {"pkg.sub", InitCounting<1>},     {"pkg.sub.leaf", InitCounting<2>},
    {"plain", InitCounting<3>},       {nullptr, nullptr},
};

class ImportTest : public ::testing::Test {
 protected:
  ImportTest() : vm_(MakeOptions()) {
    for (int& runs : g_runs) runs = 0;
  }

  static Interp::Options MakeOptions() {
    Interp::Options options;
    options.modules = kTable;
    return options;
  }

  StrObject* Name(std::string_view name) { return vm_.Intern(name); }

  // The module's name, or "!Type: message" for a failed import.
  std::string Show(Value v) {
    if (v.is_null()) return StrCat("!", TakePendingError(vm_));
    if (!HasType(v, &kModuleType)) return "<not a module>";
    return std::string(As<ModuleObject>(v)->name->view());
  }

  // Whether `module` has the attribute `name` in its namespace.
  bool Has(Value module, std::string_view name) {
    return !DictGetStr(vm_, As<ModuleObject>(module)->dict, Name(name)).is_null();
  }

  Value FromList(std::string_view name) {
    TupleObject* t = NewTuple(vm_, 1);
    t->items[0] = Value::FromObject(Name(name));
    return Value::FromObject(t);
  }

  Interp vm_;
};

TEST_F(ImportTest, DottedImportRunsParentsFirstAndBindsTheChild) {
  Value leaf = vm_.ImportModule(Name("pkg.sub.leaf"));
  EXPECT_EQ(Show(leaf), "pkg.sub.leaf");
  Value pkg = vm_.ImportModule(Name("pkg"));
  Value sub = vm_.ImportModule(Name("pkg.sub"));
  EXPECT_TRUE(Has(pkg, "sub"));
  EXPECT_TRUE(Has(sub, "leaf"));
  EXPECT_FALSE(Has(pkg, "broken"));
  // Each body ran once: the later imports found the cached modules.
  EXPECT_EQ(g_runs[0], 1);
  EXPECT_EQ(g_runs[1], 1);
  EXPECT_EQ(g_runs[2], 1);
}

TEST_F(ImportTest, ImportNameGivesTheTopModuleWithoutFromlist) {
  EXPECT_EQ(Show(ImportName(vm_, Name("pkg.sub.leaf"), Value::None())), "pkg");
  EXPECT_EQ(Show(ImportName(vm_, Name("pkg.sub"), FromList("x"))), "pkg.sub");
  EXPECT_EQ(Show(ImportName(vm_, Name("plain"), Value::None())), "plain");
}

TEST_F(ImportTest, FromlistImportsMissingSubmodulesOnly) {
  Value pkg = ImportName(vm_, Name("pkg"), FromList("sub"));
  EXPECT_EQ(Show(pkg), "pkg");
  EXPECT_TRUE(Has(pkg, "sub"));
  EXPECT_EQ(g_runs[2], 0);
  // A name that is neither an attribute nor a submodule is IMPORT_FROM's
  // error, not IMPORT_NAME's.
  EXPECT_EQ(Show(ImportName(vm_, Name("pkg"), FromList("nothere"))), "pkg");
  EXPECT_EQ(Show(ImportFrom(vm_, pkg, Name("nothere"))),
            "!ImportError: cannot import name 'nothere' from 'pkg' (unknown location)");
  EXPECT_EQ(Show(ImportFrom(vm_, pkg, Name("sub"))), "pkg.sub");
}

TEST_F(ImportTest, ImportFromFindsAnImportedSubmoduleNoLongerBound) {
  Value pkg = vm_.ImportModule(Name("pkg"));
  ASSERT_FALSE(vm_.ImportModule(Name("pkg.sub")).is_null());
  ASSERT_EQ(DictDel(vm_, As<ModuleObject>(pkg)->dict, Value::FromObject(Name("sub"))), 1);
  EXPECT_EQ(Show(ImportFrom(vm_, pkg, Name("sub"))), "pkg.sub");
}

TEST_F(ImportTest, MissingModulesGiveCPythonsErrors) {
  EXPECT_EQ(Show(vm_.ImportModule(Name("os.path"))),
            "!ImportError: module 'os' is not available in the sandbox");
  EXPECT_EQ(Show(vm_.ImportModule(Name("plain.x"))),
            "!ModuleNotFoundError: No module named 'plain.x'; 'plain' is not a package");
  EXPECT_EQ(Show(vm_.ImportModule(Name("plain.x.y"))),
            "!ModuleNotFoundError: No module named 'plain.x'; 'plain' is not a package");
  EXPECT_EQ(Show(vm_.ImportModule(Name("pkg.nothere"))),
            "!ModuleNotFoundError: No module named 'pkg.nothere'");
  EXPECT_EQ(Show(vm_.ImportModule(Name("pkg.sub.leaf.z"))),
            "!ModuleNotFoundError: No module named 'pkg.sub.leaf.z'; 'pkg.sub.leaf' is not a "
            "package");
  // "pkgx" shares a prefix with "pkg" but is not below it; not being a
  // standard-library name, it is simply not installed.
  EXPECT_EQ(Show(vm_.ImportModule(Name("pkgx"))), "!ModuleNotFoundError: No module named 'pkgx'");
  EXPECT_EQ(Show(vm_.ImportModule(Name("numpy.linalg"))),
            "!ModuleNotFoundError: No module named 'numpy'");
  // Standard-library names the table leaves out are the sandbox's refusal.
  EXPECT_EQ(Show(vm_.ImportModule(Name("subprocess"))),
            "!ImportError: module 'subprocess' is not available in the sandbox");
  EXPECT_EQ(Show(vm_.ImportModule(Name("_thread"))),
            "!ImportError: module '_thread' is not available in the sandbox");
}

TEST_F(ImportTest, ImportErrorsCarryTheModuleName) {
  for (const char* name : {"os.path", "numpy", "plain.x", "pkg.nothere"}) {
    EXPECT_TRUE(vm_.ImportModule(Name(name)).is_null());
    Value exc = vm_.exception();
    ASSERT_TRUE(IsException(exc));
    Value got = As<ExceptionObject>(exc)->name;
    ASSERT_TRUE(IsStr(got)) << name;
    std::string want = name;
    if (want == "os.path") want = "os";
    EXPECT_EQ(As<StrObject>(got)->view(), want);
    vm_.ClearException();
  }
}

TEST_F(ImportTest, AFailedBodyLeavesNothingCachedOrBound) {
  EXPECT_EQ(Show(vm_.ImportModule(Name("pkg.broken"))), "!ValueError: broken body");
  Value pkg = vm_.ImportModule(Name("pkg"));
  EXPECT_FALSE(Has(pkg, "broken"));
  EXPECT_EQ(Show(vm_.ImportModule(Name("pkg.broken"))), "!ValueError: broken body");
  EXPECT_EQ(g_runs[4], 2);
  EXPECT_EQ(g_runs[0], 1);
}

TEST_F(ImportTest, ImportStarFollowsAllOrSkipsUnderscoreNames) {
  Value plain = vm_.ImportModule(Name("plain"));
  ModuleObject* m = As<ModuleObject>(plain);
  ASSERT_EQ(DictSetStr(vm_, m->dict, "_hidden", Value::SmallInt(7)), 0);
  DictObject* ns = NewDict(vm_);
  RootScope roots(vm_);
  Value ns_value = Value::FromObject(ns);
  roots.Add(&ns_value);
  ASSERT_TRUE(ImportStar(vm_, plain, ns));
  EXPECT_FALSE(DictGetStr(vm_, ns, Name("x")).is_null());
  EXPECT_TRUE(DictGetStr(vm_, ns, Name("_hidden")).is_null());
  EXPECT_TRUE(DictGetStr(vm_, ns, Name("__name__")).is_null());

  // With __all__, exactly the names it lists, underscores included.
  ListObject* all = NewList(vm_, 0);
  ASSERT_EQ(DictSetStr(vm_, m->dict, "__all__", Value::FromObject(all)), 0);
  ASSERT_TRUE(ListAppendValue(vm_, all, Value::FromObject(Name("_hidden"))));
  DictObject* ns2 = NewDict(vm_);
  Value ns2_value = Value::FromObject(ns2);
  roots.Add(&ns2_value);
  ASSERT_TRUE(ImportStar(vm_, plain, ns2));
  EXPECT_FALSE(DictGetStr(vm_, ns2, Name("_hidden")).is_null());
  EXPECT_TRUE(DictGetStr(vm_, ns2, Name("x")).is_null());

  ASSERT_TRUE(ListAppendValue(vm_, all, Value::SmallInt(3)));
  EXPECT_FALSE(ImportStar(vm_, plain, ns2));
  EXPECT_EQ(TakePendingError(vm_), "TypeError: Item in plain.__all__ must be str, not int");
  all->items[1] = Value::FromObject(Name("missing"));
  EXPECT_FALSE(ImportStar(vm_, plain, ns2));
  EXPECT_EQ(TakePendingError(vm_), "AttributeError: module 'plain' has no attribute 'missing'");
}

}  // namespace
}  // namespace moat::vm
