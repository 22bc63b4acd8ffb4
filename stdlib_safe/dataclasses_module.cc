// dataclasses' native helpers (see dataclasses_module.h).
#include "stdlib_safe/dataclasses_module.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// The user class `v`, or null with TypeError pending.
vm::ClassObject* UserClassArg(Interp& vm, Value v, const char* function) {
  if (!vm::IsType(v) || !vm::IsUserClass(vm::As<vm::TypeObject>(v))) {
    vm.RaiseFormat(&vm::kTypeErrorType, "%s() argument 1 must be a class statement's class, not %s",
                   function, std::string(vm::TypeName(v)));
    return nullptr;
  }
  return static_cast<vm::ClassObject*>(vm::As<vm::TypeObject>(v));
}

// _base_slots(cls, /): see dataclasses_module.h. Allocates.
Value BaseSlots(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_base_slots(cls, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  vm::ClassObject* cls = UserClassArg(vm, argv[0], "_base_slots");
  if (cls == nullptr) return Value::Null();
  vm::ListObject* out = vm::NewList(vm);
  if (out == nullptr) return Value::Null();
  vm::RootScope roots(vm);
  Value out_value = Value::FromObject(out);
  roots.Add(&out_value);
  vm::StrObject* key = vm.Intern("__slots__");
  if (!vm.ChargeItems(cls->mro->size)) return Value::Null();
  for (size_t i = 1; i < cls->mro->size; ++i) {
    vm::TypeObject* t = vm::As<vm::TypeObject>(cls->mro->items[i]);
    if (!vm::IsUserClass(t)) continue;
    vm::ClassObject* base = static_cast<vm::ClassObject*>(t);
    Value slots = vm::DictGetStr(vm, base->dict, key);
    if (slots.is_null()) continue;
    Value pair[2] = {Value::FromObject(base->name_str), slots};
    vm::TupleObject* entry = vm::NewTupleFrom(vm, pair, 2);
    if (entry == nullptr || !vm::ListAppendValue(vm, out, Value::FromObject(entry))) {
      return Value::Null();
    }
  }
  return out_value;
}

// The value `name` has in the namespace of the nearest class on the MRO of
// `type` that holds it, without the descriptor protocol (so no Python code
// runs and no class is handed to a __get__), or Null.
Value InheritedNamespaceValue(Interp& vm, vm::TypeObject* type, vm::StrObject* name) {
  vm::TypeAttr attr;
  if (!vm::FindTypeAttr(vm, type, name, &attr)) return Value::Null();
  return attr.value;
}

// _base_fields(cls, /): see dataclasses_module.h. Allocates.
Value BaseFields(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_base_fields(cls, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  vm::ClassObject* cls = UserClassArg(vm, argv[0], "_base_fields");
  if (cls == nullptr) return Value::Null();
  vm::ListObject* out = vm::NewList(vm);
  if (out == nullptr) return Value::Null();
  vm::RootScope roots(vm);
  Value out_value = Value::FromObject(out);
  roots.Add(&out_value);
  vm::TupleObject* mro = cls->mro;
  vm::StrObject* fields_key = vm.Intern("__dataclass_fields__");
  vm::StrObject* params_key = vm.Intern("__dataclass_params__");
  if (!vm.ChargeItems(mro->size)) return Value::Null();
  // From the root towards cls, as CPython's `cls.__mro__[-1:0:-1]`, so that
  // a nearer base's field replaces a farther one's of the same name. Only
  // user classes can hold the two attributes (built-in types take none).
  for (size_t i = mro->size - 1; i >= 1; --i) {
    vm::TypeObject* base = vm::As<vm::TypeObject>(mro->items[i]);
    if (!vm::IsUserClass(base)) continue;
    Value fields = InheritedNamespaceValue(vm, base, fields_key);
    if (fields.is_null() || fields.is_none()) continue;
    Value params = InheritedNamespaceValue(vm, base, params_key);
    if (params.is_null()) {
      return vm.RaiseFormat(&vm::kAttributeErrorType,
                            "type object '%s' has no attribute '__dataclass_params__'",
                            std::string(base->name));
    }
    Value pair[2] = {fields, params};
    vm::TupleObject* entry = vm::NewTupleFrom(vm, pair, 2);
    if (entry == nullptr || !vm::ListAppendValue(vm, out, Value::FromObject(entry))) {
      return Value::Null();
    }
  }
  return out_value;
}

// _remake_class(cls, ns, /): see dataclasses_module.h. Runs __set_name__
// and __init_subclass__ (Python code); allocates.
Value RemakeClassFn(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_remake_class(cls, ns, bases=None, /)");
  Value argv[3];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  vm::ClassObject* cls = UserClassArg(vm, argv[0], "_remake_class");
  if (cls == nullptr) return Value::Null();
  if (!vm::IsDict(argv[1])) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "_remake_class() argument 2 must be dict, not %s",
                          std::string(vm::TypeName(argv[1])));
  }
  vm::TupleObject* bases = nullptr;
  if (!argv[2].is_null() && !argv[2].is_none()) {
    if (!vm::HasType(argv[2], &vm::kTupleType)) {
      return vm.RaiseFormat(&vm::kTypeErrorType, "_remake_class() argument 3 must be tuple, not %s",
                            std::string(vm::TypeName(argv[2])));
    }
    bases = vm::As<vm::TupleObject>(argv[2]);
  }
  return vm::RemakeClass(vm, cls, vm::As<vm::DictObject>(argv[1]), bases);
}

// _generated_frame(exc, line, /): see dataclasses_module.h. Never raises
// past its argument checks.
Value GeneratedFrame(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_generated_frame(exc, line, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  int64_t line = 0;
  if (!argv[1].is_small_int() || (line = argv[1].small_int()) <= 0 || line > INT32_MAX) {
    return vm.Raise(&vm::kValueErrorType, "_generated_frame() line must be a positive int");
  }
  vm::MarkGeneratedEntry(vm, argv[0], static_cast<int32_t>(line));
  return Value::None();
}

// The fields a generated compare or hash method reads, in order: `names`
// must be a tuple of str.
vm::TupleObject* FieldNamesArg(Interp& vm, Value names, const char* function) {
  if (!vm::HasType(names, &vm::kTupleType)) {
    vm.RaiseFormat(&vm::kTypeErrorType, "%s() names must be a tuple, not %s", function,
                   std::string(vm::TypeName(names)));
    return nullptr;
  }
  vm::TupleObject* t = vm::As<vm::TupleObject>(names);
  for (size_t i = 0; i < t->size; ++i) {
    if (!vm::IsStr(t->items[i])) {
      vm.RaiseFormat(&vm::kTypeErrorType, "%s() names must be str, not %s", function,
                     std::string(vm::TypeName(t->items[i])));
      return nullptr;
    }
  }
  return t;
}

// Stores obj.<name> for each of `names` at out[0..], as CPython's generated
// `(self.x,self.y,)` reads them. `out` must be rooted; may run Python.
bool ReadFields(Interp& vm, Value obj, vm::TupleObject* names, Value* out) {
  for (size_t i = 0; i < names->size; ++i) {
    vm::StrObject* name = vm::As<vm::StrObject>(names->items[i]);
    if (!name->interned && (name = vm.Intern(name->view())) == nullptr) return false;
    out[i] = vm::GetAttr(vm, obj, name);
    if (out[i].is_null()) return false;
  }
  return true;
}

// The field values of one or two instances, rooted while the scope lives:
// most dataclasses have a few fields, which need no allocation.
class FieldValues {
 public:
  FieldValues(Interp& vm, size_t n) : roots_(vm) {
    if (n > std::size(inline_)) spilled_.resize(n);
    values_ = n > std::size(inline_) ? spilled_.data() : inline_;
    for (size_t i = 0; i < n; ++i) {
      values_[i] = Value::Null();
      roots_.Add(&values_[i]);
    }
  }
  Value* data() { return values_; }

 private:
  vm::RootScope roots_;
  Value inline_[8];
  std::vector<Value> spilled_;
  Value* values_;
};

// _fields_compare(a, b, names, op, /): see dataclasses_module.h. This and
// the helpers below run for every generated method call, so they check
// their arguments by count (ParseArgs's general walk took a tenth of a
// dict probe's time through __hash__).
Value FieldsCompare(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "_fields_compare", 4, 4)) return Value::Null();
  const Value* argv = args.args;
  vm::TupleObject* names = FieldNamesArg(vm, argv[2], "_fields_compare");
  if (names == nullptr) return Value::Null();
  static constexpr std::string_view kOps[] = {"<", "<=", "==", "!=", ">", ">="};
  std::string_view op_text = vm::IsStr(argv[3]) ? vm::As<vm::StrObject>(argv[3])->view() : "";
  size_t op = std::find(std::begin(kOps), std::end(kOps), op_text) - std::begin(kOps);
  if (op == std::size(kOps)) {
    return vm.Raise(&vm::kValueErrorType, "_fields_compare() op must be a comparison operator");
  }
  size_t n = names->size;
  FieldValues values(vm, 2 * n);
  Value* a = values.data();
  Value* b = a + n;
  if (!ReadFields(vm, argv[0], names, a) || !ReadFields(vm, argv[1], names, b)) {
    return Value::Null();
  }
  // CPython's generated method compares two tuples with `==`..., one
  // PyObject_RichCompare step of its own before the fields' comparisons:
  // counted, so a chain of nested dataclasses stops at the same depth.
  vm::RecursiveCallGuard guard(vm, " in comparison");
  if (!guard.ok()) return Value::Null();
  return vm::ItemsRichCompare(vm, a, n, b, n, static_cast<vm::CompareOp>(op));
}

// _fields_hash(obj, names, /): see dataclasses_module.h.
Value FieldsHash(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "_fields_hash", 2, 2)) return Value::Null();
  const Value* argv = args.args;
  vm::TupleObject* names = FieldNamesArg(vm, argv[1], "_fields_hash");
  if (names == nullptr) return Value::Null();
  FieldValues values(vm, names->size);
  if (!ReadFields(vm, argv[0], names, values.data())) return Value::Null();
  // CPython's generated method calls the builtin hash() on a tuple: a
  // counted step while the fields' hashes run, so a chain of nested frozen
  // dataclasses stops at the same depth.
  vm::RecursiveCallGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::Null();
  int64_t h = vm::TupleHashItems(vm, values.data(), names->size);
  return h == -1 ? Value::Null() : vm::IntFromInt64(vm, h);
}

// The parts of a _run_init plan (see dataclasses_module.h), checked:
// a script can call the helper with anything. The plan tuple, held by the
// call's arguments, keeps every part alive.
struct InitPlan {
  vm::ListObject* progress;  // its item 0: the generated line reached
  vm::TupleObject* names;    // the parameters, positional ones first
  size_t positional;
  vm::TupleObject* defaults;  // one per parameter
  vm::TupleObject* stores;    // (name, parameter index or -1, factory, constant)
  bool frozen;
  Value missing;  // dataclasses.MISSING: no default
  Value marker;   // _HAS_DEFAULT_FACTORY: the factory runs when stored

  // Records the line for the Python caller's traceback entry; the list is
  // the caller's, so its size is checked each time.
  void Reached(int64_t line) const {
    if (progress->size > 0) progress->items[0] = Value::SmallInt(line);
  }
};

bool ReadInitPlan(Interp& vm, Value plan, InitPlan* out) {
  auto bad = [&vm]() {
    vm.Raise(&vm::kTypeErrorType, "_run_init() plan must come from dataclasses");
    return false;
  };
  if (!vm::HasType(plan, &vm::kTupleType) || vm::As<vm::TupleObject>(plan)->size != 8) {
    return bad();
  }
  Value* s = vm::As<vm::TupleObject>(plan)->items;
  if (!vm::HasType(s[0], &vm::kListType) || !vm::HasType(s[1], &vm::kTupleType) ||
      !s[2].is_small_int() || !vm::HasType(s[3], &vm::kTupleType) ||
      !vm::HasType(s[4], &vm::kTupleType) || !s[5].is_bool()) {
    return bad();
  }
  out->progress = vm::As<vm::ListObject>(s[0]);
  out->names = vm::As<vm::TupleObject>(s[1]);
  out->defaults = vm::As<vm::TupleObject>(s[3]);
  out->stores = vm::As<vm::TupleObject>(s[4]);
  out->frozen = s[5].is_true();
  out->missing = s[6];
  out->marker = s[7];
  int64_t positional = s[2].small_int();
  if (positional < 0 || static_cast<size_t>(positional) > out->names->size ||
      out->defaults->size != out->names->size) {
    return bad();
  }
  out->positional = static_cast<size_t>(positional);
  for (size_t i = 0; i < out->names->size; ++i) {
    if (!vm::HasType(out->names->items[i], &vm::kStrType)) return bad();
  }
  for (size_t i = 0; i < out->stores->size; ++i) {
    Value entry = out->stores->items[i];
    if (!vm::HasType(entry, &vm::kTupleType)) return bad();
    vm::TupleObject* e = vm::As<vm::TupleObject>(entry);
    const Value* field = e->items;  // (name, index, factory, constant)
    if (e->size != 4 || !vm::HasType(field[0], &vm::kStrType) || !field[1].is_small_int() ||
        field[1].small_int() < -1 ||
        field[1].small_int() >= static_cast<int64_t>(out->names->size)) {
      return bad();
    }
  }
  return true;
}

// The parameter of `plan` named by the keyword `key`, or -1.
int64_t ParameterIndex(const InitPlan& plan, Value key) {
  std::string_view text = vm::As<vm::StrObject>(key)->view();
  for (size_t i = 0; i < plan.names->size; ++i) {
    Value name = plan.names->items[i];
    if (name == key || vm::As<vm::StrObject>(name)->view() == text) {
      return static_cast<int64_t>(i);
    }
  }
  return -1;
}

// Binds `args` and `kwargs` to the plan's parameters as the generated
// __init__'s signature would, into `bound`. False when the call does not
// bind (too many arguments, an unknown, repeated or missing one): the
// Python path then raises CPython's error. Runs no Python code.
bool BindInitArguments(const InitPlan& plan, const Value* args, size_t nargs,
                       vm::DictObject* kwargs, Value* bound) {
  if (nargs > plan.positional) return false;
  for (size_t i = 0; i < nargs; ++i) bound[i] = args[i];
  size_t pos = 0;
  Value key, value;
  while (vm::DictNext(kwargs, &pos, &key, &value)) {
    if (!vm::HasType(key, &vm::kStrType)) return false;
    int64_t index = ParameterIndex(plan, key);
    if (index < 0 || static_cast<size_t>(index) < nargs) return false;
    bound[index] = value;
  }
  for (size_t i = 0; i < plan.names->size; ++i) {
    if (!bound[i].is_null()) continue;
    bound[i] = plan.defaults->items[i];
    if (bound[i] == plan.missing) return false;
  }
  return true;
}

// _run_init(args, kwargs, plan, /): see dataclasses_module.h.
Value RunInit(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "_run_init", 3, 3)) return Value::Null();
  const Value* argv = args.args;
  InitPlan plan;
  if (!ReadInitPlan(vm, argv[2], &plan)) return Value::Null();
  if (!vm::HasType(argv[0], &vm::kTupleType) || !vm::HasType(argv[1], &vm::kDictType) ||
      vm::As<vm::TupleObject>(argv[0])->size == 0) {
    return vm.Raise(&vm::kTypeErrorType, "_run_init() takes a non-empty tuple and a dict");
  }
  const vm::TupleObject* call_args = vm::As<vm::TupleObject>(argv[0]);
  const Value* items = call_args->items;
  Value self = items[0];
  // object.__setattr__ of a frozen class stores past the class's hook; on
  // anything but a class statement's instance the Python path says why not.
  if (plan.frozen && !vm::IsUserClass(vm::TypeOf(self))) return Value::False();
  FieldValues bound(vm, plan.names->size + 1);
  Value& made = bound.data()[plan.names->size];  // a factory's result
  if (!BindInitArguments(plan, items + 1, call_args->size - 1,
                         vm::As<vm::DictObject>(argv[1]), bound.data())) {
    return Value::False();
  }
  // CPython's generated text: one line per stored field from line 3. The
  // line is recorded when the run stops, after any nested __init__ a
  // factory ran has recorded its own.
  int64_t line = 3;
  auto stop = [&plan, &line]() {
    plan.Reached(line);
    return Value::Null();
  };
  for (size_t i = 0; i < plan.stores->size; ++i, ++line) {
    if (!vm::ChargeStep(vm, i)) return stop();
    // (name, parameter index or -1, factory or None, constant)
    const Value* store = vm::As<vm::TupleObject>(plan.stores->items[i])->items;
    int64_t index = store[1].small_int();
    Value factory = store[2];
    Value value = index >= 0 ? bound.data()[index] : store[3];
    if (!factory.is_none() && (index < 0 || value == plan.marker)) {
      made = vm.Call0(factory);
      if (made.is_null()) return stop();
      value = made;
    }
    vm::StrObject* name = vm::As<vm::StrObject>(store[0]);
    if (!name->interned && (name = vm.Intern(name->view())) == nullptr) return stop();
    int r = plan.frozen ? vm::InstanceGenericSetAttr(vm, self, name, value)
                        : vm::SetAttr(vm, self, name, value);
    if (r < 0) return stop();
  }
  return Value::True();
}

const vm::MethodDef kBaseSlotsDef = {"_base_slots", BaseSlots};
const vm::MethodDef kBaseFieldsDef = {"_base_fields", BaseFields};
const vm::MethodDef kRemakeClassDef = {"_remake_class", RemakeClassFn};
const vm::MethodDef kGeneratedFrameDef = {"_generated_frame", GeneratedFrame};
const vm::MethodDef kFieldsCompareDef = {"_fields_compare", FieldsCompare};
const vm::MethodDef kFieldsHashDef = {"_fields_hash", FieldsHash};
const vm::MethodDef kRunInitDef = {"_run_init", RunInit};

}  // namespace

bool InitDataclassesModule(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kBaseSlotsDef) &&
         vm::ModuleAddFunction(vm, module, &kBaseFieldsDef) &&
         vm::ModuleAddFunction(vm, module, &kRemakeClassDef) &&
         vm::ModuleAddFunction(vm, module, &kGeneratedFrameDef) &&
         vm::ModuleAddFunction(vm, module, &kFieldsCompareDef) &&
         vm::ModuleAddFunction(vm, module, &kFieldsHashDef) &&
         vm::ModuleAddFunction(vm, module, &kRunInitDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
