// Code objects, functions, cells, builtin functions and bound methods.
#include "vm/objects/function.h"

#include "vm/inline_cache.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "vm/args.h"
#include "vm/gc.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/sandbox_policy.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/dict.h"
#include "vm/objects/module.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

TypeObject kCodeType;
TypeObject kFunctionType;
TypeObject kCellType;
TypeObject kBuiltinFunctionType;
TypeObject kMethodDescriptorType;
TypeObject kGetSetDescriptorType;
TypeObject kTableSlotWrapperType;
TypeObject kTableMethodWrapperType;
TypeObject kMethodType;
TypeObject kBuiltinMethodStandInType;
TypeObject kBuiltinStandInType;

int32_t CodeObject::LineAt(size_t code_unit) const {
  if (code_unit >= data->lines.size()) return first_line;
  return data->lines[code_unit];
}

CellObject* NewCell(Interp& vm, Value v) {
  CellObject* c = vm.New<CellObject>(&kCellType);
  if (c != nullptr) c->value = v;
  return c;
}

namespace {
bool IsSlotWrapperName(const TypeObject* t, std::string_view name);
}  // namespace

BuiltinFunctionObject* NewBuiltinFunction(Interp& vm, const MethodDef* def, Value self,
                                          const char* owner) {
  BuiltinFunctionObject* f = vm.New<BuiltinFunctionObject>(&kBuiltinFunctionType);
  if (f == nullptr) return nullptr;
  f->def = def;
  f->self = self;
  f->owner = owner;
  return f;
}

bool IsBuiltinFunction(Value v) {
  if (!v.is_object()) return false;
  const TypeObject* t = v.object()->type;
  return t == &kBuiltinFunctionType || t == &kMethodDescriptorType ||
         t == &kGetSetDescriptorType || t == &kTableSlotWrapperType ||
         t == &kTableMethodWrapperType;
}

BuiltinFunctionObject* NewBoundBuiltinMethod(Interp& vm, const MethodDef* def, Value self,
                                             TypeObject* owner) {
  TypeObject* type = IsSlotWrapperName(owner, def->name) ? &kTableMethodWrapperType
                                                         : &kBuiltinFunctionType;
  BuiltinFunctionObject* f = vm.New<BuiltinFunctionObject>(type);
  if (f == nullptr) return nullptr;
  f->def = def;
  f->self = self;
  f->owner = owner->name;
  return f;
}

BuiltinFunctionObject* UnboundBuiltinMethod(Interp& vm, const MethodDef* def, TypeObject* owner) {
  auto& cache = vm.builtin_descriptors();
  auto it = cache.find({def, owner});
  if (it != cache.end()) return static_cast<BuiltinFunctionObject*>(it->second);
  TypeObject* type = def->kind == MethodKind::kGetter       ? &kGetSetDescriptorType
                     : IsSlotWrapperName(owner, def->name) ? &kTableSlotWrapperType
                                                           : &kMethodDescriptorType;
  BuiltinFunctionObject* f = vm.New<BuiltinFunctionObject>(type);
  if (f == nullptr) return nullptr;
  f->def = def;
  f->self = Value::Null();
  f->owner = owner->name;
  f->unbound_for = owner;
  cache[{def, owner}] = f;
  return f;
}

void MakeBuiltinStandIn(FunctionObject* f) { f->type = &kBuiltinStandInType; }

MethodObject* NewMethod(Interp& vm, Value function, Value self) {
  MethodObject* m = vm.New<MethodObject>(&kMethodType);
  if (m == nullptr) return nullptr;
  m->function = function;
  m->self = self;
  return m;
}

MethodObject* NewBuiltinMethodStandIn(Interp& vm, Value function, Value self) {
  MethodObject* m = NewMethod(vm, function, self);
  if (m != nullptr) m->type = &kBuiltinMethodStandInType;
  return m;
}

namespace {

void CodeTrace(Object* o, GcTracer& t) {
  CodeObject* c = static_cast<CodeObject*>(o);
  t.VisitPtr(c->consts);
  t.VisitPtr(c->names);
  t.VisitPtr(c->localsplus_names);
  t.VisitPtr(c->name);
  t.VisitPtr(c->qualname);
  t.VisitPtr(c->filename);
  t.VisitPtr(c->ctype_owner);
}

void CodeFinalize(Heap& heap, Object* o) {
  CodeObject* c = static_cast<CodeObject*>(o);
  if (c->data != nullptr) {
    heap.Uncharge(c->data_bytes);
    delete c->data;
    c->data = nullptr;
  }
}

Value CodeRepr(Interp& vm, Value self) {
  CodeObject* c = As<CodeObject>(self);
  return NewStrValue(vm, StrCat("<code object ", c->name->view(), ">"));
}

void FunctionTrace(Object* o, GcTracer& t) {
  FunctionObject* f = static_cast<FunctionObject*>(o);
  t.VisitPtr(f->code);
  t.VisitPtr(f->globals);
  t.VisitPtr(f->builtins);
  t.VisitPtr(f->name);
  t.VisitPtr(f->qualname);
  t.VisitPtr(f->defaults);
  t.VisitPtr(f->kwdefaults);
  t.VisitPtr(f->closure);
  t.Visit(f->doc);
  t.Visit(f->annotations);
  t.Visit(f->module);
  t.VisitPtr(f->dict);
}

Value FunctionRepr(Interp& vm, Value self) {
  FunctionObject* f = As<FunctionObject>(self);
  return ReprWithAddress(vm, StrCat("<function ", f->qualname->view()), self);
}

Value FunctionCall(Interp& vm, Value callable, CallArgs args) {
  return CallPythonFunction(vm, As<FunctionObject>(callable), args);
}

Value FunctionGetName(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(As<FunctionObject>(self)->name);
}
Value FunctionGetQualname(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(As<FunctionObject>(self)->qualname);
}
Value FunctionGetDoc(Interp& vm, Value self, CallArgs) {
  Value d = As<FunctionObject>(self)->doc;
  return d.is_null() ? Value::None() : d;
}
Value FunctionGetModule(Interp& vm, Value self, CallArgs) {
  Value m = As<FunctionObject>(self)->module;
  return m.is_null() ? Value::None() : m;
}

// A C-type stand-in's method (kCodeFlagCTypeMethod) shows none of the
// getters below, as a C method has none: Null with AttributeError.
bool HiddenCTypeMethodAttribute(Interp& vm, Value self, const char* name) {
  if ((As<FunctionObject>(self)->code->flags & kCodeFlagCTypeMethod) == 0) return false;
  vm.RaiseFormat(&kAttributeErrorType, "'function' object has no attribute '%s'", name);
  return true;
}

// Defaults are values the script itself supplied (or a moat module's
// function CPython also has in Python): safe to show.
Value FunctionGetDefaults(Interp& vm, Value self, CallArgs) {
  if (HiddenCTypeMethodAttribute(vm, self, "__defaults__")) return Value::Null();
  TupleObject* d = As<FunctionObject>(self)->defaults;
  return d ? Value::FromObject(d) : Value::None();
}
Value FunctionGetKwdefaults(Interp& vm, Value self, CallArgs) {
  if (HiddenCTypeMethodAttribute(vm, self, "__kwdefaults__")) return Value::Null();
  DictObject* d = As<FunctionObject>(self)->kwdefaults;
  return d ? Value::FromObject(d) : Value::None();
}

DictObject* FunctionDict(Interp& vm, FunctionObject* f) {
  if (f->dict == nullptr) f->dict = NewDict(vm);
  return f->dict;
}
Value FunctionGetDict(Interp& vm, Value self, CallArgs) {
  if (HiddenCTypeMethodAttribute(vm, self, "__dict__")) return Value::Null();
  DictObject* d = FunctionDict(vm, As<FunctionObject>(self));
  return d ? Value::FromObject(d) : Value::Null();
}

// func_get_annotations: the dict, made from MAKE_FUNCTION's flat tuple of
// (name, value) pairs, or a new empty one, on first read.
Value FunctionGetAnnotations(Interp& vm, Value self, CallArgs) {
  if (HiddenCTypeMethodAttribute(vm, self, "__annotations__")) return Value::Null();
  FunctionObject* f = As<FunctionObject>(self);
  if (IsDict(f->annotations)) return f->annotations;
  DictObject* d = NewDict(vm);
  if (d == nullptr) return Value::Null();
  Value dv = Value::FromObject(d);
  if (IsTuple(f->annotations)) {
    TupleObject* t = As<TupleObject>(f->annotations);
    for (size_t i = 0; i + 1 < t->size; i += 2) {
      if (DictSet(vm, d, t->items[i], t->items[i + 1]) < 0) return Value::Null();
    }
  }
  f->annotations = dv;
  return dv;
}

// Attributes CPython's functions have that moat refuses (see function.h).
bool IsRefusedFunctionAttribute(std::string_view name) {
  return name == "__code__" || name == "__globals__" || name == "__closure__" ||
         name == "__builtins__";
}

// Dunder attributes of CPython's function type that moat does not provide
// (reading one gives the sandbox's refusal, not "no attribute").
bool IsCPythonFunctionDunder(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "__call__", "__class__", "__delattr__", "__dir__", "__eq__", "__format__", "__ge__",
      "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
      "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__",
      "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
  };
  for (std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

bool IsDunderName(std::string_view n) {
  return n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__";
}

// PyObject_GenericGetAttr for functions: the type's attributes (data
// descriptors: the getters above) first, then the instance dict, then the
// type's methods.
Value FunctionGetAttr(Interp& vm, Value self, StrObject* name) {
  std::string_view n = name->view();
  if (IsRefusedFunctionAttribute(n)) {
    return vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
  }
  const MethodDef* m = FindMethod(&kFunctionType, n);
  if (m != nullptr && m->kind == MethodKind::kGetter) return m->fn(vm, self, CallArgs{});
  FunctionObject* f = As<FunctionObject>(self);
  if (f->dict != nullptr) {
    Value v = DictGetStr(vm, f->dict, name);
    if (!v.is_null()) return v;
  }
  Value v = GenericGetAttr(vm, self, name);
  if (!v.is_null() || vm.HasException()) return v;
  // Missing. A dunder CPython has is refused by the caller's message; any
  // other name (including dunders like __wrapped__) simply is not set.
  if (IsDunderName(n) && IsCPythonFunctionDunder(n)) return Value::Null();
  return vm.RaiseFormat(&kAttributeErrorType, "'function' object has no attribute '%s'",
                        std::string(n));
}

// func_set_* and the generic instance-dict store; `value` Null deletes.
int FunctionSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  FunctionObject* f = As<FunctionObject>(self);
  std::string_view n = name->view();
  if (IsRefusedFunctionAttribute(n)) {
    vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
    return -1;
  }
  if ((f->code->flags & kCodeFlagCTypeMethod) != 0) {
    // A C method's attributes are read-only (CPython's method_descriptor).
    if (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__") {
      vm.RaiseFormat(&kAttributeErrorType, "attribute '%s' of 'function' objects is not writable",
                     std::string(n));
    } else {
      vm.RaiseFormat(&kAttributeErrorType, "'function' object has no attribute '%s'",
                     std::string(n));
    }
    return -1;
  }
  if (n == "__name__" || n == "__qualname__") {
    if (value.is_null() || !IsStr(value)) {
      vm.RaiseFormat(&kTypeErrorType, "%s must be set to a string object", std::string(n));
      return -1;
    }
    (n == "__name__" ? f->name : f->qualname) = As<StrObject>(value);
    return 0;
  }
  if (n == "__doc__") {
    f->doc = value;
    return 0;
  }
  if (n == "__module__") {
    f->module = value;
    return 0;
  }
  if (n == "__defaults__") {
    if (value.is_null() || value.is_none()) {
      f->defaults = nullptr;
    } else if (IsTuple(value)) {
      f->defaults = As<TupleObject>(value);
    } else {
      vm.RaiseTypeError("__defaults__ must be set to a tuple object");
      return -1;
    }
    return 0;
  }
  if (n == "__kwdefaults__") {
    if (value.is_null() || value.is_none()) {
      f->kwdefaults = nullptr;
    } else if (IsDict(value)) {
      f->kwdefaults = As<DictObject>(value);
    } else {
      vm.RaiseTypeError("__kwdefaults__ must be set to a dict object");
      return -1;
    }
    return 0;
  }
  if (n == "__annotations__") {
    if (value.is_null() || value.is_none()) {
      f->annotations = Value::None();
    } else if (IsDict(value)) {
      f->annotations = value;
    } else {
      vm.RaiseTypeError("__annotations__ must be set to a dict object");
      return -1;
    }
    return 0;
  }
  if (n == "__dict__") return AssignGenericDict(vm, &f->dict, value);
  if (n == "__class__") {
    vm.RaiseTypeError(
        "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (value.is_null()) {
    int r = f->dict == nullptr ? 0 : DictDel(vm, f->dict, Value::FromObject(name));
    if (r < 0) return -1;
    if (r == 0) {
      vm.RaiseFormat(&kAttributeErrorType, "'function' object has no attribute '%s'",
                     std::string(n));
      return -1;
    }
    return 0;
  }
  DictObject* d = FunctionDict(vm, f);
  if (d == nullptr) return -1;
  return DictSet(vm, d, Value::FromObject(name), value);
}

const MethodDef kFunctionMethods[] = {
    {"__defaults__", FunctionGetDefaults, MethodKind::kGetter},
    {"__kwdefaults__", FunctionGetKwdefaults, MethodKind::kGetter},
    {"__name__", FunctionGetName, MethodKind::kGetter},
    {"__qualname__", FunctionGetQualname, MethodKind::kGetter},
    {"__doc__", FunctionGetDoc, MethodKind::kGetter},
    {"__module__", FunctionGetModule, MethodKind::kGetter},
    {"__dict__", FunctionGetDict, MethodKind::kGetter},
    {"__annotations__", FunctionGetAnnotations, MethodKind::kGetter},
    {"__get__", DescriptorGetMethod},
    {nullptr, nullptr},
};

// A built-in stand-in shows what CPython's C function shows
// (meth_repr: the bare name, whatever the qualified name).
Value BuiltinStandInRepr(Interp& vm, Value self) {
  return NewStrValue(vm, StrCat("<built-in function ", As<FunctionObject>(self)->name->view(), ">"));
}

// A built-in function's attributes (CPython's meth_getsets and
// meth_members), none of them writable; no __get__, so no binding.
const MethodDef kBuiltinStandInMethods[] = {
    {"__name__", FunctionGetName, MethodKind::kGetter},
    {"__qualname__", FunctionGetQualname, MethodKind::kGetter},
    {"__doc__", FunctionGetDoc, MethodKind::kGetter},
    {"__module__", FunctionGetModule, MethodKind::kGetter},
    {nullptr, nullptr},
};

void CellTrace(Object* o, GcTracer& t) { t.Visit(static_cast<CellObject*>(o)->value); }

void BuiltinTrace(Object* o, GcTracer& t) {
  BuiltinFunctionObject* f = static_cast<BuiltinFunctionObject*>(o);
  t.Visit(f->self);
  // A user class's '__dict__' / '__weakref__' descriptor keeps its class.
  if (f->unbound_for != nullptr && IsUserClass(f->unbound_for)) {
    t.Visit(static_cast<Object*>(f->unbound_for));
  }
}

Value BuiltinRepr(Interp& vm, Value self) {
  BuiltinFunctionObject* f = As<BuiltinFunctionObject>(self);
  if (f->unbound_for != nullptr) {
    // A method or attribute taken from its type (`str.upper`, `float.real`):
    // CPython's method_descriptor and getset_descriptor reprs.
    const char* what = f->def->kind == MethodKind::kGetter ? "<attribute '"
                       : HasType(self, &kTableSlotWrapperType) ? "<slot wrapper '"
                                                               : "<method '";
    return NewStrValue(vm,
                       StrCat(what, f->def->name, "' of '", f->unbound_for->name, "' objects>"));
  }
  if (f->self.is_null() || (f->self.is_object() && f->self.object()->type->name &&
                            std::string_view(f->self.object()->type->name) == "module")) {
    return NewStrValue(vm, StrCat("<built-in function ", f->def->name, ">"));
  }
  std::string text = HasType(self, &kTableMethodWrapperType)
                         ? StrCat("<method-wrapper '", f->def->name, "' of ")
                         : StrCat("<built-in method ", f->def->name, " of ");
  StrAppend(&text, TypeOf(f->self)->name, " object");
  return ReprWithAddress(vm, std::move(text), f->self);
}

// Whether CPython exposes `name` of built-in type `t` as a slot wrapper
// (wrapper_descriptor, from typeobject.c's slotdefs) rather than as a
// method_descriptor: the operator and protocol dunders, except the few a
// type also lists in its method table (METH_COEXIST: list.__getitem__,
// dict.__getitem__ and __contains__, set's and frozenset's __contains__).
bool IsSlotWrapperName(const TypeObject* t, std::string_view name) {
  static constexpr std::string_view kSlots[] = {
      "__repr__", "__hash__", "__call__", "__str__", "__lt__", "__le__", "__eq__", "__ne__",
      "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__",
      "__init__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
      "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__",
      "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__",
      "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__",
      "__ror__", "__int__", "__float__", "__iadd__", "__isub__", "__imul__", "__imod__",
      "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
      "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__",
      "__itruediv__", "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__",
      "__getitem__", "__setitem__", "__delitem__", "__contains__", "__await__", "__aiter__",
      "__anext__"};
  // Bound methods are made on every `obj.method` that is not called at
  // once, so the common case (not a dunder) must not scan the table.
  if (name.size() < 5 || name[0] != '_' || name[1] != '_') return false;
  if (std::find(std::begin(kSlots), std::end(kSlots), name) == std::end(kSlots)) return false;
  std::string_view type_name = t->name;
  if (name == "__getitem__") return type_name != "list" && type_name != "dict";
  if (name == "__contains__") {
    return type_name != "dict" && type_name != "set" && type_name != "frozenset";
  }
  return true;
}

// The type meth_get__qualname__ names for a built-in bound to a receiver:
// a class receiver itself, else the receiver's type. Null for a function
// without a receiver or bound to a module, and for a method descriptor.
TypeObject* BoundReceiverType(const BuiltinFunctionObject* f) {
  if (f->unbound_for != nullptr || f->self.is_null() || HasType(f->self, &kModuleType)) {
    return nullptr;
  }
  return IsType(f->self) ? As<TypeObject>(f->self) : TypeOf(f->self);
}

Value BuiltinGetName(Interp& vm, Value self, CallArgs) {
  return NewStrValue(vm, As<BuiltinFunctionObject>(self)->def->name);
}

// "str.upper" for a type's method, bound or not; the bare name for a
// module's function (CPython meth_get__qualname__).
Value BuiltinGetQualname(Interp& vm, Value self, CallArgs) {
  BuiltinFunctionObject* f = As<BuiltinFunctionObject>(self);
  if (f->unbound_for != nullptr && IsUserClass(f->unbound_for)) {
    // descr_get_qualname: the class's __qualname__ ("Outer.A.__dict__").
    return NewStrValue(
        vm, StrCat(static_cast<ClassObject*>(f->unbound_for)->qualname->view(), ".", f->def->name));
  }
  // A method bound to an object or a class names the receiver's type (a
  // class receiver itself): `True.bit_length` is "bool.bit_length".
  if (TypeObject* receiver = BoundReceiverType(f)) {
    return NewStrValue(vm, StrCat(TypeQualName(receiver), ".", f->def->name));
  }
  if (f->owner == nullptr) return NewStrValue(vm, f->def->name);
  return NewStrValue(vm, StrCat(f->owner, ".", f->def->name));
}

// CPython's m_module: the module a function was defined in ('builtins' for
// the builtins, which moat creates without a module), None for a method
// bound to an object or a type; a method taken from its type is a
// method_descriptor (or getset_descriptor), which has no __module__.
Value BuiltinGetModule(Interp& vm, Value self, CallArgs) {
  BuiltinFunctionObject* f = As<BuiltinFunctionObject>(self);
  if (f->unbound_for != nullptr) {
    return vm.RaiseFormat(
        &kAttributeErrorType, "'%s' object has no attribute '__module__'",
        f->def->kind == MethodKind::kGetter ? "getset_descriptor" : "method_descriptor");
  }
  if (f->self.is_null() && f->owner == nullptr) return NewStrValue(vm, "builtins");
  if (HasType(f->self, &kModuleType)) return Value::FromObject(As<ModuleObject>(f->self)->name);
  return Value::None();
}

// moat carries no docstrings for its native functions (CPython's are its
// own prose): None, as for the built-in types, so `f.__doc__ or ""` works.
Value BuiltinGetDoc(Interp&, Value, CallArgs) { return Value::None(); }

const MethodDef kBuiltinMethods[] = {
    {"__name__", BuiltinGetName, MethodKind::kGetter},
    {"__qualname__", BuiltinGetQualname, MethodKind::kGetter},
    {"__module__", BuiltinGetModule, MethodKind::kGetter},
    {"__doc__", BuiltinGetDoc, MethodKind::kGetter},
    {nullptr, nullptr},
};

Value GetSetDescriptorSetMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "wrapper __set__") ||
      !CheckPositionalCount(vm, args, "", 2, 2)) {
    return Value::Null();
  }
  BuiltinFunctionObject* d = As<BuiltinFunctionObject>(self);
  return GetSetDescriptorSet(vm, d, args.args[0], args.args[1]) < 0 ? Value::Null()
                                                                    : Value::None();
}

Value GetSetDescriptorDeleteMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "wrapper __delete__")) return Value::Null();
  if (args.nargs != 1) {
    return vm.RaiseFormat(&kTypeErrorType, "expected 1 argument, got %d", args.nargs);
  }
  BuiltinFunctionObject* d = As<BuiltinFunctionObject>(self);
  return GetSetDescriptorSet(vm, d, args.args[0], Value::Null()) < 0 ? Value::Null()
                                                                     : Value::None();
}

// getset_descriptor: the attributes of every built-in callable, and the
// descriptor protocol (wrap_descr_get, wrap_descr_set, wrap_descr_delete).
const MethodDef kGetSetDescriptorMethods[] = {
    {"__name__", BuiltinGetName, MethodKind::kGetter},
    {"__qualname__", BuiltinGetQualname, MethodKind::kGetter},
    {"__module__", BuiltinGetModule, MethodKind::kGetter},
    {"__doc__", BuiltinGetDoc, MethodKind::kGetter},
    {"__get__", DescriptorGetMethod},
    {"__set__", GetSetDescriptorSetMethod},
    {"__delete__", GetSetDescriptorDeleteMethod},
    {nullptr, nullptr},
};

void MethodTrace(Object* o, GcTracer& t) {
  MethodObject* m = static_cast<MethodObject*>(o);
  t.Visit(m->function);
  t.Visit(m->self);
}

Value MethodCall(Interp& vm, Value callable, CallArgs args) {
  MethodObject* m = As<MethodObject>(callable);
  // A method may be bound to any callable, another method included
  // (classmethod(f).__get__ of a chain): the call recurses in C++.
  NativeDepthGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::Null();
  size_t total = args.nargs + args.nkwargs();
  // Small calls use a stack buffer; the values stay reachable from `m` and
  // the caller's stack.
  Value local[8];
  Value* buf = local;
  std::vector<Value> heap_buf;
  if (total + 1 > 8) {
    heap_buf.resize(total + 1);
    buf = heap_buf.data();
  }
  buf[0] = m->self;
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args.args[i];
  RootScope roots(vm);
  for (size_t i = 0; i <= total; ++i) roots.Add(&buf[i]);
  return vm.Call(m->function, CallArgs{buf, args.nargs + 1, args.kwnames});
}

// method_getattro: __func__, then the function's own attributes (a bound
// method reads as its function: __name__, __doc__, f.attr...). __self__
// stays refused, as it is for builtin methods.
Value MethodGetAttr(Interp& vm, Value self, StrObject* name) {
  MethodObject* m = As<MethodObject>(self);
  std::string_view n = name->view();
  if (n == "__func__") return m->function;
  if (n == "__self__") return vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
  // method_get_doc: the function's docstring, never the method type's own.
  if (n != "__doc__") {
    Value v = GenericGetAttr(vm, self, name);
    if (!v.is_null() || vm.HasException()) return v;
  }
  // The function may itself be a method: a chain recurses in C++.
  NativeDepthGuard guard(vm, "");
  if (!guard.ok()) return Value::Null();
  return GetAttr(vm, m->function, name);
}

// Bound methods take no attributes (they would be lost on the next binding).
int MethodSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  std::string_view n = name->view();
  if (n == "__func__" || n == "__self__") {
    vm.Raise(&kAttributeErrorType, "readonly attribute");
    return -1;
  }
  if (n == "__doc__") {  // a getset without a setter (method_getset)
    vm.Raise(&kAttributeErrorType, "attribute '__doc__' of 'method' objects is not writable");
    return -1;
  }
  vm.RaiseFormat(&kAttributeErrorType, "'method' object has no attribute '%s'", std::string(n));
  return -1;
}

// Bound methods are equal when they bind the same object to equal
// functions (CPython method_richcompare: `self` by identity).
Value MethodCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || TypeOf(b) != TypeOf(a)) {
    return Value::NotImplemented();
  }
  MethodObject* x = As<MethodObject>(a);
  MethodObject* y = As<MethodObject>(b);
  int eq = 0;
  if (x->self.Is(y->self)) {
    eq = Equals(vm, x->function, y->function);
    if (eq < 0) return Value::Null();
  }
  return Value::Bool(op == CompareOp::kEq ? eq != 0 : eq == 0);
}

int64_t MethodHash(Interp& vm, Value self) {
  MethodObject* m = As<MethodObject>(self);
  NativeDepthGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return -1;
  int64_t h = Hash(vm, m->function);
  if (h == -1) return -1;
  // The bound object is hashed by identity, as in CPython.
  int64_t self_hash = IdentityHash(vm, m->self);
  if (self_hash == -1) return -1;
  int64_t r = h ^ self_hash;
  return r == -1 ? -2 : r;
}

// A stand-in's bound class method (kBuiltinMethodStandInType) reads as
// CPython's bound C method (meth_getsets, meth_members).
Value BuiltinMethodStandInGetAttr(Interp& vm, Value self, StrObject* name) {
  MethodObject* m = As<MethodObject>(self);
  std::string_view n = name->view();
  if (n == "__self__") return vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
  if (n == "__module__" || n == "__text_signature__") return Value::None();
  if (n == "__name__" || n == "__doc__") return GetAttr(vm, m->function, name);
  if (n == "__qualname__") {
    // meth_get__qualname__: the receiver's type (a class receiver itself)
    // and the method's name.
    Value owner = IsType(m->self) ? m->self : Value::FromObject(TypeOf(m->self));
    Value owner_name = GetAttr(vm, owner, vm.Intern("__qualname__"));
    if (owner_name.is_null()) return owner_name;
    RootScope roots(vm);
    roots.Add(&owner_name);
    Value method_name = GetAttr(vm, m->function, vm.Intern("__name__"));
    if (method_name.is_null()) return method_name;
    if (!IsStr(owner_name) || !IsStr(method_name)) return vm.RaiseTypeError("bad qualname");
    return NewStrValue(vm, StrCat(As<StrObject>(owner_name)->view(), ".",
                                  As<StrObject>(method_name)->view()));
  }
  return GenericGetAttr(vm, self, name);
}

int BuiltinMethodStandInSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  std::string_view n = name->view();
  if (n == "__name__" || n == "__qualname__" || n == "__doc__" || n == "__module__" ||
      n == "__text_signature__" || n == "__self__") {
    vm.RaiseFormat(&kAttributeErrorType,
                   "attribute '%s' of 'builtin_function_or_method' objects is not writable",
                   std::string(n));
    return -1;
  }
  vm.RaiseFormat(&kAttributeErrorType,
                 "'builtin_function_or_method' object has no attribute '%s'", std::string(n));
  return -1;
}

Value BuiltinMethodStandInRepr(Interp& vm, Value self) {
  MethodObject* m = As<MethodObject>(self);
  Value name = GetAttr(vm, m->function, vm.Intern("__name__"));
  if (name.is_null()) return name;
  std::string_view shown = IsStr(name) ? As<StrObject>(name)->view() : std::string_view("?");
  return ReprWithAddress(
      vm, StrCat("<built-in method ", shown, " of ", TypeOf(m->self)->name, " object"), m->self);
}

// meth_richcompare/meth_hash: a built-in method taken twice (`x.append`,
// `str.upper`) is two objects that compare equal, as CPython's do: the
// same method of the same receiver (compared by identity).
Value BuiltinCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !IsBuiltinFunction(b)) {
    return Value::NotImplemented();
  }
  auto* x = As<BuiltinFunctionObject>(a);
  auto* y = As<BuiltinFunctionObject>(b);
  bool eq = x->def == y->def && x->self.Is(y->self) && x->unbound_for == y->unbound_for;
  return Value::Bool(op == CompareOp::kEq ? eq : !eq);
}

int64_t BuiltinHash(Interp& vm, Value self) {
  auto* f = As<BuiltinFunctionObject>(self);
  // The method's name, not its table's address: the same on every run.
  int64_t h = static_cast<int64_t>(std::hash<std::string_view>{}(f->def->name) >> 1);
  if (!f->self.is_null()) {
    int64_t self_hash = IdentityHash(vm, f->self);
    if (self_hash == -1) return -1;
    h ^= self_hash;
  }
  return h == -1 ? -2 : h;
}

Value MethodRepr(Interp& vm, Value self) {
  MethodObject* m = As<MethodObject>(self);
  std::string out = "<bound method ";
  if (HasType(m->function, &kFunctionType)) {
    StrAppend(&out, As<FunctionObject>(m->function)->qualname->view());
  } else {
    // Another callable (a functools._lru_cache_wrapper): its __qualname__,
    // else its __name__, else "?", as method_repr reads them.
    Value name = GetAttrOptional(vm, m->function, vm.Intern("__qualname__"));
    if (name.is_null() && !vm.HasException()) {
      name = GetAttrOptional(vm, m->function, vm.Intern("__name__"));
    }
    if (vm.HasException()) return Value::Null();
    StrAppend(&out, IsStr(name) ? As<StrObject>(name)->view() : std::string_view("?"));
  }
  // CPython's method_repr: repr() of the receiver (which shows no address
  // in moat).
  Value self_repr = Repr(vm, m->self);
  if (self_repr.is_null()) return self_repr;
  StrAppend(&out, " of ", As<StrObject>(self_repr)->view(), ">");
  return NewStrValue(vm, out);
}

}  // namespace

Value BuiltinCall(Interp& vm, Value callable, CallArgs args) {
  BuiltinFunctionObject* f = As<BuiltinFunctionObject>(callable);
  if (f->def->counted) {
    // One recursion step (MethodDef::counted), then the same call.
    RecursiveCallGuard guard(vm, " while calling a Python object");
    if (!guard.ok()) return Value::Null();
    return BuiltinCallUncounted(vm, f, args);
  }
  return BuiltinCallUncounted(vm, f, args);
}

Value BuiltinCallUncounted(Interp& vm, BuiltinFunctionObject* f, CallArgs args) {
  if (f->unbound_for != nullptr) {
    if (args.nargs == 0) {
      bool wrapper = IsSlotWrapperName(f->unbound_for, f->def->name);
      // wrapperdescr_call's and method_vectorcall's texts.
      if (wrapper) {
        return vm.RaiseFormat(&kTypeErrorType, "descriptor '%s' of '%s' object needs an argument",
                              f->def->name, f->unbound_for->name);
      }
      // _PyObject_FunctionStr: the method's qualified name, whose type
      // part is the type's name without its module.
      std::string_view type_name = f->unbound_for->name;
      type_name = type_name.substr(type_name.rfind('.') + 1);
      return vm.RaiseFormat(&kTypeErrorType, "unbound method %s.%s() needs an argument",
                            std::string(type_name), f->def->name);
    }
    Value self = args.args[0];
    if (!IsSubtype(TypeOf(self), f->unbound_for)) {
      if (IsSlotWrapperName(f->unbound_for, f->def->name)) {
        return vm.RaiseFormat(&kTypeErrorType,
                              "descriptor '%s' requires a '%s' object but received a '%s'",
                              f->def->name, f->unbound_for->name, TypeOf(self)->name);
      }
      return vm.RaiseFormat(&kTypeErrorType,
                            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                            f->def->name, f->unbound_for->name, TypeOf(self)->name);
    }
    return f->def->fn(vm, self, CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
  }
  if (f->def->varargs && args.nkwargs() != 0) {
    return vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", f->def->name);
  }
  return f->def->fn(vm, f->self, args);
}

void MarkCTypeSelf(FunctionObject* f, TypeObject* owner) {
  CodeObject* code = f->code;
  if ((code->flags & kCodeFlagCTypeSelf) != 0) {
    TypeObject* marked = code->ctype_owner;
    if (marked == nullptr || IsSubtype(owner, marked)) return;
    if (!IsSubtype(marked, owner)) {
      code->flags &= ~kCodeFlagCTypeSelf;
      code->ctype_owner = nullptr;
      return;
    }
  }
  code->flags |= kCodeFlagCTypeSelf;
  code->ctype_owner = owner;
}

bool CheckCTypeSelf(Interp& vm, const FunctionObject* f, const Value* args, size_t nargs) {
  const TypeObject* owner = f->code->ctype_owner;
  if (owner == nullptr) return true;
  if (nargs != 0 && IsSubtype(TypeOf(args[0]), owner)) return true;
  std::string name(f->name->view());
  // descrobject.c's texts: wrapperdescr_call's for a slot wrapper,
  // method_check_args' for a method descriptor (which names the method by
  // its qualified name).
  if (IsSlotWrapperName(owner, name)) {
    if (nargs == 0) {
      vm.RaiseFormat(&kTypeErrorType, "descriptor '%s' of '%s' object needs an argument",
                     name, owner->name);
    } else {
      vm.RaiseFormat(&kTypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'",
                     name, owner->name, TypeOf(args[0])->name);
    }
  } else if (nargs == 0) {
    vm.RaiseFormat(&kTypeErrorType, "unbound method %s() needs an argument",
                   std::string(f->qualname->view()));
  } else {
    vm.RaiseFormat(&kTypeErrorType,
                   "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                   owner->name, TypeOf(args[0])->name);
  }
  return false;
}

Value CallCTypeSlot(Interp& vm, Value callable, CallArgs args) {
  if (!HasType(callable, &kFunctionType)) return vm.Call(callable, args);
  return CallPythonFunction(vm, As<FunctionObject>(callable), args, CTypeSelfCheck::kSkip);
}

void InitFunctionTypes() {
  InitStaticType(&kCodeType, "code", &kObjectType);
  kCodeType.trace = CodeTrace;
  kCodeType.finalize = CodeFinalize;
  kCodeType.repr = CodeRepr;

  InitStaticType(&kFunctionType, "function", &kObjectType);
  kFunctionType.trace = FunctionTrace;
  kFunctionType.repr = FunctionRepr;
  kFunctionType.call = FunctionCall;
  kFunctionType.methods = kFunctionMethods;
  kFunctionType.getattr = FunctionGetAttr;
  kFunctionType.setattr = FunctionSetAttr;

  InitStaticType(&kBuiltinStandInType, "builtin_function_or_method", &kObjectType);
  kBuiltinStandInType.trace = FunctionTrace;
  kBuiltinStandInType.repr = BuiltinStandInRepr;
  kBuiltinStandInType.call = FunctionCall;
  kBuiltinStandInType.methods = kBuiltinStandInMethods;

  InitStaticType(&kCellType, "cell", &kObjectType);
  kCellType.trace = CellTrace;

  // One layout, three names: a function or bound method, and a method or
  // getter read from its type.
  for (auto [type, name] : {std::pair{&kBuiltinFunctionType, "builtin_function_or_method"},
                            std::pair{&kMethodDescriptorType, "method_descriptor"},
                            std::pair{&kGetSetDescriptorType, "getset_descriptor"},
                            std::pair{&kTableSlotWrapperType, "wrapper_descriptor"},
                            std::pair{&kTableMethodWrapperType, "method-wrapper"}}) {
    InitStaticType(type, name, &kObjectType);
    type->trace = BuiltinTrace;
    type->repr = BuiltinRepr;
    type->call = BuiltinCall;
    type->richcompare = BuiltinCompare;
    type->hash = BuiltinHash;
    type->methods = kBuiltinMethods;
  }
  // A getter read from its type is a descriptor only (`int.real.__get__(5)`),
  // as CPython's getset_descriptor, which has no tp_call.
  kGetSetDescriptorType.call = nullptr;
  kGetSetDescriptorType.methods = kGetSetDescriptorMethods;

  InitStaticType(&kMethodType, "method", &kObjectType);
  kMethodType.trace = MethodTrace;
  kMethodType.call = MethodCall;
  kMethodType.repr = MethodRepr;
  kMethodType.richcompare = MethodCompare;
  kMethodType.hash = MethodHash;
  kMethodType.getattr = MethodGetAttr;
  kMethodType.setattr = MethodSetAttr;

  InitStaticType(&kBuiltinMethodStandInType, "builtin_function_or_method", &kObjectType);
  kBuiltinMethodStandInType.trace = MethodTrace;
  kBuiltinMethodStandInType.call = MethodCall;
  kBuiltinMethodStandInType.repr = BuiltinMethodStandInRepr;
  kBuiltinMethodStandInType.richcompare = MethodCompare;
  kBuiltinMethodStandInType.hash = MethodHash;
  kBuiltinMethodStandInType.getattr = BuiltinMethodStandInGetAttr;
  kBuiltinMethodStandInType.setattr = BuiltinMethodStandInSetAttr;
}

}  // namespace moat::vm
