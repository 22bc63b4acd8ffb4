// Direct C++ checks of stdlib_safe/builtins and the math module through an
// Interp: what the namespace holds (and leaves out), calls of a few builtins
// with their CPython error texts, the lazy iterator types, and the module
// registry. Behaviour in depth is covered by conformance/cases/builtins_extra
// and conformance/cases/math_extra.
#include "stdlib_safe/builtins.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "stdlib_safe/abc_module.h"
#include "stdlib_safe/ast_module.h"
#include "stdlib_safe/asyncio_module.h"
#include "stdlib_safe/bisect_module.h"
#include "stdlib_safe/codecs_module.h"
#include "stdlib_safe/collections_abc_module.h"
#include "stdlib_safe/collections_module.h"
#include "stdlib_safe/contextlib_module.h"
#include "stdlib_safe/dataclasses_module.h"
#include "stdlib_safe/datetime_module.h"
#include "stdlib_safe/frozen_modules.h"
#include "stdlib_safe/functools_module.h"
#include "stdlib_safe/inspect_module.h"
#include "stdlib_safe/io_module.h"
#include "stdlib_safe/itertools_module.h"
#include "stdlib_safe/json_module.h"
#include "stdlib_safe/logging_module.h"
#include "stdlib_safe/re_module.h"
#include "stdlib_safe/registry.h"
#include "stdlib_safe/struct_module.h"
#include "stdlib_safe/time_module.h"
#include "stdlib_safe/traceback_module.h"
#include "stdlib_safe/types_module.h"
#include "stdlib_safe/typing_module.h"
#include "stdlib_safe/unittest_module.h"
#include "stdlib_safe/warnings_module.h"
#include "stdlib_safe/weakref_module.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/iterators.h"
#include "vm/objects/list.h"
#include "vm/objects/module.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"
#include "vm/sandbox_policy.h"

namespace moat::stdlib {
namespace {

using vm::As;
using vm::CallArgs;
using vm::Interp;
using vm::StrObject;
using vm::Value;

class BuiltinsTest : public ::testing::Test {
 protected:
  BuiltinsTest() : vm_(MakeOptions(&output_)) {}

  static Interp::Options MakeOptions(std::string* output) {
    Interp::Options options;
    options.write_output = [output](std::string_view text) { output->append(text); };
    options.install_builtins = InstallBuiltins;
    options.modules = SafeModules();
    return options;
  }

  Value Builtin(std::string_view name) {
    return vm::DictGetStr(vm_, vm_.builtins(), vm_.Intern(name));
  }

  Value Str(std::string_view text) { return vm::NewStrValue(vm_, text); }

  // Calls builtin `name`; the arguments are rooted for the call (builtins
  // may collect, and every collection does under MOAT_GC_STRESS).
  Value Call(std::string_view name, std::vector<Value> args) {
    Value f = Builtin(name);
    EXPECT_FALSE(f.is_null()) << name;
    vm::RootScope roots(vm_);
    for (Value& v : args) roots.Add(&v);
    return vm_.Call(f, CallArgs{args.data(), args.size(), nullptr});
  }

  // repr(v), or "!Type: message" when `v` is Null.
  std::string Show(Value v) {
    if (v.is_null()) {
      if (!vm_.HasException()) return "<null without exception>";
      Value exc = vm_.exception();
      std::string name = vm::ExceptionTypeName(vm::TypeOf(exc));
      Value msg = vm::ExceptionStr(vm_, exc);
      vm_.ClearException();
      if (msg.is_null() || As<StrObject>(msg)->length == 0) return "!" + name;
      return "!" + name + ": " + std::string(As<StrObject>(msg)->view());
    }
    Value r = vm::Repr(vm_, v);
    if (r.is_null()) return Show(r);
    return std::string(As<StrObject>(r)->view());
  }

  std::string output_;
  Interp vm_;
};

TEST_F(BuiltinsTest, NamespaceHasFunctionsTypesAndExceptions) {
  for (const char* name : {"abs", "all", "any", "ascii", "bin", "callable", "chr", "divmod",
                           "format", "getattr", "hasattr", "hash", "hex", "isinstance",
                           "issubclass", "iter", "len", "max", "min", "next", "oct", "ord", "pow",
                           "print", "repr", "round", "sorted", "sum"}) {
    EXPECT_FALSE(Builtin(name).is_null()) << name;
  }
  EXPECT_EQ(Builtin("int"), Value::FromObject(&vm::kIntType));
  EXPECT_EQ(Builtin("zip"), Value::FromObject(&vm::kZipType));
  EXPECT_EQ(Builtin("ValueError"), Value::FromObject(&vm::kValueErrorType));
  EXPECT_EQ(Builtin("ExceptionGroup"), Value::FromObject(&vm::kExceptionGroupType));
  EXPECT_EQ(Builtin("IOError"), Value::FromObject(&vm::kOSErrorType));
  EXPECT_EQ(Builtin("Ellipsis"), Value::Ellipsis());
  EXPECT_EQ(Builtin("NotImplemented"), Value::NotImplemented());
}

TEST_F(BuiltinsTest, NamespaceLeavesOutRefusedNames) {
  for (const char* name : {"open", "eval", "exec", "compile", "__import__", "__build_class__",
                           "globals", "locals", "breakpoint",
                           "__name__", "None", "True", "False"}) {
    EXPECT_TRUE(Builtin(name).is_null()) << name;
  }
  EXPECT_TRUE(vm::IsRefusedBuiltin("open"));
}

// vars(obj), dir(obj), exit() and quit() give no power and are provided
// (stdlib_safe/builtins_introspect.h); only their no-argument forms, which
// would read the caller's frame, are refused.
TEST_F(BuiltinsTest, NamespaceHasIntrospectionBuiltins) {
  // input() reads only what the host hands over (stdlib_safe/stdin_stream.h).
  for (const char* name : {"vars", "dir", "exit", "quit", "input"}) {
    EXPECT_FALSE(Builtin(name).is_null()) << name;
    EXPECT_FALSE(vm::IsRefusedBuiltin(name)) << name;
  }
}

// id(): one integer per live object, never an address: small ints odd,
// the constants 8 mod 16, heap objects 16 * their identity serial, so the
// three never meet, and object.__hash__ is id >> 4 as in CPython.
TEST_F(BuiltinsTest, IdsAreSerialsThatNeverCollide) {
  auto id = [&](Value v) {
    Value r = Call("id", {v});
    int64_t out = -1;
    EXPECT_TRUE(vm::IntToInt64(r, &out)) << Show(r);
    return out;
  };
  Value a = Str("a");
  Value b = Str("a");
  vm::RootScope roots(vm_);
  roots.Add(&a);
  roots.Add(&b);
  int64_t id_a = id(a);
  EXPECT_EQ(id_a % 16, 0);
  EXPECT_EQ(id(a), id_a);
  EXPECT_NE(id(b), id_a);
  EXPECT_EQ(id(Value::SmallInt(0)) % 2, 1);
  EXPECT_NE(id(Value::SmallInt(0)), id(Value::SmallInt(1)));
  EXPECT_EQ(id(Value::None()) % 16, 8);
  EXPECT_NE(id(Value::True()), id(Value::False()));
  // The top of the small-int range gets an id past 2**62: a big int.
  EXPECT_TRUE(vm::IsBigInt(Call("id", {Value::SmallInt(Value::kSmallIntMax)})));
  Value o = Call("object", {});
  roots.Add(&o);
  EXPECT_EQ(vm::Hash(vm_, o), id(o) >> 4);
  EXPECT_EQ(Show(Call("id", {})), "!TypeError: id() takes exactly one argument (0 given)");
}

// Attribute builtins exist; the attribute policy applies inside them.
TEST_F(BuiltinsTest, NamespaceHasAttributeBuiltins) {
  for (const char* name : {"getattr", "setattr", "delattr", "hasattr", "super", "property",
                           "classmethod", "staticmethod", "object"}) {
    EXPECT_FALSE(Builtin(name).is_null()) << name;
  }
}

TEST_F(BuiltinsTest, CallsAndErrorTexts) {
  EXPECT_EQ(Show(Call("len", {Str("caf\xc3\xa9")})), "4");
  EXPECT_EQ(Show(Call("len", {Value::SmallInt(5)})),
            "!TypeError: object of type 'int' has no len()");
  EXPECT_EQ(Show(Call("len", {})), "!TypeError: len() takes exactly one argument (0 given)");
  EXPECT_EQ(Show(Call("abs", {Value::SmallInt(-7)})), "7");
  EXPECT_EQ(Show(Call("hex", {Value::SmallInt(-255)})), "'-0xff'");
  EXPECT_EQ(Show(Call("bin", {vm::IntFromString(vm_, "-1267650600228229401496703205376", 10)})),
            "'-0b1" + std::string(100, '0') + "'");
  EXPECT_EQ(Show(Call("chr", {Value::SmallInt(0x110000)})),
            "!ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(Show(Call("ord", {Str("ab")})),
            "!TypeError: ord() expected a character, but string of length 2 found");
  EXPECT_EQ(Show(Call("divmod", {Value::SmallInt(-7), Value::SmallInt(2)})), "(-4, 1)");
  EXPECT_EQ(Show(Call("divmod", {Value::SmallInt(1)})),
            "!TypeError: divmod expected 2 arguments, got 1");
  EXPECT_EQ(Show(Call("pow", {Value::SmallInt(3), Value::SmallInt(-1), Value::SmallInt(7)})), "5");
  EXPECT_EQ(Show(Call("isinstance", {Value::True(), Builtin("int")})), "True");
  EXPECT_EQ(Show(Call("isinstance", {Value::SmallInt(1), Value::SmallInt(1)})),
            "!TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  EXPECT_EQ(Show(Call("ascii", {Str("\xc3\xa9\xf0\x9f\x98\x80")})), "\"'\\\\xe9\\\\U0001f600'\"");
}

TEST_F(BuiltinsTest, MinMaxSumSorted) {
  vm::ListObject* list = vm::NewList(vm_);
  for (int v : {3, 1, 2}) vm::ListAppendValue(vm_, list, Value::SmallInt(v));
  Value l = Value::FromObject(list);
  vm::RootScope roots(vm_);
  roots.Add(&l);
  EXPECT_EQ(Show(Call("max", {l})), "3");
  EXPECT_EQ(Show(Call("min", {Value::SmallInt(4), Value::SmallInt(-4)})), "-4");
  EXPECT_EQ(Show(Call("sum", {l})), "6");
  EXPECT_EQ(Show(Call("sorted", {l})), "[1, 2, 3]");
  EXPECT_EQ(Show(l), "[3, 1, 2]");
  Value empty = Value::FromObject(vm::NewList(vm_));
  roots.Add(&empty);
  EXPECT_EQ(Show(Call("max", {empty})), "!ValueError: max() arg is an empty sequence");
  EXPECT_EQ(Show(Call("sum", {l, Str("")})),
            "!TypeError: sum() can't sum strings [use ''.join(seq) instead]");
}

TEST_F(BuiltinsTest, PrintWritesToTheInterpretersOutput) {
  EXPECT_EQ(Show(Call("print", {Str("a"), Value::SmallInt(1), Value::None()})), "None");
  EXPECT_EQ(output_, "a 1 None\n");
}

TEST_F(BuiltinsTest, LazyBuiltinsAreTypes) {
  Value args[1] = {Str("ab")};
  Value e, r;
  vm::RootScope roots(vm_);
  roots.Add(&args[0]);
  roots.Add(&e);
  roots.Add(&r);
  e = vm_.Call(Builtin("enumerate"), CallArgs{args, 1, nullptr});
  ASSERT_FALSE(e.is_null());
  EXPECT_TRUE(vm::HasType(e, &vm::kEnumerateType));
  EXPECT_EQ(Show(vm::IterNext(vm_, e)), "(0, 'a')");
  EXPECT_EQ(Show(vm::IterNext(vm_, e)), "(1, 'b')");
  EXPECT_TRUE(vm::IterNext(vm_, e).is_null());
  EXPECT_FALSE(vm_.HasException());

  r = vm_.Call(Builtin("reversed"), CallArgs{args, 1, nullptr});
  ASSERT_FALSE(r.is_null());
  EXPECT_TRUE(vm::HasType(r, &vm::kReversedType));
  EXPECT_EQ(Show(vm::IterNext(vm_, r)), "'b'");

  Value bad[1] = {Value::SmallInt(5)};
  EXPECT_EQ(Show(vm_.Call(Builtin("reversed"), CallArgs{bad, 1, nullptr})),
            "!TypeError: 'int' object is not reversible");
  EXPECT_EQ(Show(vm_.Call(Builtin("map"), CallArgs{bad, 1, nullptr})),
            "!TypeError: map() must have at least two arguments.");
}

TEST_F(BuiltinsTest, NativeLoopsChargeTheInstructionBudget) {
  Value stop[1] = {vm::IntFromString(vm_, "1000000000000", 10)};
  Value range = vm_.Call(Builtin("range"), CallArgs{stop, 1, nullptr});
  vm::RootScope roots(vm_);
  roots.Add(&range);
  ASSERT_FALSE(range.is_null());
  vm_.BeginRun([] { moat::Limits l = moat::Limits::None(); l.max_instructions = 10000; return l; }());
  Value r = Call("sum", {range});
  EXPECT_TRUE(r.is_null());
  EXPECT_TRUE(vm_.HasException());
  vm_.ClearException();
}

TEST_F(BuiltinsTest, RegistryIsSortedAndEveryPythonModuleImports) {
  const Interp::NativeModule* modules = SafeModules();
  ASSERT_NE(modules, nullptr);
  const char* previous = nullptr;
  int python_modules = 0;
  for (const Interp::NativeModule* m = modules; m->name != nullptr; ++m) {
    if (previous != nullptr) {
      EXPECT_LT(std::string_view(previous), m->name);
    }
    previous = m->name;
    // A frozen module whose init first adds native helpers (or a native
    // module with a Python part, as re) has its own init.
    if (m->init != InitFrozenModule && m->init != InitCollectionsAbcModule &&
        m->init != InitAbcModule && m->init != InitFrozenModuleWithTypeNames &&
        m->init != InitFrozenCModule && m->init != InitDateTimeModule &&
        m->init != InitDataclassesModule && m->init != InitItertoolsModule &&
        m->init != InitFunctoolsModule && m->init != InitCollectionsModule &&
        m->init != InitIoModule && m->init != InitContextlibModule &&
        m->init != InitStructModule && m->init != InitReModule &&
        m->init != InitTimeModule && m->init != InitTracebackModule &&
        m->init != InitWarningsModule && m->init != InitUnittestModule &&
        m->init != InitTypingModule && m->init != InitLoggingModule &&
        m->init != InitLoggingHandlersModule && m->init != InitAstModule &&
        m->init != InitTypesModule && m->init != InitAsyncioModule &&
        m->init != InitAsyncioCoroutinesModule && m->init != InitInspectModule &&
        m->init != InitWeakrefModule && m->init != InitBisectModule &&
        m->init != InitJsonModule && m->init != InitCodecsModule) {
      continue;
    }
    ++python_modules;
    Value module = vm_.ImportModule(vm_.Intern(m->name));
    EXPECT_FALSE(module.is_null()) << m->name << ": " << Show(module);
    vm_.ClearException();
  }
  // Every frozen module is registered (and so reachable by import).
  int frozen = 0;
  for (const FrozenModule* f = kFrozenModules; f->name != nullptr; ++f) ++frozen;
  EXPECT_EQ(python_modules, frozen);
}

TEST_F(BuiltinsTest, MathModuleFromTheRegistry) {
  Value math = vm_.ImportModule(vm_.Intern("math"));
  ASSERT_FALSE(math.is_null()) << Show(math);
  Value sqrt = vm::GetAttr(vm_, math, vm_.Intern("sqrt"));
  ASSERT_FALSE(sqrt.is_null());
  EXPECT_EQ(Show(vm_.Call1(sqrt, Value::SmallInt(16))), "4.0");
  EXPECT_EQ(Show(vm_.Call1(sqrt, Value::SmallInt(-1))), "!ValueError: math domain error");
  EXPECT_EQ(Show(vm_.Call1(sqrt, Str("x"))), "!TypeError: must be real number, not str");
  Value factorial = vm::GetAttr(vm_, math, vm_.Intern("factorial"));
  EXPECT_EQ(Show(vm_.Call1(factorial, Value::SmallInt(25))), "15511210043330985984000000");
  Value log = vm::GetAttr(vm_, math, vm_.Intern("log"));
  Value big = vm::IntFromString(vm_, "1" + std::string(400, '0'), 10);
  vm::RootScope roots(vm_);
  roots.Add(&big);
  EXPECT_EQ(Show(vm_.Call1(log, big)), "921.0340371976182");
  EXPECT_EQ(Show(vm::GetAttr(vm_, math, vm_.Intern("tau"))), "6.283185307179586");
  EXPECT_EQ(Show(vm_.ImportModule(vm_.Intern("os"))),
            "!ImportError: module 'os' is not available in the sandbox");
}

}  // namespace
}  // namespace moat::stdlib
