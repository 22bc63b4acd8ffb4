// mappingproxy (see mapping_proxy.h): every read goes to the wrapped dict's
// own operations and methods, so lookups, views and reprs are the dict's.
#include "vm/objects/mapping_proxy.h"

#include <string>

#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::vm {

TypeObject kMappingProxyType;

namespace {

Value Mapping(Value self) { return Value::FromObject(As<MappingProxyObject>(self)->mapping); }

void ProxyTrace(Object* self, GcTracer& tracer) {
  tracer.VisitPtr(static_cast<MappingProxyObject*>(self)->mapping);
}

// str() of a proxy is str() of its dict (CPython mappingproxy_str).
Value ProxyStr(Interp& vm, Value self) {
  return Str(vm, Value::FromObject(As<MappingProxyObject>(self)->mapping));
}

Value ProxyRepr(Interp& vm, Value self) {
  std::string out = "mappingproxy(";
  if (!AppendRepr(vm, Mapping(self), &out)) return Value::Null();
  out += ")";
  return NewStrValue(vm, out);
}

Value ProxyGetItem(Interp& vm, Value self, Value key) { return GetItem(vm, Mapping(self), key); }
int64_t ProxyLen(Interp& vm, Value self) { return Length(vm, Mapping(self)); }
int ProxyContains(Interp& vm, Value self, Value key) { return Contains(vm, Mapping(self), key); }
Value ProxyIter(Interp& vm, Value self) { return GetIter(vm, Mapping(self)); }

Value ProxyCompare(Interp& vm, Value a, Value b, CompareOp op) {
  return RichCompare(vm, Mapping(a), b, op);
}

// The wrapped mapping's method of the same name: a dict subclass's own
// override when it has one, as CPython calls the method by name.
template <const char* kName>
Value ProxyMethod(Interp& vm, Value self, CallArgs args) {
  if (!HasType(Mapping(self), &kDictType)) {
    StrObject* name = vm.Intern(kName);
    Value method = GetAttr(vm, Mapping(self), name);
    if (method.is_null()) return method;
    RootScope roots(vm);
    roots.Add(&method);
    return vm.Call(method, args);
  }
  const MethodDef* def = FindMethod(&kDictType, kName);
  if (def == nullptr) {
    return vm.RaiseFormat(&kAttributeErrorType, "'mappingproxy' object has no attribute '%s'",
                          std::string(kName));
  }
  return def->fn(vm, Mapping(self), args);
}

// reversed(proxy) is the dict's own __reversed__ (mappingproxy_reversed);
// without it reversed() would fall back to indexing the proxy by position.
Value ProxyReversed(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "mappingproxy.__reversed__")) return Value::Null();
  StrObject* name = vm.Intern("__reversed__");
  Value method = GetAttr(vm, Mapping(self), name);
  if (method.is_null()) return method;
  RootScope roots(vm);
  roots.Add(&method);
  return vm.Call0(method);
}

constexpr char kGet[] = "get";
constexpr char kKeys[] = "keys";
constexpr char kValues[] = "values";
constexpr char kItems[] = "items";
constexpr char kCopy[] = "copy";

const MethodDef kProxyMethods[] = {
    {"get", ProxyMethod<kGet>},
    {"keys", ProxyMethod<kKeys>},
    {"values", ProxyMethod<kValues>},
    {"items", ProxyMethod<kItems>},
    {"copy", ProxyMethod<kCopy>},
    {"__getitem__", SlotWrapperGetItem},
    {"__contains__", SlotWrapperContains},
    {"__len__", SlotWrapperLen},
    {"__iter__", SlotWrapperIter},
    {"__reversed__", ProxyReversed},
    {"__class_getitem__", ClassGetItemMethod, MethodKind::kClassMethod},
    {nullptr, nullptr},
};

// `proxy | other` is a new dict (mappingproxy_or).
Value ProxyOr(Interp& vm, Value a, Value b) {
  Value left = HasType(a, &kMappingProxyType) ? Mapping(a) : a;
  Value right = HasType(b, &kMappingProxyType) ? Mapping(b) : b;
  return BinaryOperation(vm, BinaryOp::kOr, left, right);
}

// mappingproxy(mapping) (CPython's types.MappingProxyType): here the
// mapping must be a dict (or another proxy's), the one kind the view reads.
Value ProxyConstruct(Interp& vm, Value, CallArgs args) {
  // CPython's clinic signature takes the mapping by name too.
  static const ArgSpec kSpec("mappingproxy(mapping)");
  Value mapping;
  if (!ParseArgs(vm, kSpec, args, &mapping)) return Value::Null();
  if (HasType(mapping, &kMappingProxyType)) {
    mapping = Value::FromObject(As<MappingProxyObject>(mapping)->mapping);
  }
  if (!IsDict(mapping)) {
    return vm.RaiseFormat(&kTypeErrorType, "mappingproxy() argument must be a dict in the sandbox, not %s",
                          std::string(TypeName(mapping)));
  }
  MappingProxyObject* p = NewMappingProxy(vm, As<DictObject>(mapping));
  return p != nullptr ? Value::FromObject(p) : Value::Null();
}

}  // namespace

MappingProxyObject* NewMappingProxy(Interp& vm, DictObject* dict) {
  auto* p = vm.New<MappingProxyObject>(&kMappingProxyType);
  if (p != nullptr) p->mapping = dict;
  return p;
}

void InitMappingProxyType() {
  InitStaticType(&kMappingProxyType, "mappingproxy", &kObjectType, kTypeMapping);
  kMappingProxyType.trace = ProxyTrace;
  kMappingProxyType.repr = ProxyRepr;
  kMappingProxyType.str = ProxyStr;
  kMappingProxyType.getitem = ProxyGetItem;
  kMappingProxyType.len = ProxyLen;
  kMappingProxyType.contains = ProxyContains;
  kMappingProxyType.iter = ProxyIter;
  kMappingProxyType.richcompare = ProxyCompare;
  kMappingProxyType.methods = kProxyMethods;
  kMappingProxyType.binary[static_cast<int>(BinaryOp::kOr)] = ProxyOr;
  kMappingProxyType.construct = ProxyConstruct;
}

}  // namespace moat::vm
