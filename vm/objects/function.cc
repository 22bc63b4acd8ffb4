// Code objects, functions, cells, builtin functions and bound methods.
#include "vm/objects/function.h"

#include "vm/gc.h"
#include "vm/interpreter.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/dict.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"

namespace moat::vm {

TypeObject kCodeType;
TypeObject kFunctionType;
TypeObject kCellType;
TypeObject kBuiltinFunctionType;
TypeObject kMethodType;

int32_t CodeObject::LineAt(size_t code_unit) const {
  if (code_unit >= data->lines.size()) return first_line;
  return data->lines[code_unit];
}

CellObject* NewCell(Interp& vm, Value v) {
  CellObject* c = vm.New<CellObject>(&kCellType);
  if (c != nullptr) c->value = v;
  return c;
}

BuiltinFunctionObject* NewBuiltinFunction(Interp& vm, const MethodDef* def, Value self,
                                          const char* owner) {
  BuiltinFunctionObject* f = vm.New<BuiltinFunctionObject>(&kBuiltinFunctionType);
  if (f == nullptr) return nullptr;
  f->def = def;
  f->self = self;
  f->owner = owner;
  return f;
}

MethodObject* NewMethod(Interp& vm, Value function, Value self) {
  MethodObject* m = vm.New<MethodObject>(&kMethodType);
  if (m == nullptr) return nullptr;
  m->function = function;
  m->self = self;
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
}

Value FunctionRepr(Interp& vm, Value self) {
  FunctionObject* f = As<FunctionObject>(self);
  // No address: scripts must not learn heap layout.
  return NewStrValue(vm, StrCat("<function ", f->qualname->view(), ">"));
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

// Defaults are values the script itself supplied: safe to show.
Value FunctionGetDefaults(Interp& vm, Value self, CallArgs) {
  TupleObject* d = As<FunctionObject>(self)->defaults;
  return d ? Value::FromObject(d) : Value::None();
}
Value FunctionGetKwdefaults(Interp& vm, Value self, CallArgs) {
  DictObject* d = As<FunctionObject>(self)->kwdefaults;
  return d ? Value::FromObject(d) : Value::None();
}

const MethodDef kFunctionMethods[] = {
    {"__defaults__", FunctionGetDefaults, MethodKind::kGetter},
    {"__kwdefaults__", FunctionGetKwdefaults, MethodKind::kGetter},
    {"__name__", FunctionGetName, MethodKind::kGetter},
    {"__qualname__", FunctionGetQualname, MethodKind::kGetter},
    {"__doc__", FunctionGetDoc, MethodKind::kGetter},
    {nullptr, nullptr},
};

void CellTrace(Object* o, GcTracer& t) { t.Visit(static_cast<CellObject*>(o)->value); }

void BuiltinTrace(Object* o, GcTracer& t) { t.Visit(static_cast<BuiltinFunctionObject*>(o)->self); }

Value BuiltinRepr(Interp& vm, Value self) {
  BuiltinFunctionObject* f = As<BuiltinFunctionObject>(self);
  if (f->self.is_null() || (f->self.is_object() && f->self.object()->type->name &&
                            std::string_view(f->self.object()->type->name) == "module")) {
    return NewStrValue(vm, StrCat("<built-in function ", f->def->name, ">"));
  }
  return NewStrValue(vm, StrCat("<built-in method ", f->def->name, " of ",
                                      TypeOf(f->self)->name, " object>"));
}

Value BuiltinCall(Interp& vm, Value callable, CallArgs args) {
  BuiltinFunctionObject* f = As<BuiltinFunctionObject>(callable);
  if (f->unbound_for != nullptr) {
    if (args.nargs == 0) {
      return vm.RaiseFormat(&kTypeErrorType, "unbound method %s.%s() needs an argument",
                            f->unbound_for->name, f->def->name);
    }
    Value self = args.args[0];
    if (!IsSubtype(TypeOf(self), f->unbound_for)) {
      return vm.RaiseFormat(&kTypeErrorType,
                            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                            f->def->name, f->unbound_for->name, TypeOf(self)->name);
    }
    return f->def->fn(vm, self, CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
  }
  return f->def->fn(vm, f->self, args);
}

Value BuiltinGetName(Interp& vm, Value self, CallArgs) {
  return NewStrValue(vm, As<BuiltinFunctionObject>(self)->def->name);
}

const MethodDef kBuiltinMethods[] = {
    {"__name__", BuiltinGetName, MethodKind::kGetter},
    {"__qualname__", BuiltinGetName, MethodKind::kGetter},
    {nullptr, nullptr},
};

void MethodTrace(Object* o, GcTracer& t) {
  MethodObject* m = static_cast<MethodObject*>(o);
  t.Visit(m->function);
  t.Visit(m->self);
}

Value MethodCall(Interp& vm, Value callable, CallArgs args) {
  MethodObject* m = As<MethodObject>(callable);
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

Value MethodRepr(Interp& vm, Value self) {
  MethodObject* m = As<MethodObject>(self);
  std::string out = "<bound method ";
  if (HasType(m->function, &kFunctionType)) {
    StrAppend(&out, As<FunctionObject>(m->function)->qualname->view());
  }
  StrAppend(&out, " of ", TypeOf(m->self)->name, " object>");
  return NewStrValue(vm, out);
}

}  // namespace

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

  InitStaticType(&kCellType, "cell", &kObjectType);
  kCellType.trace = CellTrace;

  InitStaticType(&kBuiltinFunctionType, "builtin_function_or_method", &kObjectType);
  kBuiltinFunctionType.trace = BuiltinTrace;
  kBuiltinFunctionType.repr = BuiltinRepr;
  kBuiltinFunctionType.call = BuiltinCall;
  kBuiltinFunctionType.methods = kBuiltinMethods;

  InitStaticType(&kMethodType, "method", &kObjectType);
  kMethodType.trace = MethodTrace;
  kMethodType.call = MethodCall;
  kMethodType.repr = MethodRepr;
}

}  // namespace moat::vm
