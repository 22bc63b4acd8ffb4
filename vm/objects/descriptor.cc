// property, classmethod, staticmethod, super.
#include "vm/objects/descriptor.h"

#include <string>

#include "moat/code_image.h"
#include "vm/args.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/sandbox_policy.h"

namespace moat::vm {

TypeObject kPropertyType;
TypeObject kClassMethodType;
TypeObject kStaticMethodType;
TypeObject kSuperType;

TypeObject* BuiltinDescriptorKind(TypeObject* t) {
  return IsUserClass(t) ? static_cast<ClassObject*>(t)->builtin_base : t;
}

namespace {

// "property 'x' " when the property knows its name (from __set_name__,
// when it was assigned in a class body), else "property ", as CPython words
// its missing getter/setter/deleter errors.
std::string PropertyLabel(PropertyObject* p) {
  return p->name != nullptr ? StrCat("property '", p->name->view(), "' ") : "property ";
}

}  // namespace

Value PropertyGet(Interp& vm, PropertyObject* p, Value instance) {
  if (p->fget.is_none()) {
    return vm.RaiseFormat(&kAttributeErrorType, "%sof '%s' object has no getter",
                          PropertyLabel(p), TypeQualName(TypeOf(instance)));
  }
  return vm.Call1(p->fget, instance);
}

int PropertySet(Interp& vm, PropertyObject* p, Value instance, Value value) {
  Value fn = value.is_null() ? p->fdel : p->fset;
  if (fn.is_none()) {
    vm.RaiseFormat(&kAttributeErrorType, "%sof '%s' object has no %s",
                   PropertyLabel(p), TypeQualName(TypeOf(instance)),
                   value.is_null() ? "deleter" : "setter");
    return -1;
  }
  Value r = value.is_null() ? vm.Call1(fn, instance) : vm.Call2(fn, instance, value);
  return r.is_null() ? -1 : 0;
}

namespace {

Value OrNone(Value v) { return v.is_null() ? Value::None() : v; }

// property.__new__ (PyType_GenericNew): every accessor None; the arguments
// are __init__'s.
Value PropertyNew(Interp& vm, TypeObject* subtype, CallArgs) {
  PropertyObject* p = NewInstance<PropertyObject>(vm, subtype);
  if (p == nullptr) return Value::Null();
  p->fget = p->fset = p->fdel = p->doc = Value::None();
  return Value::FromObject(p);
}

// fget.__doc__, as _PyObject_LookupAttr gives it: Null without an
// exception when fget has none. A bound method's is its function's, found
// by a loop, so a chain of methods wrapping methods does not recurse. May
// run Python code.
Value GetterDoc(Interp& vm, Value fget) {
  while (HasType(fget, &kMethodType)) {
    if (!vm.ChargeWork(1)) return Value::Null();
    fget = As<MethodObject>(fget)->function;
  }
  if (HasType(fget, &kFunctionType)) return As<FunctionObject>(fget)->doc;
  return GetAttrOptional(vm, fget, vm.Intern("__doc__"));
}

// property.__init__(fget=None, fset=None, fdel=None, doc=None), CPython
// 3.11's property_init_impl: without a doc, the getter's __doc__ becomes the
// doc; a subclass instance gets it in its instance dict instead, where the
// subclass's own `__doc__` does not shadow it. May run Python code.
int PropertyInit(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("property(fget=None, fset=None, fdel=None, doc=None)");
  Value out[4];
  if (!ParseArgs(vm, kSpec, args, out)) return -1;
  PropertyObject* p = As<PropertyObject>(self);
  p->fget = OrNone(out[0]);
  p->fset = OrNone(out[1]);
  p->fdel = OrNone(out[2]);
  p->doc = OrNone(out[3]);
  p->getter_doc = false;
  if (!p->doc.is_none() || p->fget.is_none()) return 0;
  RootScope roots(vm);
  roots.Add(&self);
  Value doc = GetterDoc(vm, p->fget);
  if (doc.is_null()) return vm.HasException() ? -1 : 0;
  if (TypeOf(self) == &kPropertyType) {
    p->doc = doc;
  } else {
    roots.Add(&doc);
    if (SetAttr(vm, self, vm.Intern("__doc__"), doc) < 0) return -1;
    p = As<PropertyObject>(self);
  }
  p->getter_doc = true;
  return 0;
}

// property(...): the same two steps as for a subclass.
Value PropertyConstruct(Interp& vm, Value cls, CallArgs args) {
  Value p = PropertyNew(vm, As<TypeObject>(cls), args);
  if (p.is_null()) return p;
  RootScope roots(vm);
  roots.Add(&p);
  return PropertyInit(vm, p, args) < 0 ? Value::Null() : p;
}

void PropertyTrace(Object* o, GcTracer& t) {
  PropertyObject* p = static_cast<PropertyObject*>(o);
  t.Visit(p->fget);
  t.Visit(p->fset);
  t.Visit(p->fdel);
  t.Visit(p->doc);
  t.VisitPtr(p->name);
}

// property.getter/setter/deleter: CPython's property_copy, which calls the
// property's own type with one accessor replaced (None keeps the old one),
// so a subclass's __init__ runs and the copy is of the subclass. May run
// Python code.
Value PropertyCopyWith(Interp& vm, Value self, CallArgs args, int which, const char* name) {
  if (!CheckMethodOneArg(vm, args, name)) return Value::Null();
  PropertyObject* p = As<PropertyObject>(self);
  Value call[4] = {p->fget, p->fset, p->fdel, Value::None()};
  if (!args.args[0].is_none()) call[which] = args.args[0];
  // A doc taken from the old getter is taken from the new one instead.
  call[3] = p->getter_doc && !call[0].is_none() ? Value::None() : p->doc;
  RootScope roots(vm);
  roots.Add(&self);
  for (Value& v : call) roots.Add(&v);
  Value copy = vm.Call(Value::FromObject(TypeOf(self)), CallArgs{call, 4, nullptr});
  if (copy.is_null()) return copy;
  if (IsSubtype(TypeOf(copy), &kPropertyType)) {
    As<PropertyObject>(copy)->name = As<PropertyObject>(self)->name;
  }
  return copy;
}

Value PropertyGetter(Interp& vm, Value self, CallArgs args) {
  return PropertyCopyWith(vm, self, args, 0, "getter");
}
Value PropertySetter(Interp& vm, Value self, CallArgs args) {
  return PropertyCopyWith(vm, self, args, 1, "setter");
}
Value PropertyDeleter(Interp& vm, Value self, CallArgs args) {
  return PropertyCopyWith(vm, self, args, 2, "deleter");
}
Value PropertyFget(Interp&, Value self, CallArgs) { return As<PropertyObject>(self)->fget; }
Value PropertyFset(Interp&, Value self, CallArgs) { return As<PropertyObject>(self)->fset; }
Value PropertyFdel(Interp&, Value self, CallArgs) { return As<PropertyObject>(self)->fdel; }
Value PropertyDoc(Interp&, Value self, CallArgs) { return As<PropertyObject>(self)->doc; }

// property.__set__(instance, value, /) and __delete__(instance, /): CPython's
// wrap_descr_set and wrap_descr_delete.
Value PropertySetMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "wrapper __set__") ||
      !CheckPositionalCount(vm, args, "", 2, 2)) {
    return Value::Null();
  }
  if (PropertySet(vm, As<PropertyObject>(self), args.args[0], args.args[1]) < 0) {
    return Value::Null();
  }
  return Value::None();
}

Value PropertyDeleteMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "wrapper __delete__")) return Value::Null();
  if (args.nargs != 1) {
    return vm.RaiseFormat(&kTypeErrorType, "expected 1 argument, got %d", args.nargs);
  }
  if (PropertySet(vm, As<PropertyObject>(self), args.args[0], Value::Null()) < 0) {
    return Value::Null();
  }
  return Value::None();
}

// property.__set_name__(owner, name), called by the class statement (or a
// subclass's override through super()).
Value PropertySetName(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "property.__set_name__")) return Value::Null();
  if (args.nargs != 2) {
    return vm.RaiseFormat(&kTypeErrorType,
                          "__set_name__() takes 2 positional arguments but %d were given",
                          args.nargs);
  }
  As<PropertyObject>(self)->name = IsStr(args.args[1]) ? As<StrObject>(args.args[1]) : nullptr;
  return Value::None();
}

// CPython's _PyObject_IsAbstract: `obj.__isabstractmethod__` is true; a
// missing attribute is false. 1, 0, or -1 with an exception. May run Python
// code.
int IsAbstractObject(Interp& vm, Value obj) {
  if (obj.is_null() || obj.is_none()) return 0;
  // A property whose getter is a property... recurses here in C++.
  NativeDepthGuard guard(vm, " while getting __isabstractmethod__");
  if (!guard.ok()) return -1;
  Value flag = GetAttrOptional(vm, obj, vm.Intern("__isabstractmethod__"));
  if (flag.is_null()) {
    if (!vm.HasException()) return 0;
    if (!vm.ExceptionMatches(&kAttributeErrorType)) return -1;
    vm.ClearException();
    return 0;
  }
  return IsTrue(vm, flag);
}

Value AbstractFlag(Interp& vm, int r) { return r < 0 ? Value::Null() : Value::Bool(r != 0); }

// property.__isabstractmethod__: one of its accessors is abstract.
Value PropertyIsAbstract(Interp& vm, Value self, CallArgs) {
  PropertyObject* p = As<PropertyObject>(self);
  for (Value accessor : {p->fget, p->fset, p->fdel}) {
    int r = IsAbstractObject(vm, accessor);
    if (r != 0) return AbstractFlag(vm, r);
  }
  return Value::False();
}

// A property's __doc__ is writable (a plain member in CPython; deleting
// leaves None); its other attributes are read-only, with CPython's words.
int PropertySetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  std::string_view n = name->view();
  if (n == "__doc__") {
    As<PropertyObject>(self)->doc = value.is_null() ? Value::None() : value;
    return 0;
  }
  if (n == "fget" || n == "fset" || n == "fdel") {
    vm.Raise(&kAttributeErrorType, "readonly attribute");
  } else if (n == "__isabstractmethod__") {
    vm.RaiseFormat(&kAttributeErrorType,
                   "attribute '__isabstractmethod__' of 'property' objects is not writable");
  } else if (FindMethod(&kPropertyType, n) != nullptr) {
    vm.RaiseFormat(&kAttributeErrorType, "'property' object attribute '%s' is read-only",
                   std::string(n));
  } else if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") {
    vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
  } else {
    vm.RaiseFormat(&kAttributeErrorType, "'property' object has no attribute '%s'",
                   std::string(n));
  }
  return -1;
}

const MethodDef kPropertyMethods[] = {
    {"__set_name__", PropertySetName},
    // Counted, as CPython counts a method-wrapper call (_PyObject_MakeTpCall):
    // property(other.__get__) chains call through these natively.
    CountedMethod("__get__", DescriptorGetMethod),
    CountedMethod("__set__", PropertySetMethod),
    CountedMethod("__delete__", PropertyDeleteMethod),
    {"getter", PropertyGetter},
    {"setter", PropertySetter},
    {"deleter", PropertyDeleter},
    {"fget", PropertyFget, MethodKind::kGetter},
    {"fset", PropertyFset, MethodKind::kGetter},
    {"fdel", PropertyFdel, MethodKind::kGetter},
    {"__doc__", PropertyDoc, MethodKind::kGetter},
    {"__isabstractmethod__", PropertyIsAbstract, MethodKind::kGetter},
    {nullptr, nullptr},
};

// classmethod.__new__ / staticmethod.__new__ (PyType_GenericNew): the
// arguments are __init__'s.
Value WrapperNew(Interp& vm, TypeObject* subtype, CallArgs) {
  FunctionWrapperObject* w = NewInstance<FunctionWrapperObject>(vm, subtype);
  if (w == nullptr) return Value::Null();
  w->callable = Value::None();
  w->dict = nullptr;
  return Value::FromObject(w);
}

// cm_init / sm_init: one positional callable. The messages name the
// built-in type, also for a subclass.
int WrapperInit(Interp& vm, Value self, CallArgs args) {
  TypeObject* kind = BuiltinDescriptorKind(TypeOf(self));
  if (!CheckNoKeywords(vm, args, kind->name)) return -1;
  if (args.nargs != 1) {
    vm.RaiseFormat(&kTypeErrorType, "%s expected 1 argument, got %d", kind->name, args.nargs);
    return -1;
  }
  As<FunctionWrapperObject>(self)->callable = args.args[0];
  // cm_init's functools_wraps: each attribute the callable has is stored
  // on the wrapper (through its setattr, as PyObject_SetAttr would).
  static constexpr const char* kCopied[] = {"__module__", "__name__", "__qualname__",
                                            "__doc__", "__annotations__"};
  for (const char* name : kCopied) {
    StrObject* key = vm.Intern(name);
    Value v = GetAttrOptional(vm, args.args[0], key);
    if (v.is_null()) {
      if (!vm.HasException()) continue;
      if (!vm.ExceptionMatches(&kAttributeErrorType)) return -1;
      vm.ClearException();
      continue;
    }
    RootScope roots(vm);
    roots.Add(&v);
    if (SetAttr(vm, self, key, v) < 0) return -1;
  }
  return 0;
}

Value WrapperConstruct(Interp& vm, Value cls, CallArgs args) {
  Value w = WrapperNew(vm, As<TypeObject>(cls), args);
  if (w.is_null()) return w;
  RootScope roots(vm);
  roots.Add(&w);
  return WrapperInit(vm, w, args) < 0 ? Value::Null() : w;
}

void WrapperTrace(Object* o, GcTracer& t) {
  t.Visit(static_cast<FunctionWrapperObject*>(o)->callable);
  t.VisitPtr(static_cast<FunctionWrapperObject*>(o)->dict);
}

// The wrapper's attribute dict slot: a user subclass instance's own, else
// the built-in field.
DictObject** WrapperDictSlot(Value self) {
  if (DictObject** slot = InstanceDictSlot(self)) return slot;
  return &As<FunctionWrapperObject>(self)->dict;
}

// PyObject_GenericGetAttr for classmethod and staticmethod: the getters
// (data descriptors: __func__, __wrapped__, __isabstractmethod__) first,
// then `__dict__` and the attribute dict, then the methods.
Value WrapperGetAttr(Interp& vm, Value self, StrObject* name) {
  TypeObject* t = TypeOf(self);
  TypeAttr attr;
  bool found = FindTypeAttr(vm, t, name, &attr);
  if (found && attr.method != nullptr && attr.method->kind == MethodKind::kGetter) {
    return BindTypeAttr(vm, attr, self, t);
  }
  DictObject** slot = WrapperDictSlot(self);
  if (name->view() == "__dict__") {
    if (*slot == nullptr) *slot = NewDict(vm);
    return *slot != nullptr ? Value::FromObject(*slot) : Value::Null();
  }
  if (*slot != nullptr) {
    Value v = DictGetStr(vm, *slot, name);
    if (!v.is_null()) return v;
  }
  if (found) return BindTypeAttr(vm, attr, self, t);
  if (name->view() == "__annotations__") {
    // One of the copied names the callable lacked (len has none): simply
    // missing, not withheld.
    return vm.RaiseFormat(&kAttributeErrorType, "'%s' object has no attribute '%s'",
                          std::string(TypeName(self)), std::string(name->view()));
  }
  return Value::Null();
}

// PyObject_GenericSetAttr for classmethod and staticmethod: the getters are
// read-only, `__dict__` may be replaced by another dict, the rest goes to
// the attribute dict. `value` Null deletes.
int WrapperSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  std::string_view n = name->view();
  TypeObject* kind = BuiltinDescriptorKind(TypeOf(self));
  if (n == "__func__" || n == "__wrapped__") {
    vm.Raise(&kAttributeErrorType, "readonly attribute");  // READONLY members
    return -1;
  }
  if (n == "__isabstractmethod__") {
    vm.RaiseFormat(&kAttributeErrorType, "attribute '%s' of '%s' objects is not writable",
                   std::string(n), kind->name);
    return -1;
  }
  if (n == "__class__") {
    vm.RaiseTypeError(
        "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  DictObject** slot = WrapperDictSlot(self);
  if (n == "__dict__") return AssignGenericDict(vm, slot, value);
  return SetInDictSlot(vm, slot, self, name, value);
}

// cm_repr / sm_repr: the built-in type's name around the callable's repr,
// for a subclass too. May run Python code.
Value WrapperRepr(Interp& vm, Value self) {
  Value inner = Repr(vm, As<FunctionWrapperObject>(self)->callable);
  if (inner.is_null()) return inner;
  TypeObject* kind = BuiltinDescriptorKind(TypeOf(self));
  return NewStrValue(vm, StrCat("<", kind->name, "(", As<StrObject>(inner)->view(), ")>"));
}

Value WrapperFunc(Interp&, Value self, CallArgs) {
  return As<FunctionWrapperObject>(self)->callable;
}

Value StaticMethodCall(Interp& vm, Value self, CallArgs args) {
  // The wrapped callable may be another staticmethod: a chain recurses in C++.
  NativeDepthGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::Null();
  return vm.Call(As<FunctionWrapperObject>(self)->callable, args);
}

// classmethod/staticmethod.__isabstractmethod__: the wrapped callable's.
Value WrapperIsAbstract(Interp& vm, Value self, CallArgs) {
  return AbstractFlag(vm, IsAbstractObject(vm, As<FunctionWrapperObject>(self)->callable));
}


const MethodDef kWrapperMethods[] = {
    CountedMethod("__get__", DescriptorGetMethod),
    {"__func__", WrapperFunc, MethodKind::kGetter},
    {"__wrapped__", WrapperFunc, MethodKind::kGetter},
    {"__isabstractmethod__", WrapperIsAbstract, MethodKind::kGetter},
    {nullptr, nullptr},
};

// super() without arguments: the calling function's first argument and the
// class its `__class__` cell holds (CPython super_init_without_args).
bool SuperFromFrame(Interp& vm, TypeObject** type, Value* obj) {
  Frame* frame = vm.current_frame();
  if (frame == nullptr || frame->code->arg_count == 0) {
    vm.Raise(&kRuntimeErrorType, "super(): no arguments");
    return false;
  }
  CodeObject* code = frame->code;
  const auto& kinds = code->data->image->localsplus_kinds;
  Value first = frame->localsplus[0];
  if (!kinds.empty() && (kinds[0] & kLocalKindCell) != 0 && HasType(first, &kCellType)) {
    first = As<CellObject>(first)->value;
  }
  if (first.is_null()) {
    vm.Raise(&kRuntimeErrorType, "super(): arg[0] deleted");
    return false;
  }
  for (int32_t i = 0; i < code->nlocalsplus; ++i) {
    if ((kinds[i] & kLocalKindFree) == 0) continue;
    if (As<StrObject>(code->localsplus_names->items[i])->view() != "__class__") continue;
    Value cell = frame->localsplus[i];
    Value cls = HasType(cell, &kCellType) ? As<CellObject>(cell)->value : Value::Null();
    if (cls.is_null()) {
      vm.Raise(&kRuntimeErrorType, "super(): empty __class__ cell");
      return false;
    }
    if (!IsType(cls)) {
      vm.RaiseFormat(&kRuntimeErrorType, "super(): __class__ is not a type (%s)",
                     std::string(TypeName(cls)));
      return false;
    }
    *type = As<TypeObject>(cls);
    *obj = first;
    return true;
  }
  vm.Raise(&kRuntimeErrorType, "super(): __class__ cell not found");
  return false;
}

// The class whose MRO super(type, obj) searches (CPython supercheck);
// nullptr + TypeError when obj is neither an instance nor a subclass of type.
TypeObject* SuperCheck(Interp& vm, TypeObject* type, Value obj) {
  if (IsType(obj) && IsSubtype(As<TypeObject>(obj), type)) return As<TypeObject>(obj);
  if (IsSubtype(TypeOf(obj), type)) return TypeOf(obj);
  vm.RaiseTypeError("super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

void BindSuper(SuperObject* s, TypeObject* type, Value obj, TypeObject* obj_type) {
  s->type = type;
  s->obj = obj;
  s->obj_type = obj_type;
}

Value SuperConstruct(Interp& vm, Value, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "super")) return Value::Null();
  TypeObject* type = nullptr;
  Value obj;
  if (args.nargs == 0) {
    if (!SuperFromFrame(vm, &type, &obj)) return Value::Null();
  } else if (args.nargs <= 2) {
    if (!IsType(args.args[0])) {
      return vm.RaiseFormat(&kTypeErrorType, "super() argument 1 must be a type, not %s",
                            std::string(TypeName(args.args[0])));
    }
    if (args.nargs == 1) {
      return vm.RaiseTypeError("super() with one argument is not available in the sandbox");
    }
    type = As<TypeObject>(args.args[0]);
    obj = args.args[1];
  } else {
    // super_vectorcall's _PyArg_CheckPositional wording.
    return vm.RaiseFormat(&kTypeErrorType, "super() expected at most 2 arguments, got %d",
                          args.nargs);
  }
  TypeObject* obj_type = SuperCheck(vm, type, obj);
  if (obj_type == nullptr) return Value::Null();
  SuperObject* s = vm.New<SuperObject>(&kSuperType);
  if (s == nullptr) return Value::Null();
  BindSuper(s, type, obj, obj_type);
  return Value::FromObject(s);
}

// super.__init__(type, obj) on an existing super object re-binds it, as
// CPython's super_init; its argument errors are those of
// PyArg_ParseTuple("|O!O:super"), worded unlike super()'s own.
int SuperInit(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "super")) return -1;
  if (args.nargs > 2) {
    vm.RaiseFormat(&kTypeErrorType, "super() takes at most 2 arguments (%d given)", args.nargs);
    return -1;
  }
  TypeObject* type = nullptr;
  Value obj;
  if (args.nargs == 0) {
    if (!SuperFromFrame(vm, &type, &obj)) return -1;
  } else {
    if (!IsType(args.args[0])) {
      vm.RaiseFormat(&kTypeErrorType, "super() argument 1 must be type, not %s",
                     std::string(TypeName(args.args[0])));
      return -1;
    }
    if (args.nargs == 1) {
      vm.RaiseTypeError("super() with one argument is not available in the sandbox");
      return -1;
    }
    type = As<TypeObject>(args.args[0]);
    obj = args.args[1];
  }
  TypeObject* obj_type = SuperCheck(vm, type, obj);
  if (obj_type == nullptr) return -1;
  BindSuper(As<SuperObject>(self), type, obj, obj_type);
  return 0;
}

void SuperTrace(Object* o, GcTracer& t) {
  SuperObject* s = static_cast<SuperObject*>(o);
  t.Visit(static_cast<Object*>(s->type));
  t.Visit(s->obj);
  t.Visit(static_cast<Object*>(s->obj_type));
}

Value SuperGetAttr(Interp& vm, Value self, StrObject* name) {
  SuperObject* s = As<SuperObject>(self);
  if (name->view() == "__class__") return Value::FromObject(&kSuperType);
  TypeAttr attr;
  if (!FindTypeAttr(vm, s->obj_type, name, &attr, s->type)) return Value::Null();
  // Read through the class when super() is bound to a class (classmethods).
  Value instance = s->obj.is_object() && s->obj.object() == s->obj_type ? Value::Null() : s->obj;
  return BindTypeAttr(vm, attr, instance, s->obj_type);
}

Value SuperRepr(Interp& vm, Value self) {
  SuperObject* s = As<SuperObject>(self);
  return NewStrValue(
      vm, StrCat("<super: <class '", s->type->name, "'>, <", s->obj_type->name, " object>>"));
}

}  // namespace

// ---- member descriptors (__slots__) ----------------------------------------

TypeObject kMemberDescriptorType;

Value* MemberField(const MemberDescriptorObject* m, Value instance) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(instance.object()) + m->offset);
}

namespace {

bool CheckMemberInstance(Interp& vm, MemberDescriptorObject* m, Value instance) {
  if (IsSubtype(TypeOf(instance), m->owner)) return true;
  vm.RaiseFormat(&kTypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 std::string(m->name->view()), m->owner->name, std::string(TypeName(instance)));
  return false;
}

Value MemberRepr(Interp& vm, Value self) {
  MemberDescriptorObject* m = As<MemberDescriptorObject>(self);
  return NewStrValue(vm, StrCat("<member '", m->name->view(), "' of '", m->owner->name,
                                "' objects>"));
}

void MemberTrace(Object* o, GcTracer& t) {
  MemberDescriptorObject* m = static_cast<MemberDescriptorObject*>(o);
  t.VisitPtr(m->name);
  t.Visit(static_cast<Object*>(m->owner));
}

Value MemberGetName(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(As<MemberDescriptorObject>(self)->name);
}

// The descriptor protocol called by name (wrap_descr_get, wrap_descr_set,
// wrap_descr_delete over member_get/member_set): the same checks as `obj.x`.
Value MemberGetMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "wrapper __get__") ||
      !CheckPositionalCount(vm, args, "", 1, 2)) {
    return Value::Null();
  }
  if (args.args[0].is_none()) {
    if (args.nargs < 2 || args.args[1].is_none()) {
      return vm.RaiseTypeError("__get__(None, None) is invalid");
    }
    return self;  // looked up on the class: the descriptor itself
  }
  return MemberGet(vm, As<MemberDescriptorObject>(self), args.args[0]);
}

Value MemberSetMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "wrapper __set__") ||
      !CheckPositionalCount(vm, args, "", 2, 2)) {
    return Value::Null();
  }
  if (MemberSet(vm, As<MemberDescriptorObject>(self), args.args[0], args.args[1]) < 0) {
    return Value::Null();
  }
  return Value::None();
}

Value MemberDeleteMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckNoKeywords(vm, args, "wrapper __delete__")) return Value::Null();
  if (args.nargs != 1) {
    return vm.RaiseFormat(&kTypeErrorType, "expected 1 argument, got %d", args.nargs);
  }
  if (MemberSet(vm, As<MemberDescriptorObject>(self), args.args[0], Value::Null()) < 0) {
    return Value::Null();
  }
  return Value::None();
}

const MethodDef kMemberMethods[] = {
    {"__name__", MemberGetName, MethodKind::kGetter},
    {"__get__", MemberGetMethod},
    {"__set__", MemberSetMethod},
    {"__delete__", MemberDeleteMethod},
    {nullptr, nullptr},
};

}  // namespace

MemberDescriptorObject* NewMemberDescriptor(Interp& vm, StrObject* name, TypeObject* owner,
                                            uint32_t offset) {
  MemberDescriptorObject* m = vm.New<MemberDescriptorObject>(&kMemberDescriptorType);
  if (m == nullptr) return nullptr;
  m->name = name;
  m->owner = owner;
  m->offset = offset;
  m->readonly = false;
  return m;
}

Value MemberGet(Interp& vm, MemberDescriptorObject* m, Value instance) {
  if (!CheckMemberInstance(vm, m, instance)) return Value::Null();
  Value v = *MemberField(m, instance);
  if (v.is_null()) {
    return vm.RaiseFormat(&kAttributeErrorType, "'%s' object has no attribute '%s'",
                          std::string(TypeName(instance)), std::string(m->name->view()));
  }
  return v;
}

int MemberSet(Interp& vm, MemberDescriptorObject* m, Value instance, Value value) {
  if (!CheckMemberInstance(vm, m, instance)) return -1;
  if (m->readonly) {
    vm.Raise(&kAttributeErrorType, "readonly attribute");
    return -1;
  }
  Value* field = MemberField(m, instance);
  if (value.is_null() && field->is_null()) {
    // CPython's member_set names only the attribute here.
    vm.Raise(&kAttributeErrorType, m->name->view());
    return -1;
  }
  *field = value;
  return 0;
}

void InitDescriptorTypes() {
  InitStaticType(&kMemberDescriptorType, "member_descriptor", &kObjectType, 0);
  kMemberDescriptorType.repr = MemberRepr;
  kMemberDescriptorType.trace = MemberTrace;
  kMemberDescriptorType.methods = kMemberMethods;
  InitStaticType(&kPropertyType, "property", &kObjectType, kTypeBaseType);
  kPropertyType.construct = PropertyConstruct;
  kPropertyType.trace = PropertyTrace;
  kPropertyType.methods = kPropertyMethods;
  kPropertyType.basic_size = sizeof(PropertyObject);
  kPropertyType.new_instance = PropertyNew;
  kPropertyType.init = PropertyInit;
  kPropertyType.setattr = PropertySetAttr;

  InitStaticType(&kClassMethodType, "classmethod", &kObjectType, kTypeBaseType);
  kClassMethodType.construct = WrapperConstruct;
  kClassMethodType.trace = WrapperTrace;
  kClassMethodType.basic_size = sizeof(FunctionWrapperObject);
  kClassMethodType.new_instance = WrapperNew;
  kClassMethodType.init = WrapperInit;
  kClassMethodType.methods = kWrapperMethods;
  kClassMethodType.getattr = WrapperGetAttr;
  kClassMethodType.setattr = WrapperSetAttr;
  kClassMethodType.repr = WrapperRepr;

  InitStaticType(&kStaticMethodType, "staticmethod", &kObjectType, kTypeBaseType);
  kStaticMethodType.construct = WrapperConstruct;
  kStaticMethodType.trace = WrapperTrace;
  kStaticMethodType.basic_size = sizeof(FunctionWrapperObject);
  kStaticMethodType.new_instance = WrapperNew;
  kStaticMethodType.init = WrapperInit;
  kStaticMethodType.methods = kWrapperMethods;
  kStaticMethodType.getattr = WrapperGetAttr;
  kStaticMethodType.setattr = WrapperSetAttr;
  kStaticMethodType.repr = WrapperRepr;
  kStaticMethodType.call = StaticMethodCall;

  InitStaticType(&kSuperType, "super", &kObjectType, kTypeVectorcall);
  kSuperType.construct = SuperConstruct;
  kSuperType.init = SuperInit;
  kSuperType.trace = SuperTrace;
  kSuperType.getattr = SuperGetAttr;
  kSuperType.repr = SuperRepr;
}

}  // namespace moat::vm
