// Weak references (see weakref.h): the list on the referent, ReferenceType
// (Objects/weakrefobject.c's weakref_*), then the proxies (proxy_*), then
// the type tables.
#include "vm/objects/weakref.h"

#include <mutex>
#include <string>
#include <type_traits>
#include <utility>

#include "vm/finalize.h"
#include "vm/gc.h"
#include "vm/heap.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/generator.h"
#include "vm/objects/module.h"
#include "vm/objects/set.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::vm {

TypeObject kWeakRefType;
TypeObject kWeakProxyType;
TypeObject kWeakCallableProxyType;

// ---- which objects accept weak references --------------------------------

namespace {

// moat's built-in types whose CPython counterparts have tp_weaklistoffset;
// the ones the safe modules define are known by name (they live outside
// vm/).
bool BuiltinAcceptsWeakRef(const TypeObject* t) {
  if (t == &kSetType || t == &kFrozenSetType || t == &kFunctionType ||
      t == &kBuiltinFunctionType || t == &kMethodType || t == &kTypeType ||
      t == &kGeneratorType || t == &kCoroutineType || t == &kAsyncGeneratorType ||
      t == &kModuleType) {
    return true;
  }
  std::string_view name = t->name;
  return name == "re.Pattern" || name == "collections.deque" ||
         name == "functools._lru_cache_wrapper";
}

}  // namespace

bool AcceptsWeakRef(const TypeObject* t) {
  if (IsUserClass(t)) {
    // A class (an instance of a metaclass) always does, as type's instances.
    return IsMetaclass(t) || static_cast<const ClassObject*>(t)->weakref_slot;
  }
  return BuiltinAcceptsWeakRef(t);
}

// ---- the list on the referent ---------------------------------------------

namespace {

bool IsBasicRef(const WeakRefObject* w) {
  return w->type == &kWeakRefType && w->callback.is_null();
}
bool IsBasicProxy(const WeakRefObject* w) {
  return (w->type == &kWeakProxyType || w->type == &kWeakCallableProxyType) &&
         w->callback.is_null();
}

// get_basic_refs: the shared callback-less ref and proxy, if present.
void BasicRefs(WeakRefObject* head, WeakRefObject** ref, WeakRefObject** proxy) {
  *ref = nullptr;
  *proxy = nullptr;
  if (head != nullptr && IsBasicRef(head)) {
    *ref = head;
    head = head->next;
  }
  if (head != nullptr && IsBasicProxy(head)) *proxy = head;
}

// Links `w` (whose referent is set) after `prev`, or first when `prev` is
// nullptr. False with MemoryError when the list's entry cannot be charged.
bool Link(Interp& vm, WeakRefObject* w, WeakRefObject* prev) {
  Heap& heap = vm.heap();
  auto& lists = heap.weak_lists();
  auto it = lists.find(w->referent);
  if (it == lists.end()) {
    if (!heap.Charge(Heap::kWeakEntryBytes)) {
      vm.RaiseMemoryError();
      return false;
    }
    it = lists.emplace(w->referent, Heap::WeakList{nullptr, heap.NextWeakSerial()}).first;
    if ((w->referent->gc_flags & kObjStatic) == 0) w->referent->gc_flags |= kObjHasWeakRefs;
  }
  WeakRefObject*& head = it->second.head;
  if (prev == nullptr) {
    w->prev = nullptr;
    w->next = head;
    if (head != nullptr) head->prev = w;
    head = w;
  } else {
    w->prev = prev;
    w->next = prev->next;
    if (prev->next != nullptr) prev->next->prev = w;
    prev->next = w;
  }
  w->linked = true;
  return true;
}

WeakRefObject* HeadOf(Interp& vm, const Object* o) {
  auto& lists = vm.heap().weak_lists();
  auto it = lists.find(o);
  return it == lists.end() ? nullptr : it->second.head;
}

Value CannotCreate(Interp& vm, Value ob) {
  return vm.RaiseFormat(&kTypeErrorType, "cannot create weak reference to '%s' object",
                        TypeName(ob));
}

}  // namespace

WeakRefObject* WeakRefHead(Interp& vm, const Object* o) {
  if (vm.heap().weak_lists().empty()) return nullptr;
  return HeadOf(vm, o);
}

void WeakRefUnlink(Heap& heap, WeakRefObject* w) {
  if (w->linked) {
    auto& lists = heap.weak_lists();
    auto it = lists.find(w->referent);
    if (w->prev != nullptr) {
      w->prev->next = w->next;
    } else if (it != lists.end()) {
      it->second.head = w->next;
    }
    if (w->next != nullptr) w->next->prev = w->prev;
    if (it != lists.end() && it->second.head == nullptr) {
      if ((w->referent->gc_flags & kObjStatic) == 0) w->referent->gc_flags &= ~kObjHasWeakRefs;
      lists.erase(it);
      heap.Uncharge(Heap::kWeakEntryBytes);
    }
  }
  w->linked = false;
  w->prev = nullptr;
  w->next = nullptr;
  w->referent = nullptr;
}

// ---- ReferenceType ----------------------------------------------------------

Value NewWeakRef(Interp& vm, TypeObject* type, Value ob, Value callback) {
  if (!ob.is_object() || !AcceptsWeakRef(TypeOf(ob))) return CannotCreate(vm, ob);
  if (callback.is_none()) callback = Value::Null();
  WeakRefObject* ref;
  WeakRefObject* proxy;
  BasicRefs(HeadOf(vm, ob.object()), &ref, &proxy);
  bool basic = type == &kWeakRefType && callback.is_null();
  if (basic && ref != nullptr) return Value::FromObject(ref);
  WeakRefObject* w = NewInstance<WeakRefObject>(vm, type);
  if (w == nullptr) return Value::Null();
  w->referent = ob.object();
  w->callback = callback;
  w->hash = -1;
  WeakRefObject* prev = basic ? nullptr : (proxy != nullptr ? proxy : ref);
  if (!Link(vm, w, prev)) {
    w->referent = nullptr;
    return Value::Null();
  }
  return Value::FromObject(w);
}

Value NewWeakProxy(Interp& vm, Value ob, Value callback, bool callable) {
  if (!ob.is_object() || !AcceptsWeakRef(TypeOf(ob))) return CannotCreate(vm, ob);
  if (callback.is_none()) callback = Value::Null();
  WeakRefObject* ref;
  WeakRefObject* proxy;
  BasicRefs(HeadOf(vm, ob.object()), &ref, &proxy);
  if (callback.is_null() && proxy != nullptr) return Value::FromObject(proxy);
  WeakRefObject* w =
      vm.New<WeakRefObject>(callable ? &kWeakCallableProxyType : &kWeakProxyType);
  if (w == nullptr) return Value::Null();
  w->referent = ob.object();
  w->callback = callback;
  w->hash = -1;
  WeakRefObject* prev = callback.is_null() ? ref : (proxy != nullptr ? proxy : ref);
  if (!Link(vm, w, prev)) {
    w->referent = nullptr;
    return Value::Null();
  }
  return Value::FromObject(w);
}

namespace {

WeakRefObject* AsWeak(Value v) { return As<WeakRefObject>(v); }

Value Referent(Value w) {
  Object* o = AsWeak(w)->referent;
  return o == nullptr ? Value::None() : Value::FromObject(o);
}

void WeakRefTrace(Object* self, GcTracer& tracer) {
  tracer.Visit(static_cast<WeakRefObject*>(self)->callback);
}

// weakref___new__: PyArg_UnpackTuple(args, "__new__", 1, 2); keywords are
// refused by ref's own __init__ ("ref() takes no keyword arguments").
Value WeakRefTypeNew(Interp& vm, TypeObject* subtype, CallArgs args) {
  if (args.nargs < 1) {
    return vm.RaiseTypeError(StrCat("__new__ expected at least 1 argument, got ", args.nargs));
  }
  if (args.nargs > 2) {
    return vm.RaiseTypeError(StrCat("__new__ expected at most 2 arguments, got ", args.nargs));
  }
  return NewWeakRef(vm, subtype, args.args[0], args.nargs == 2 ? args.args[1] : Value::Null());
}

int WeakRefTypeInit(Interp& vm, Value self, CallArgs args) {
  if (args.nkwargs() != 0 && TypeOf(self)->init == WeakRefTypeInit) {
    vm.RaiseTypeError("ref() takes no keyword arguments");
    return -1;
  }
  if (args.nargs < 1 || args.nargs > 2) {
    vm.RaiseTypeError(StrCat("__init__ expected ", args.nargs < 1 ? "at least 1 argument" :
                                                                    "at most 2 arguments",
                             ", got ", args.nargs));
    return -1;
  }
  return 0;
}

// As type_call: __new__ counts the positionals first, then __init__
// refuses keywords.
Value WeakRefConstruct(Interp& vm, Value cls, CallArgs args) {
  Value r = WeakRefTypeNew(vm, As<TypeObject>(cls), args);
  if (r.is_null()) return r;
  RootScope roots(vm);
  roots.Add(&r);
  return WeakRefTypeInit(vm, r, args) < 0 ? Value::Null() : r;
}

// weakref_vectorcall: no arguments; the referent or None.
Value WeakRefCall(Interp& vm, Value self, CallArgs args) {
  if (args.nkwargs() != 0) return vm.RaiseTypeError("weakref() takes no keyword arguments");
  if (args.nargs != 0) {
    return vm.RaiseTypeError(StrCat("weakref expected 0 arguments, got ", args.nargs));
  }
  return Referent(self);
}

int64_t WeakRefHash(Interp& vm, Value self) {
  WeakRefObject* w = AsWeak(self);
  if (w->hash != -1) return w->hash;
  if (w->referent == nullptr) {
    vm.RaiseTypeError("weak object has gone away");
    return -1;
  }
  Value ob = Value::FromObject(w->referent);
  RootScope roots(vm);
  roots.Add(&self);
  roots.Add(&ob);
  int64_t h = Hash(vm, ob);
  if (h != -1) AsWeak(self)->hash = h;
  return h;
}

// weakref_richcompare: == and != only, between two references; by the
// referents while both live, by identity otherwise.
Value WeakRefRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::kEq && op != CompareOp::kNe) || !b.is_object() ||
      !IsWeakRefOrProxy(TypeOf(a)) || !IsWeakRefOrProxy(TypeOf(b))) {
    return Value::NotImplemented();
  }
  Object* x = AsWeak(a)->referent;
  Object* y = AsWeak(b)->referent;
  if (x == nullptr || y == nullptr) {
    bool same = a.object() == b.object();
    return Value::Bool(op == CompareOp::kEq ? same : !same);
  }
  // Held across the comparison, which may run code that drops them.
  Value xv = Value::FromObject(x);
  Value yv = Value::FromObject(y);
  RootScope roots(vm);
  roots.Add(&xv);
  roots.Add(&yv);
  return RichCompare(vm, xv, yv, op);
}

// weakref_repr: "<weakref at 0x..; to 'T' at 0x.. (name)>" or "; dead>".
Value WeakRefRepr(Interp& vm, Value self) {
  Object* o = AsWeak(self)->referent;
  if (o == nullptr) {
    Value r = ReprWithAddress(vm, "<weakref", self);
    if (r.is_null()) return r;
    std::string text(As<StrObject>(r)->view());
    text.pop_back();
    return NewStrValue(vm, StrCat(text, "; dead>"));
  }
  Value ob = Value::FromObject(o);
  RootScope roots(vm);
  roots.Add(&self);
  roots.Add(&ob);
  StrObject* key = vm.Intern("__name__");
  Value name = GetAttrOptional(vm, ob, key);
  if (name.is_null() && vm.HasException()) return Value::Null();
  roots.Add(&name);
  Value head = ReprWithAddress(vm, "<weakref", self);
  if (head.is_null()) return head;
  std::string text(As<StrObject>(head)->view());
  text.pop_back();
  Value tail = ReprWithAddress(vm, StrCat("; to '", o->type->name, "'"), ob);
  if (tail.is_null()) return tail;
  text += As<StrObject>(tail)->view();
  if (!name.is_null() && IsStr(name)) {
    text.pop_back();
    StrAppend(&text, " (", As<StrObject>(name)->view(), ")>");
  }
  return NewStrValue(vm, text);
}

Value WeakRefGetCallback(Interp&, Value self, CallArgs) {
  Value cb = AsWeak(self)->callback;
  return cb.is_null() ? Value::None() : cb;
}

// ---- proxies ----------------------------------------------------------------

// The live referent of proxy `p`, or Null with ReferenceError.
Value ProxyReferent(Interp& vm, Value p) {
  Object* o = AsWeak(p)->referent;
  if (o == nullptr) {
    return vm.Raise(&kReferenceErrorType, "weakly-referenced object no longer exists");
  }
  return Value::FromObject(o);
}

bool IsProxy(Value v) {
  return v.is_object() &&
         (v.object()->type == &kWeakProxyType || v.object()->type == &kWeakCallableProxyType);
}

// UNWRAP: a proxy operand becomes its referent (ReferenceError if dead).
bool Unwrap(Interp& vm, Value* v) {
  if (!IsProxy(*v)) return true;
  *v = ProxyReferent(vm, *v);
  return !v->is_null();
}

// Runs op() with the referents `held` (n of them, unwrapped from proxies)
// rooted: the proxy holds them weakly, and the operation may run code that
// drops their last strong reference (CPython's proxies hold a reference
// across the call for the same reason). When a prompt collection ran
// meanwhile (it found them held), the hold is then dropped as CPython's
// Py_DECREF, so one that lost its last reference dies here (vm/finalize.h).
template <typename R, typename Op>
R Forward(Interp& vm, Value* held, size_t n, Op op) {
  uint64_t work = vm.finalize_work;
  R r;
  {
    RootScope roots(vm);
    for (size_t i = 0; i < n; ++i) roots.Add(&held[i]);
    r = op();
  }
  if (vm.finalize_work == work) return r;
  if constexpr (std::is_same_v<R, Value>) {
    RootScope roots(vm);
    roots.Add(&r);
    if (!FinalizeDropped(vm, held, n)) return Value::Null();
  } else {
    if (!FinalizeDropped(vm, held, n)) return R(-1);
  }
  return r;
}

Value ProxyGetAttr(Interp& vm, Value self, StrObject* name) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return o;
  return Forward<Value>(vm, &o, 1, [&] { return GetAttr(vm, o, name); });
}

int ProxySetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return -1;
  return Forward<int>(vm, &o, 1, [&] { return SetAttr(vm, o, name, value); });
}

Value ProxyRepr(Interp& vm, Value self) {
  Object* o = AsWeak(self)->referent;
  Value ob = o == nullptr ? Value::None() : Value::FromObject(o);
  RootScope roots(vm);
  roots.Add(&self);
  roots.Add(&ob);
  Value head = ReprWithAddress(vm, "<weakproxy", self);
  if (head.is_null()) return head;
  std::string text(As<StrObject>(head)->view());
  text.pop_back();
  Value tail = ReprWithAddress(vm, StrCat(" to ", TypeOf(ob)->name), ob);
  if (tail.is_null()) return tail;
  text += As<StrObject>(tail)->view();
  return NewStrValue(vm, text);
}

Value ProxyStr(Interp& vm, Value self) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return o;
  return Forward<Value>(vm, &o, 1, [&] { return Str(vm, o); });
}

Value ProxyRichCompare(Interp& vm, Value a, Value b, CompareOp op) {
  if (!Unwrap(vm, &a) || !Unwrap(vm, &b)) return Value::Null();
  Value held[2] = {a, b};
  return Forward<Value>(vm, held, 2, [&] { return RichCompare(vm, held[0], held[1], op); });
}

int ProxyTruth(Interp& vm, Value self) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return -1;
  return Forward<int>(vm, &o, 1, [&] { return IsTrue(vm, o); });
}

int64_t ProxyLen(Interp& vm, Value self) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return -1;
  return Forward<int64_t>(vm, &o, 1, [&] { return Length(vm, o); });
}

int ProxyContains(Interp& vm, Value self, Value item) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return -1;
  return Forward<int>(vm, &o, 1, [&] { return Contains(vm, o, item); });
}

Value ProxyGetItem(Interp& vm, Value self, Value key) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return o;
  return Forward<Value>(vm, &o, 1, [&] { return GetItem(vm, o, key); });
}

int ProxySetItem(Interp& vm, Value self, Value key, Value value) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return -1;
  return Forward<int>(vm, &o, 1, [&] {
    return value.is_null() ? DelItem(vm, o, key) : SetItem(vm, o, key, value);
  });
}

Value ProxyIter(Interp& vm, Value self) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return o;
  return Forward<Value>(vm, &o, 1, [&] { return GetIter(vm, o); });
}

Value ProxyNext(Interp& vm, Value self) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return o;
  if (TypeOf(o)->next == nullptr) {
    return vm.RaiseFormat(&kTypeErrorType, "Weakref proxy referenced a non-iterator '%s' object",
                          TypeName(o));
  }
  return Forward<Value>(vm, &o, 1, [&] { return TypeOf(o)->next(vm, o); });
}

Value ProxyCall(Interp& vm, Value self, CallArgs args) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return o;
  return Forward<Value>(vm, &o, 1, [&] { return vm.Call(o, args); });
}

template <BinaryOp kOp>
Value ProxyBinary(Interp& vm, Value a, Value b) {
  if (!Unwrap(vm, &a) || !Unwrap(vm, &b)) return Value::Null();
  Value held[2] = {a, b};
  return Forward<Value>(vm, held, 2, [&] { return BinaryOperation(vm, kOp, held[0], held[1]); });
}

template <BinaryOp kOp>
Value ProxyInplace(Interp& vm, Value a, Value b) {
  if (!Unwrap(vm, &a) || !Unwrap(vm, &b)) return Value::Null();
  Value held[2] = {a, b};
  return Forward<Value>(vm, held, 2,
                        [&] { return InplaceOperation(vm, kOp, held[0], held[1]); });
}

template <UnaryOp kOp>
Value ProxyUnary(Interp& vm, Value self) {
  Value o = ProxyReferent(vm, self);
  if (o.is_null()) return o;
  return Forward<Value>(vm, &o, 1, [&] { return UnaryOperation(vm, kOp, o); });
}

const MethodDef kWeakRefMethods[] = {
    {"__callback__", WeakRefGetCallback, MethodKind::kGetter},
    {nullptr, nullptr},
};

template <size_t... I>
void FillProxyBinary(TypeObject* t, std::index_sequence<I...>) {
  ((t->binary[I] = ProxyBinary<static_cast<BinaryOp>(I)>), ...);
  ((t->inplace[I] = ProxyInplace<static_cast<BinaryOp>(I)>), ...);
}

void InitProxyType(TypeObject* t, const char* name, bool callable) {
  InitStaticType(t, name, &kObjectType);
  t->getattr = ProxyGetAttr;
  t->setattr = ProxySetAttr;
  t->repr = ProxyRepr;
  t->str = ProxyStr;
  t->richcompare = ProxyRichCompare;
  t->truth = ProxyTruth;
  t->len = ProxyLen;
  t->contains = ProxyContains;
  t->getitem = ProxyGetItem;
  t->setitem = ProxySetItem;
  t->iter = ProxyIter;
  t->next = ProxyNext;
  t->trace = WeakRefTrace;
  if (callable) t->call = ProxyCall;
  FillProxyBinary(t, std::make_index_sequence<kNumBinaryOps>());
  t->negative = ProxyUnary<UnaryOp::kNegative>;
  t->positive = ProxyUnary<UnaryOp::kPositive>;
  t->invert = ProxyUnary<UnaryOp::kInvert>;
}

}  // namespace

void InitWeakRefTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    InitStaticType(&kWeakRefType, "weakref.ReferenceType", &kObjectType,
                   kTypeBaseType | kTypeGeneric);
    kWeakRefType.methods = kWeakRefMethods;
    kWeakRefType.trace = WeakRefTrace;
    kWeakRefType.repr = WeakRefRepr;
    kWeakRefType.hash = WeakRefHash;
    kWeakRefType.richcompare = WeakRefRichCompare;
    kWeakRefType.call = WeakRefCall;
    kWeakRefType.construct = WeakRefConstruct;
    kWeakRefType.basic_size = sizeof(WeakRefObject);
    kWeakRefType.new_instance = WeakRefTypeNew;
    kWeakRefType.init = WeakRefTypeInit;
    InitProxyType(&kWeakProxyType, "weakref.ProxyType", false);
    InitProxyType(&kWeakCallableProxyType, "weakref.CallableProxyType", true);
  });
}

}  // namespace moat::vm
