// mappingproxy (see mapping_proxy.h): every read goes to the wrapped dict's
// own operations and methods, so lookups, views and reprs are the dict's.
#include "vm/objects/mapping_proxy.h"

#include <string>

#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
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

// The dict's own method of the same name, applied to the wrapped dict.
template <const char* kName>
Value ProxyMethod(Interp& vm, Value self, CallArgs args) {
  const MethodDef* def = FindMethod(&kDictType, kName);
  if (def == nullptr) {
    return vm.RaiseFormat(&kAttributeErrorType, "'mappingproxy' object has no attribute '%s'",
                          std::string(kName));
  }
  return def->fn(vm, Mapping(self), args);
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
    {nullptr, nullptr},
};

// `proxy | other` is a new dict (mappingproxy_or).
Value ProxyOr(Interp& vm, Value a, Value b) {
  Value left = HasType(a, &kMappingProxyType) ? Mapping(a) : a;
  Value right = HasType(b, &kMappingProxyType) ? Mapping(b) : b;
  return BinaryOperation(vm, BinaryOp::kOr, left, right);
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
  kMappingProxyType.getitem = ProxyGetItem;
  kMappingProxyType.len = ProxyLen;
  kMappingProxyType.contains = ProxyContains;
  kMappingProxyType.iter = ProxyIter;
  kMappingProxyType.richcompare = ProxyCompare;
  kMappingProxyType.methods = kProxyMethods;
  kMappingProxyType.binary[static_cast<int>(BinaryOp::kOr)] = ProxyOr;
}

}  // namespace moat::vm
