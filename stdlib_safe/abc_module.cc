// abc's native helper (see abc_module.h).
#include "stdlib_safe/abc_module.h"

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/objects/base_types.h"
#include "vm/objects/type.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, the values
// `__abc_tpflags__` is written with.
constexpr int64_t kCPythonSequenceFlag = int64_t{1} << 5;
constexpr int64_t kCPythonMappingFlag = int64_t{1} << 6;

// _set_collection_flags(cls, flags, /): makes the sequence or mapping flag
// of `flags` the match flag of user class `cls` and of the subclasses it
// already has (CPython's set_collection_flag_recursive, which register()
// uses and which replaces a flag a class had; _abc_init sets the flag the
// same way on a class that has no subclasses yet). Other classes and bits
// are ignored. Returns None; raises only for a wrong number of arguments.
Value SetCollectionFlags(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_set_collection_flags(cls, flags, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsType(argv[0]) || !argv[1].is_small_int()) return Value::None();
  vm::TypeObject* cls = vm::As<vm::TypeObject>(argv[0]);
  if (!vm::IsUserClass(cls)) return Value::None();
  int64_t flags = argv[1].small_int();
  constexpr uint32_t kMatchFlags = vm::kTypeSequence | vm::kTypeMapping;
  uint32_t flag = (flags & kCPythonSequenceFlag) != 0  ? vm::kTypeSequence
                  : (flags & kCPythonMappingFlag) != 0 ? vm::kTypeMapping
                                                       : 0;
  for (vm::TypeObject* t : vm.user_classes()) {
    if ((t == cls || (flag != 0 && vm::IsSubtype(t, cls))) &&
        (t->type_flags & kMatchFlags) != flag) {
      t->type_flags = (t->type_flags & ~kMatchFlags) | flag;
    }
  }
  return Value::None();
}

// _collection_flags(cls, /): the match flag `cls` has, as CPython's
// `__abc_tpflags__` bits (0 for none). register() gives a registered class
// the ABC's flag whether the ABC set it itself or inherited it
// (MutableMapping from Mapping), as CPython's _abc_register reads tp_flags.
Value CollectionFlags(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_collection_flags(cls, /)");
  Value cls;
  if (!vm::ParseArgs(vm, kSpec, args, &cls)) return Value::Null();
  if (!vm::IsType(cls)) return Value::SmallInt(0);
  uint32_t flags = vm::As<vm::TypeObject>(cls)->type_flags;
  return Value::SmallInt((flags & vm::kTypeSequence) != 0  ? kCPythonSequenceFlag
                             : (flags & vm::kTypeMapping) != 0 ? kCPythonMappingFlag
                                                               : 0);
}

const vm::MethodDef kSetCollectionFlagsDef = {"_set_collection_flags", SetCollectionFlags};
const vm::MethodDef kCollectionFlagsDef = {"_collection_flags", CollectionFlags};

}  // namespace

bool InitAbcModule(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kSetCollectionFlagsDef) &&
         vm::ModuleAddFunction(vm, module, &kCollectionFlagsDef) &&
         InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
