// Built-in exception types and instances; traceback formatting as CPython
// prints it (Python/pythonrun.c print_exception_recursive).
#include "vm/objects/exception.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/sandbox_policy.h"
#include "vm/syntax_error_text.h"
#include "vm/traceback_carets.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception_group.h"
#include "vm/objects/exception_os.h"
#include "vm/objects/exception_syntax.h"
#include "vm/objects/exception_unicode.h"
#include "vm/objects/dict.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

#define MOAT_DEFINE_EXCEPTION_TYPE(name, base) TypeObject k##name##Type;
MOAT_EXCEPTION_TYPES(MOAT_DEFINE_EXCEPTION_TYPE)
#undef MOAT_DEFINE_EXCEPTION_TYPE
TypeObject kLimitExceededType;

bool IsExceptionType(Value v) {
  return IsType(v) && (As<TypeObject>(v)->type_flags & kTypeException) != 0;
}

namespace {

// args, and the attributes CPython derives from them (StopIteration.value,
// SystemExit.code).
void SetExceptionArgs(ExceptionObject* e, TupleObject* args) {
  e->args = args;
  TypeObject* type = e->type;
  // A group's message and sub-exceptions are set by its __new__ only.
  if (IsSubtype(type, &kBaseExceptionGroupType)) return;
  e->value = Value::Null();
  if (IsSubtype(type, &kImportErrorType)) {
    // ImportError.msg: the message when it is the only argument.
    if (args->size == 1) e->value = args->items[0];
    return;
  }
  if (IsSubtype(type, &kStopIterationType) || IsSubtype(type, &kSystemExitType)) {
    e->value = args->size > 0 ? args->items[0] : Value::None();
    if (IsSubtype(type, &kSystemExitType) && args->size > 1) e->value = Value::FromObject(args);
  }
}

TupleObject* ArgsTuple(Interp& vm, CallArgs args) {
  return args.nargs ? NewTupleFrom(vm, args.args, args.nargs) : vm.empty_tuple();
}

// BaseException.__new__: keeps the positional arguments, ignores keywords
// (a subclass's __init__ may take them).
Value ExceptionNew(Interp& vm, TypeObject* subtype, CallArgs args) {
  TupleObject* t = ArgsTuple(vm, args);
  if (t == nullptr) return Value::Null();
  ExceptionObject* e = NewException(vm, subtype, t);
  return e ? Value::FromObject(e) : Value::Null();
}

// Whether instances of `type` take keyword arguments: AttributeError's
// `name` and `obj`, NameError's `name`, ImportError's `name` and `path`.
bool TakesKeywords(TypeObject* type) {
  return IsSubtype(type, &kAttributeErrorType) || IsSubtype(type, &kNameErrorType) ||
         IsSubtype(type, &kImportErrorType);
}

// The keyword arguments of an exception's __init__ (keyword-only,
// CPython's AttributeError_init, NameError_init and ImportError_init, which
// reset what is not passed); no other type takes any.
int InitKeywordMembers(Interp& vm, ExceptionObject* e, CallArgs args) {
  CallArgs keywords{args.args + args.nargs, 0, args.kwnames};
  Value out[2] = {Value::Null(), Value::Null()};
  if (IsSubtype(e->type, &kAttributeErrorType)) {
    static const ArgSpec kSpec("AttributeError(*, name=None, obj=None)");
    if (!ParseArgs(vm, kSpec, keywords, out)) return -1;
  } else if (IsSubtype(e->type, &kNameErrorType)) {
    static const ArgSpec kSpec("NameError(*, name=None)");
    if (!ParseArgs(vm, kSpec, keywords, out)) return -1;
  } else if (IsSubtype(e->type, &kImportErrorType)) {
    static const ArgSpec kSpec("ImportError(*, name=None, path=None)");
    if (!ParseArgs(vm, kSpec, keywords, out)) return -1;
  } else if (args.nkwargs() > 0) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", e->type->name);
    return -1;
  } else {
    return 0;
  }
  e->name = out[0];
  e->obj = out[1];
  return 0;
}

int ExceptionInit(Interp& vm, Value self, CallArgs args) {
  ExceptionObject* e = As<ExceptionObject>(self);
  if (args.nkwargs() > 0 && !TakesKeywords(e->type)) {
    vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", TypeOf(self)->name);
    return -1;
  }
  TupleObject* t = ArgsTuple(vm, args);
  if (t == nullptr) return -1;
  SetExceptionArgs(e, t);
  return InitKeywordMembers(vm, e, args);
}

}  // namespace

ExceptionObject* NewException(Interp& vm, TypeObject* type, TupleObject* args) {
  ExceptionObject* e = NewInstance<ExceptionObject>(vm, type);
  if (e == nullptr) return nullptr;
  e->cause = Value::Null();
  e->context = Value::Null();
  e->dict = nullptr;
  e->name = Value::Null();
  e->obj = Value::Null();
  e->traceback = nullptr;
  SetExceptionArgs(e, args);
  return e;
}

int ExceptionSetMember(Interp& vm, Value exc, std::string_view name, Value value) {
  ExceptionObject* e = As<ExceptionObject>(exc);
  auto cannot_delete = [&] {
    vm.RaiseFormat(&kTypeErrorType, "%s may not be deleted", std::string(name));
    return -1;
  };
  if (name == "args") {
    if (value.is_null()) return cannot_delete();
    TupleObject* t;
    if (IsTuple(value) && TypeOf(value) == &kTupleType) {
      t = As<TupleObject>(value);
    } else {
      ListObject* items = ListFromIterable(vm, value);
      if (items == nullptr) return -1;
      t = NewTupleFrom(vm, items->items, items->size);
      if (t == nullptr) return -1;
    }
    // Only args: StopIteration.value and a group's members stay as made.
    e->args = t;
    return 0;
  }
  if (name == "__cause__" || name == "__context__") {
    bool cause = name == "__cause__";
    if (value.is_null()) return cannot_delete();
    if (!value.is_none() && !IsException(value)) {
      vm.RaiseFormat(&kTypeErrorType, "exception %s must be None or derive from BaseException",
                     cause ? "cause" : "context");
      return -1;
    }
    if (cause) {
      e->cause = value;
      e->suppress_context = true;
    } else {
      e->context = value.is_none() ? Value::Null() : value;
    }
    return 0;
  }
  if (name == "__traceback__") {
    // BaseException_set_tb.
    if (value.is_null()) {
      vm.RaiseTypeError("__traceback__ may not be deleted");
      return -1;
    }
    if (!value.is_none() && !IsTraceback(value)) {
      vm.RaiseTypeError("__traceback__ must be a traceback or None");
      return -1;
    }
    e->traceback = value.is_none() ? nullptr : As<TracebackObject>(value);
    return 0;
  }
  if (name == "__suppress_context__") {
    if (value.is_null()) {
      vm.RaiseTypeError("can't delete numeric/char attribute");
      return -1;
    }
    if (!value.is_bool()) {
      vm.RaiseTypeError("attribute value type must be bool");
      return -1;
    }
    e->suppress_context = value.is_true();
    return 0;
  }
  bool value_member = (name == "value" && IsSubtype(e->type, &kStopIterationType)) ||
                      (name == "code" && IsSubtype(e->type, &kSystemExitType));
  bool has_name = TakesKeywords(e->type);
  bool is_import = IsSubtype(e->type, &kImportErrorType);
  if ((name == "name" && has_name) || (name == "obj" && IsSubtype(e->type, &kAttributeErrorType)) ||
      (name == "path" && is_import)) {
    (name == "name" ? e->name : e->obj) = value;  // deleting reads back as None
    return 0;
  }
  if (name == "msg" && is_import) {
    e->value = value;
    return 0;
  }
  if (value_member) {
    e->value = value;  // deleting reads back as None, as T_OBJECT does
    return 0;
  }
  if ((name == "message" || name == "exceptions") &&
      IsSubtype(e->type, &kBaseExceptionGroupType)) {
    vm.Raise(&kAttributeErrorType, "readonly attribute");  // READONLY members
    return -1;
  }
  int os_member = OSErrorSetMember(vm, exc, name, value);
  if (os_member <= 0) return os_member;
  int syntax_member = SyntaxErrorSetMember(vm, exc, name, value);
  if (syntax_member <= 0) return syntax_member;
  return UnicodeErrorSetMember(vm, exc, name, value);
}

void SetAttributeErrorContext(Interp& vm, Value obj, StrObject* name) {
  Value exc = vm.exception();
  if (!IsException(exc) || !IsSubtype(TypeOf(exc), &kAttributeErrorType)) return;
  ExceptionObject* e = As<ExceptionObject>(exc);
  if (!e->name.is_null() || !e->obj.is_null()) return;
  e->name = Value::FromObject(name);
  e->obj = obj;
}

void SetNameErrorName(Interp& vm, StrObject* name) {
  Value exc = vm.exception();
  if (!IsException(exc) || !IsSubtype(TypeOf(exc), &kNameErrorType)) return;
  ExceptionObject* e = As<ExceptionObject>(exc);
  if (e->name.is_null()) e->name = Value::FromObject(name);
}

Value RaiseNotExceptionInstance(Interp& vm, Value type, Value made, bool made_type_repr) {
  Value type_repr = Repr(vm, type);
  if (type_repr.is_null()) return type_repr;
  std::string made_type(TypeOf(made)->name);
  if (made_type_repr) {
    Value r = Repr(vm, Value::FromObject(TypeOf(made)));
    if (r.is_null()) return r;
    made_type = std::string(As<StrObject>(r)->view());
  }
  return vm.RaiseFormat(&kTypeErrorType,
                        "calling %s should have returned an instance of BaseException, not %s",
                        std::string(As<StrObject>(type_repr)->view()), made_type);
}

Value RaiseFromCause(Interp& vm, TypeObject* type, std::string_view message) {
  Value cause = vm.TakeException();
  if (!IsException(cause) || HasType(cause, &kLimitExceededType)) return vm.SetException(cause);
  RootScope roots(vm);
  roots.Add(&cause);
  vm.Raise(type, message);
  Value exc = vm.exception();
  if (!IsException(exc) || exc.Is(cause)) return Value::Null();
  ExceptionObject* e = As<ExceptionObject>(exc);
  e->cause = cause;
  e->context = cause;
  e->suppress_context = true;
  return Value::Null();
}

void ExceptionAddTraceback(Interp& vm, ExceptionObject* exc, CodeObject* code, uint32_t instr) {
  TracebackObject* tb = NewTraceback(vm, exc->traceback, code, instr);  // never collects
  if (tb == nullptr) {
    // Best effort: the MemoryError does not mask the exception, but a spent
    // memory budget's error stays pending.
    if (vm.limit_hit() == LimitKind::kNone) {
      vm.ClearException();
      vm.SetException(Value::FromObject(exc));
    }
    return;
  }
  exc->traceback = tb;
}

Value ExceptionTraceback(Value exc) {
  TracebackObject* tb = As<ExceptionObject>(exc)->traceback;
  return tb != nullptr ? Value::FromObject(tb) : Value::None();
}

bool CheckExceptTarget(Interp& vm, Value target) {
  bool ok = IsExceptionType(target);
  if (IsTuple(target)) {
    TupleObject* t = As<TupleObject>(target);
    ok = true;
    for (size_t i = 0; i < t->size && ok; ++i) ok = IsExceptionType(t->items[i]);
  }
  if (!ok) {
    vm.RaiseTypeError("catching classes that do not inherit from BaseException is not allowed");
  }
  return ok;
}

bool ExceptionMatchesTarget(Value exc, Value target) {
  TypeObject* t = TypeOf(exc);
  if (IsTuple(target)) {
    TupleObject* tt = As<TupleObject>(target);
    for (size_t i = 0; i < tt->size; ++i) {
      if (IsSubtype(t, As<TypeObject>(tt->items[i]))) return true;
    }
    return false;
  }
  return IsSubtype(t, As<TypeObject>(target));
}

std::string ExceptionTypeName(TypeObject* type, bool qualname) {
  if (!IsUserClass(type)) return type->name;
  // CPython's print_exception (the qualname) and write_unraisable_exc_file
  // (the __name__), with the module unless it is builtins or __main__. A
  // __module__ that is not a str shows as "<unknown>." there, and as
  // "<unknown>" with no dot in write_unraisable_exc_file.
  ClassObject* c = static_cast<ClassObject*>(type);
  std::string out;
  if (IsStr(c->module)) {
    std::string_view module = As<StrObject>(c->module)->view();
    if (module != "builtins" && module != "__main__") StrAppend(&out, module, ".");
  } else {
    StrAppend(&out, qualname ? "<unknown>." : "<unknown>");
  }
  StrAppend(&out, qualname ? c->qualname->view() : std::string_view(type->name));
  return out;
}

Value ExceptionStr(Interp& vm, Value exc) {
  ExceptionObject* e = As<ExceptionObject>(exc);
  if (IsSubtype(e->type, &kBaseExceptionGroupType)) return kBaseExceptionGroupType.str(vm, exc);
  if (IsUnicodeErrorWithRange(e->type)) return UnicodeErrorStr(vm, exc);
  if (IsSubtype(e->type, &kOSErrorType)) {
    Value s = OSErrorStr(vm, exc);
    if (!s.is_null() || vm.HasException()) return s;
  }
  // ImportError_str: the message while it is a str.
  if (IsSubtype(e->type, &kImportErrorType) && !e->value.is_null() &&
      TypeOf(e->value) == &kStrType) {
    return e->value;
  }
  TupleObject* args = e->args;
  if (args->size == 0) return NewStrValue(vm, "");
  if (args->size == 1) {
    if (IsSubtype(e->type, &kKeyErrorType)) return Repr(vm, args->items[0]);
    return Str(vm, args->items[0]);
  }
  return Str(vm, Value::FromObject(args));
}

namespace {

void ExceptionTrace(Object* o, GcTracer& t) {
  ExceptionObject* e = static_cast<ExceptionObject*>(o);
  t.VisitPtr(e->args);
  t.Visit(e->cause);
  t.Visit(e->context);
  t.Visit(e->value);
  t.Visit(e->name);
  t.Visit(e->obj);
  t.VisitPtr(e->dict);
  t.VisitPtr(e->traceback);
}

Value ExceptionReprSlot(Interp& vm, Value self) {
  ExceptionObject* e = As<ExceptionObject>(self);
  // BaseException_repr prints _PyType_Name, tp_name after its last dot: a
  // module's native exception reads "error(...)", not "re.error(...)".
  std::string out = IsUserClass(e->type) ? std::string(e->type->name) : TypeQualName(e->type);
  if (e->args->size == 1) {
    out += "(";
    if (!AppendRepr(vm, e->args->items[0], &out)) return Value::Null();
    out += ")";
  } else {
    if (!AppendRepr(vm, Value::FromObject(e->args), &out)) return Value::Null();
  }
  return NewStrValue(vm, out);
}

Value ExceptionStrSlot(Interp& vm, Value self) { return ExceptionStr(vm, self); }

Value ExceptionConstruct(Interp& vm, Value type_value, CallArgs args) {
  TypeObject* type = As<TypeObject>(type_value);
  if (args.nkwargs() > 0 && !TakesKeywords(type)) {
    return vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments", type->name);
  }
  TupleObject* t = args.nargs ? NewTupleFrom(vm, args.args, args.nargs) : vm.empty_tuple();
  if (t == nullptr) return Value::Null();
  ExceptionObject* e = NewException(vm, type, t);
  if (e == nullptr) return Value::Null();
  Value result = Value::FromObject(e);
  return InitKeywordMembers(vm, e, args) < 0 ? Value::Null() : result;
}

Value GetArgs(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(As<ExceptionObject>(self)->args);
}
Value GetCause(Interp& vm, Value self, CallArgs) {
  Value c = As<ExceptionObject>(self)->cause;
  return c.is_null() ? Value::None() : c;
}
Value GetContext(Interp& vm, Value self, CallArgs) {
  Value c = As<ExceptionObject>(self)->context;
  return c.is_null() ? Value::None() : c;
}
Value GetSuppressContext(Interp& vm, Value self, CallArgs) {
  return Value::Bool(As<ExceptionObject>(self)->suppress_context);
}
Value GetValue(Interp& vm, Value self, CallArgs) {
  Value v = As<ExceptionObject>(self)->value;
  return v.is_null() ? Value::None() : v;
}
Value GetName(Interp& vm, Value self, CallArgs) {
  Value v = As<ExceptionObject>(self)->name;
  return v.is_null() ? Value::None() : v;
}
Value GetObj(Interp& vm, Value self, CallArgs) {
  Value v = As<ExceptionObject>(self)->obj;
  return v.is_null() ? Value::None() : v;
}

// The dict holding the attributes a script set on `exc`: its own for a
// built-in exception type, the instance dict for a user subclass. The slot
// may hold nullptr (nothing set yet); nullptr when there is no slot.
DictObject** ExceptionDictSlot(Value exc) {
  if (DictObject** slot = InstanceDictSlot(exc)) return slot;
  return &As<ExceptionObject>(exc)->dict;
}

}  // namespace

DictObject* ExceptionDict(Value exc) { return *ExceptionDictSlot(exc); }

Value ExceptionReduceTuple(Interp& vm, Value exc, Value args, Value state) {
  Value items[3] = {Value::FromObject(TypeOf(exc)), args, state};
  TupleObject* t = NewTupleFrom(vm, items, state.is_null() ? 2 : 3);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

namespace {

// PyObject_GenericGetAttr for built-in exception instances: the getters
// (data descriptors) first, then the instance's attributes, then methods.
Value ExceptionGetAttr(Interp& vm, Value self, StrObject* name) {
  TypeObject* t = TypeOf(self);
  TypeAttr attr;
  bool found = FindTypeAttr(vm, t, name, &attr);
  if (found && attr.method != nullptr && attr.method->kind == MethodKind::kGetter) {
    return BindTypeAttr(vm, attr, self, t);
  }
  if (name->view() == "__dict__") {
    // BaseException's __dict__ getset: the attributes the script set, made
    // on first use (vars(e) of a fresh exception is {}).
    DictObject** slot = ExceptionDictSlot(self);
    if (*slot == nullptr) *slot = NewDict(vm);
    return *slot != nullptr ? Value::FromObject(*slot) : Value::Null();
  }
  if (DictObject* d = As<ExceptionObject>(self)->dict) {
    Value v = DictGetStr(vm, d, name);
    if (!v.is_null()) return v;
  }
  if (found) return BindTypeAttr(vm, attr, self, t);
  // A built-in exception's docstring, which moat does not carry (as in
  // GenericGetAttr).
  return name->view() == "__doc__" && !IsUserClass(t) ? Value::None() : Value::Null();
}

int ExceptionSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  std::string_view n = name->view();
  int r = ExceptionSetMember(vm, self, n, value);
  if (r <= 0) return r;
  // The object's class stays: a built-in exception's layout is shared.
  if (n == "__class__") {
    vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
    return -1;
  }
  // BaseException's __dict__ getset (PyObject_GenericSetDict): any dict, which then holds
  // the attributes; it is only what `vars(e)` already hands out.
  if (n == "__dict__") return AssignGenericDict(vm, ExceptionDictSlot(self), value);
  return SetInDictSlot(vm, ExceptionDictSlot(self), self, name, value);
}

Value GetTraceback(Interp&, Value self, CallArgs) { return ExceptionTraceback(self); }

// BaseException.with_traceback(tb): sets __traceback__, returns self.
Value WithTraceback(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "BaseException.with_traceback")) return Value::Null();
  if (ExceptionSetMember(vm, self, "__traceback__", args.args[0]) < 0) return Value::Null();
  return self;
}

// BaseException.add_note(note) (3.11): appends to the list in __notes__,
// creating it on first use.
Value AddNote(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "BaseException.add_note")) return Value::Null();
  Value note = args.args[0];
  if (!IsStr(note)) {
    return vm.RaiseFormat(&kTypeErrorType, "note must be a str, not '%s'",
                          std::string(TypeName(note)));
  }
  StrObject* key = vm.Intern("__notes__");
  Value notes = GetAttrOptional(vm, self, key);
  if (notes.is_null()) {
    if (vm.HasException()) return notes;
    ListObject* list = NewList(vm);
    if (list == nullptr) return Value::Null();
    notes = Value::FromObject(list);
    RootScope roots(vm);
    roots.Add(&notes);
    if (SetAttr(vm, self, key, notes) < 0) return Value::Null();
  }
  if (!IsList(notes)) return vm.RaiseTypeError("Cannot add note: __notes__ is not a list");
  return ListAppendValue(vm, As<ListObject>(notes), note) ? Value::None() : Value::Null();
}

// BaseException.__setstate__(state): CPython's BaseException_setstate, which
// copy and pickle call with the __dict__ part of __reduce__: None, or a dict
// whose items are assigned as attributes (so a subclass's __setattr__ runs).
Value SetState(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "BaseException.__setstate__")) return Value::Null();
  Value state = args.args[0];
  if (state.is_none()) return Value::None();
  if (!IsDict(state)) return vm.RaiseTypeError("state is not a dictionary");
  Value key = Value::None();
  Value value = Value::None();
  RootScope roots(vm);
  roots.Add(&key);
  roots.Add(&value);
  size_t pos = 0;
  while (DictNext(As<DictObject>(state), &pos, &key, &value)) {
    if (!IsStr(key)) {
      return vm.RaiseFormat(&kTypeErrorType, "attribute name must be string, not '%s'",
                            std::string(TypeName(key)));
    }
    if (SetAttr(vm, self, As<StrObject>(key), value) < 0) return Value::Null();
  }
  return Value::None();
}

// BaseException.__reduce__(): BaseException_reduce, the class with args, and the attribute
// dict once there is one (copy and pickle call the class with args, then __setstate__).
Value BaseExceptionReduce(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "BaseException.__reduce__")) return Value::Null();
  DictObject* dict = ExceptionDict(self);
  return ExceptionReduceTuple(vm, self, Value::FromObject(As<ExceptionObject>(self)->args),
                              dict == nullptr ? Value::Null() : Value::FromObject(dict));
}

// ImportError.__reduce__(): ImportError_reduce, whose state adds name and path (when set,
// None included) to a copy of the attribute dict.
Value ImportErrorReduce(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "ImportError.__reduce__")) return Value::Null();
  ExceptionObject* e = As<ExceptionObject>(self);
  DictObject* dict = ExceptionDict(self);
  Value state = dict == nullptr ? Value::Null() : Value::FromObject(dict);
  RootScope roots(vm);
  roots.Add(&state);
  if (!e->name.is_null() || !e->obj.is_null()) {
    DictObject* copy = dict == nullptr ? NewDict(vm) : DictCopy(vm, dict);
    if (copy == nullptr) return Value::Null();
    state = Value::FromObject(copy);
    if ((!e->name.is_null() && DictSetStr(vm, copy, "name", e->name) < 0) ||
        (!e->obj.is_null() && DictSetStr(vm, copy, "path", e->obj) < 0)) {
      return Value::Null();
    }
  }
  return ExceptionReduceTuple(vm, self, Value::FromObject(e->args), state);
}

const MethodDef kBaseExceptionMethods[] = {
    {"args", GetArgs, MethodKind::kGetter},
    {"with_traceback", WithTraceback},
    {"add_note", AddNote},
    {"__reduce__", BaseExceptionReduce},
    {"__setstate__", SetState},
    {"__cause__", GetCause, MethodKind::kGetter},
    {"__context__", GetContext, MethodKind::kGetter},
    {"__suppress_context__", GetSuppressContext, MethodKind::kGetter},
    {"__traceback__", GetTraceback, MethodKind::kGetter},
    {nullptr, nullptr},
};

const MethodDef kStopIterationMethods[] = {
    {"value", GetValue, MethodKind::kGetter},
    {nullptr, nullptr},
};

const MethodDef kSystemExitMethods[] = {
    {"code", GetValue, MethodKind::kGetter},
    {nullptr, nullptr},
};

const MethodDef kAttributeErrorMethods[] = {
    {"name", GetName, MethodKind::kGetter},
    {"obj", GetObj, MethodKind::kGetter},
    {nullptr, nullptr},
};

const MethodDef kNameErrorMethods[] = {
    {"name", GetName, MethodKind::kGetter},
    {nullptr, nullptr},
};

const MethodDef kImportErrorMethods[] = {
    {"msg", GetValue, MethodKind::kGetter},
    {"name", GetName, MethodKind::kGetter},
    {"path", GetObj, MethodKind::kGetter},
    {"__reduce__", ImportErrorReduce},
    {nullptr, nullptr},
};

}  // namespace

std::string_view RawSourceLine(std::string_view source, int32_t line) {
  // Lines end at "\n", "\r\n" or a lone "\r": linecache reads the file
  // with universal newlines, as the compiler counted its lines.
  if (line < 1) return {};
  size_t pos = 0;
  for (int32_t i = 1; i < line; ++i) {
    size_t nl = source.find_first_of("\r\n", pos);
    if (nl == std::string_view::npos) return {};
    if (source[nl] == '\r' && nl + 1 < source.size() && source[nl + 1] == '\n') ++nl;
    pos = nl + 1;
  }
  size_t end = source.find_first_of("\r\n", pos);
  return source.substr(pos, end == std::string_view::npos ? source.size() - pos : end - pos);
}

namespace {

// tb_print_internal's and StackSummary.format's cut-off for a run of
// identical entries (a recursion).
constexpr int64_t kRecursiveCutoff = 3;

// Python's str.strip() whitespace in the ASCII range (source lines).
bool IsStripSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::vector<std::string> FormatStackEntries(const std::vector<StackEntry>& entries,
                                            bool module_text) {
  std::vector<std::string> chunks;
  auto repeated = [&chunks](int64_t count) {
    if (count <= kRecursiveCutoff) return;
    count -= kRecursiveCutoff;
    chunks.push_back(StrCat("  [Previous line repeated ", count,
                            count > 1 ? " more times]\n" : " more time]\n"));
  };
  const StackEntry* last = nullptr;
  int64_t count = 0;
  for (const StackEntry& entry : entries) {
    bool same = last != nullptr && entry.filename == last->filename &&
                entry.lineno == last->lineno && entry.name == last->name;
    if (!same) {
      repeated(count);
      last = &entry;
      count = 0;
    }
    if (++count > kRecursiveCutoff) continue;
    std::string text = StrCat("  File \"", entry.filename, "\", line ", entry.lineno, ", in ",
                              entry.name, "\n");
    if (entry.has_line) {
      // The C printer (display_source_line_with_margin) drops the
      // indentation; FrameSummary.line is strip()ped on both sides.
      std::string_view shown = entry.line;
      while (!shown.empty() && (module_text ? IsStripSpace(shown.front())
                                            : (shown.front() == ' ' || shown.front() == '\t' ||
                                               shown.front() == '\f'))) {
        shown.remove_prefix(1);
      }
      while (module_text && !shown.empty() && IsStripSpace(shown.back())) shown.remove_suffix(1);
      if (!shown.empty()) {
        StrAppend(&text, "    ", shown, "\n");
        if (entry.has_location) text.append(TracebackCarets(entry.line, entry.location));
      }
    }
    for (const auto& [name, value] : entry.locals) {
      StrAppend(&text, "    ", name, " = ", value, "\n");
    }
    chunks.push_back(std::move(text));
  }
  repeated(count);
  return chunks;
}

std::vector<StackEntry> TracebackStackEntries(const TracebackObject* tb, bool has_limit,
                                              int64_t limit) {
  std::vector<const TracebackObject*> shown;
  for (; tb != nullptr; tb = tb->next) {
    if (!IsHiddenEntry(tb)) shown.push_back(tb);
  }
  size_t begin = 0, end = shown.size();
  if (has_limit && limit >= 0) {
    end = std::min<uint64_t>(end, static_cast<uint64_t>(limit));
  } else if (has_limit && static_cast<uint64_t>(-(limit + 1)) + 1 < end) {
    begin = end - (static_cast<uint64_t>(-(limit + 1)) + 1);
  }
  std::vector<StackEntry> entries;
  entries.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) {
    const CodeObject* code = shown[i]->code;
    int32_t line = TracebackLine(shown[i]);
    StackEntry& entry = entries.emplace_back();
    entry.lineno = StrCat(line);
    entry.name = std::string(code->name->view());
    if (shown[i]->generated_line != 0) {
      // Code CPython makes with exec has no source a traceback can show.
      entry.filename = kGeneratedFilename;
      continue;
    }
    entry.filename = std::string(code->filename->view());
    const CodeImage* image = code->data->image.get();
    bool located = image != nullptr && shown[i]->instr < image->locations.size();
    if (IsHiddenCode(code)) {
      // A frozen module's line: CPython has no source to show for it, but
      // its positions (FrameSummary's colno...), moved to the line shown.
      if (located) {
        entry.has_location = true;
        entry.location = image->locations[shown[i]->instr];
        if (entry.location.line > 0 && entry.location.end_line >= entry.location.line) {
          entry.location.end_line += line - entry.location.line;
        }
        entry.location.line = line;
      }
      continue;
    }
    if (code->data->source != nullptr) {
      entry.has_line = true;
      entry.line = std::string(RawSourceLine(*code->data->source, line));
      if (located) {
        entry.has_location = true;
        entry.location = image->locations[shown[i]->instr];
      }
    }
  }
  return entries;
}

namespace {

// The traceback printer, as python3.11 prints an uncaught exception
// (pythonrun.c print_exception_recursive) or as Lib/traceback.py's
// TracebackException.format yields it (`module_text`): the chain of causes
// and contexts oldest first, and exception groups as nested boxes, in the
// chunks format() yields.
class TracebackPrinter {
 public:
  // `top` is the exception printed, whose traceback `how` may replace.
  TracebackPrinter(Interp& vm, const ExceptionFormat& how, bool suggest, Value top)
      : vm_(vm), how_(how), suggest_(suggest), top_(top) {}

  std::vector<std::string> Print(Value exc) {
    seen_.insert(exc.bits());
    Format(exc);
    return std::move(out_);
  }

  // Only the "Type: message" line and the notes (format_exception_only).
  std::vector<std::string> PrintOnly(Value exc) {
    EmitFinalLine(exc);
    return std::move(out_);
  }

 private:
  // The C printer shows the newest 1000 entries (sys.tracebacklimit's
  // default); Lib/traceback.py shows all unless given a limit.
  static constexpr int64_t kCTracebackLimit = 1000;

  // One chunk, each of its lines indented for the current group depth.
  void Emit(std::string_view text, char margin = '|') {
    std::string prefix(2 * depth_, ' ');
    if (depth_ > 0) StrAppend(&prefix, std::string_view(&margin, 1), " ");
    std::string chunk;
    while (!text.empty()) {
      size_t nl = text.find('\n');
      size_t len = nl == std::string_view::npos ? text.size() : nl + 1;
      StrAppend(&chunk, prefix, text.substr(0, len));
      text.remove_prefix(len);
    }
    out_.push_back(std::move(chunk));
  }

  bool Seen(Value v) const { return seen_.contains(v.bits()); }

  // The entries shown for `e`: the top exception may be given another
  // traceback (format_exception's `tb`).
  std::vector<StackEntry> Entries(Value exc) {
    const TracebackObject* tb = As<ExceptionObject>(exc)->traceback;
    if (exc.Is(top_) && !how_.traceback.is_null()) {
      tb = how_.traceback.is_none() ? nullptr : As<TracebackObject>(how_.traceback);
    }
    if (how_.has_limit) return TracebackStackEntries(tb, true, how_.limit);
    if (how_.module_text) return TracebackStackEntries(tb, false, 0);
    return TracebackStackEntries(tb, true, -kCTracebackLimit);
  }

  void EmitStack(const char* header, char margin, const std::vector<StackEntry>& entries) {
    Emit(header, margin);
    for (const std::string& chunk : FormatStackEntries(entries, how_.module_text)) Emit(chunk);
  }

  // "Type: message" (format_exception_only) and the notes. A SyntaxError
  // with a location first gets "  File ..., line N" and, without the group
  // margin (as 3.11's print_error_text writes it), its text and caret; its
  // message line then shows `msg`, whose (absent) notes are the ones shown.
  void EmitFinalLine(Value exc) {
    if (!IsException(exc)) {
      Emit(StrCat(TypeName(exc), "\n"));
      return;
    }
    std::string line = ExceptionTypeName(TypeOf(exc));
    Value saved = vm_.TakeException();
    std::string file_line, text_lines;
    Value shown = exc;
    RootScope roots(vm_);
    roots.Add(&shown);
    roots.Add(&saved);
    if (IsSubtype(TypeOf(exc), &kSyntaxErrorType)) {
      SyntaxErrorLocation(exc, &file_line, &text_lines, &shown);
    }
    const bool taken = exc.Is(top_) && shown.Is(exc) && IsStr(how_.top_text);
    Value s = taken ? how_.top_text : Str(vm_, shown);
    if (s.is_null()) {
      vm_.ClearException();
      line.append(": <exception str() failed>");
    } else if (As<StrObject>(s)->byte_length > 0) {
      StrAppend(&line, ": ", As<StrObject>(s)->view());
    }
    if (suggest_) line.append(ExceptionSuggestion(vm_, exc));
    line.append("\n");
    std::vector<std::string> notes;
    if (file_line.empty()) AppendNotes(exc, &notes);
    if (!saved.is_null()) vm_.SetException(saved);
    if (!file_line.empty()) Emit(file_line);
    // print_error_text writes these without the group margin.
    for (std::string_view rest = text_lines; !rest.empty();) {
      size_t nl = rest.find('\n');
      size_t len = nl == std::string_view::npos ? rest.size() : nl + 1;
      out_.emplace_back(rest.substr(0, len));
      rest.remove_prefix(len);
    }
    Emit(line);
    for (const std::string& note : notes) Emit(note);
  }

  // print_exception's SyntaxError branch (parse_syntax_error): with `msg`,
  // `filename` and an int `lineno`, the "  File ..., line N" line and the
  // text with its caret; `msg` becomes what the message line shows.
  // Otherwise (SyntaxError("m") has no lineno) nothing changes.
  void SyntaxErrorLocation(Value exc, std::string* file_line, std::string* text_lines,
                           Value* shown) {
    auto attr = [&](const char* field) {
      StrObject* name = vm_.Intern(field);
      Value v = GetAttrOptional(vm_, exc, name);
      if (v.is_null()) vm_.ClearException();
      return v;
    };
    auto int_or_none = [&](Value v, int64_t none, int64_t* out) {
      if (v.is_none()) {
        *out = none;
        return true;
      }
      return !v.is_null() && IsInt(v) && IntToInt64(v, out);
    };
    if (attr("print_file_and_line").is_null()) return;
    // Attribute lookups and str() may run Python: keep what was read rooted.
    Value msg = Value::Null(), filename = Value::Null(), lineno = Value::Null();
    Value text = Value::Null();
    RootScope roots(vm_);
    roots.Add(&msg);
    roots.Add(&filename);
    roots.Add(&lineno);
    roots.Add(&text);
    msg = attr("msg");
    filename = attr("filename");
    lineno = attr("lineno");
    int64_t line = 0, offset = -1, end_line = 0, end_offset = -1;
    if (msg.is_null() || filename.is_null() || lineno.is_null() || !IsInt(lineno) ||
        !IntToInt64(lineno, &line) || !int_or_none(attr("offset"), -1, &offset)) {
      return;
    }
    bool exact = TypeOf(exc) == &kSyntaxErrorType;
    end_line = line;
    if (exact && (!int_or_none(attr("end_lineno"), line, &end_line) ||
                  !int_or_none(attr("end_offset"), -1, &end_offset))) {
      return;
    }
    text = attr("text");
    std::string name = "<string>";
    if (!filename.is_none()) {
      name.clear();
      if (!AppendStr(vm_, filename, &name)) {
        vm_.ClearException();
        return;
      }
    }
    *file_line = StrCat("  File \"", name, "\", line ", line, "\n");
    if (!text.is_null() && IsStr(text)) {
      text_lines->append(SyntaxErrorTextLines(As<StrObject>(text)->view(),
                                              static_cast<long>(offset),
                                              static_cast<long>(end_offset), exact,
                                              end_line > line));
    }
    *shown = msg;
  }

  // The lines of __notes__ after the message, one chunk each as
  // format_exception_only yields them: each line of each item's str() for
  // a list, tuple or str (one note per character), else the repr of
  // __notes__, without a line break in both printers.
  void AppendNotes(Value exc, std::vector<std::string>* out) {
    DictObject* d = *ExceptionDictSlot(exc);
    StrObject* key = vm_.Intern("__notes__");
    if (d == nullptr) return;
    Value notes = DictGetStr(vm_, d, key);
    if (notes.is_null()) return;
    auto append_lines = [out](std::string_view text) {
      for (;;) {
        size_t nl = text.find('\n');
        out->push_back(StrCat(text.substr(0, nl), "\n"));
        if (nl == std::string_view::npos) return;
        text.remove_prefix(nl + 1);
      }
    };
    auto append = [&](Value s, const char* failed) {
      if (s.is_null()) {
        vm_.ClearException();
        append_lines(failed);
      } else {
        append_lines(As<StrObject>(s)->view());
      }
    };
    if (IsStr(notes)) {
      // A str is a sequence too: CPython prints each character as a note.
      std::string_view text = As<StrObject>(notes)->view();
      for (size_t i = 0; i < text.size();) {
        size_t n = 1;
        while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
        append_lines(text.substr(i, n));
        i += n;
      }
      return;
    }
    RootScope roots(vm_);
    roots.Add(&notes);
    if (!IsList(notes) && !IsTuple(notes)) {
      Value r = Repr(vm_, notes);
      if (r.is_null()) {
        vm_.ClearException();
        out->push_back("<__notes__ repr() failed>");
      } else {
        out->push_back(std::string(As<StrObject>(r)->view()));
      }
      // Neither printer ends it with a line break (python3.11's C printer,
      // print_exception_notes, writes the bare repr too).
      return;
    }
    for (size_t i = 0;; ++i) {
      const Value* items = IsList(notes) ? As<ListObject>(notes)->items : As<TupleObject>(notes)->items;
      size_t size = IsList(notes) ? As<ListObject>(notes)->size : As<TupleObject>(notes)->size;
      if (i >= size) break;
      append(Str(vm_, items[i]), "<note str() failed>");
    }
  }

  // One exception with its chain. Iterative along the chain (which may be
  // arbitrarily long); recursive only into group members, at most
  // max_group_depth deep.
  void Format(Value exc) {
    if (recursion_failed_) return;
    struct Link {
      const char* message;
      Value exc;
    };
    std::vector<Link> chain;
    for (Value cur = exc; !cur.is_null();) {
      const char* message = nullptr;
      Value next = Value::Null();
      if (how_.chain && IsException(cur)) {
        ExceptionObject* e = As<ExceptionObject>(cur);
        if (IsException(e->cause) && !Seen(e->cause)) {
          message = "\nThe above exception was the direct cause of the following exception:\n\n";
          next = e->cause;
        } else if (!e->suppress_context && IsException(e->context) && !Seen(e->context)) {
          message = "\nDuring handling of the above exception, another exception occurred:\n\n";
          next = e->context;
        }
      }
      chain.push_back(Link{message, cur});
      if (!next.is_null()) seen_.insert(next.bits());
      cur = next;
    }
    // str() of one exception may run code that unlinks the others.
    RootScope roots(vm_);
    for (Link& link : chain) roots.Add(&link.exc);
    for (size_t i = chain.size(); i > 0; --i) {
      const Link& link = chain[i - 1];
      if (link.message != nullptr) Emit(link.message);
      // A group earlier in the chain closes its own box; the enclosing
      // group's pending close still follows `exc` in the C printer, whose
      // print_chained keeps need_close across it (Lib/traceback.py does
      // not, and leaves that close out).
      bool need_close = need_close_;
      FormatOne(link.exc);
      if (i > 1 && !how_.module_text) need_close_ = need_close;
    }
  }

  void FormatOne(Value exc) {
    if (recursion_failed_) return;
    ExceptionObject* e = IsException(exc) ? As<ExceptionObject>(exc) : nullptr;
    if (e == nullptr || !IsExceptionGroup(exc)) {
      if (e != nullptr) {
        std::vector<StackEntry> entries = Entries(exc);
        if (!entries.empty()) EmitStack("Traceback (most recent call last):\n", '|', entries);
      }
      EmitFinalLine(exc);
      return;
    }
    if (depth_ > how_.max_group_depth) {
      Emit(StrCat("... (max_group_depth is ", how_.max_group_depth, ")\n"));
      return;
    }
    // TracebackException's max_group_depth may be large: nesting beyond
    // the native limit ends in RecursionError, as CPython's Python
    // recursion does, and nothing more is formatted.
    NativeDepthGuard guard(vm_, " while formatting an exception group");
    if (!guard.ok()) {
      recursion_failed_ = true;
      return;
    }
    bool top = depth_ == 0;
    if (top) ++depth_;
    std::vector<StackEntry> entries = Entries(exc);
    if (!entries.empty()) {
      EmitStack("Exception Group Traceback (most recent call last):\n", top ? '+' : '|', entries);
    }
    EmitFinalLine(exc);
    TupleObject* items = ExceptionGroupItems(vm_, exc);
    size_t count = items->size;
    // As traceback.py: a negative width shows no member at all.
    int64_t width = how_.max_group_width;
    int64_t wanted = static_cast<int64_t>(count) <= width ? static_cast<int64_t>(count) : width + 1;
    size_t shown = wanted > 0 ? static_cast<size_t>(wanted) : 0;
    need_close_ = false;
    for (size_t i = 0; i < shown; ++i) {
      bool last = i + 1 == shown;
      if (last) need_close_ = true;
      bool truncated = static_cast<int64_t>(i) >= width;
      std::string title = truncated ? std::string("...") : StrCat(i + 1);
      out_.push_back(StrCat(std::string(2 * depth_, ' '), i == 0 ? "+-" : "  ",
                            "+---------------- ", title, " ----------------\n"));
      ++depth_;
      if (!truncated) {
        seen_.insert(items->items[i].bits());
        Format(items->items[i]);
      } else {
        int64_t remaining = static_cast<int64_t>(count) - width;
        Emit(StrCat("and ", remaining, " more exception", remaining > 1 ? "s" : "", "\n"));
      }
      if (last && need_close_) {
        out_.push_back(
            StrCat(std::string(2 * depth_, ' '), "+------------------------------------\n"));
        need_close_ = false;
      }
      --depth_;
    }
    if (top) depth_ = 0;
  }

  Interp& vm_;
  const ExceptionFormat& how_;
  bool suggest_;  // the "Did you mean" of the C printer (not Lib/traceback.py's)
  Value top_;
  std::vector<std::string> out_;
  absl::flat_hash_set<uint64_t> seen_;
  int depth_ = 0;
  bool recursion_failed_ = false;  // a group nested past the native limit
  bool need_close_ = false;
};

std::string Join(const std::vector<std::string>& chunks) {
  std::string out;
  for (const std::string& c : chunks) out.append(c);
  return out;
}

}  // namespace

std::vector<std::string> FormatExceptionChunks(Interp& vm, Value exc, const ExceptionFormat& how) {
  return TracebackPrinter(vm, how, /*suggest=*/!how.module_text, exc).Print(exc);
}

std::string FormatException(Interp& vm, Value exc, bool chain, bool suggest) {
  ExceptionFormat how;
  how.chain = chain;
  return Join(TracebackPrinter(vm, how, suggest, exc).Print(exc));
}

std::vector<std::string> FormatExceptionOnlyChunks(Interp& vm, Value exc, Value top_text) {
  ExceptionFormat how;
  how.chain = false;
  how.module_text = true;
  how.top_text = top_text;
  return TracebackPrinter(vm, how, /*suggest=*/false, exc).PrintOnly(exc);
}

std::string FormatExceptionOnly(Interp& vm, Value exc) {
  return Join(FormatExceptionOnlyChunks(vm, exc));
}

void InitExceptionTypes() {
#define MOAT_INIT_EXCEPTION_TYPE(name, base)                                              \
  InitStaticType(&k##name##Type, #name, &k##base##Type, kTypeBaseType | kTypeException); \
  k##name##Type.construct = ExceptionConstruct;                                        \
  k##name##Type.basic_size = sizeof(ExceptionObject);                                   \
  k##name##Type.new_instance = ExceptionNew;                                            \
  k##name##Type.init = ExceptionInit;                                                   \
  k##name##Type.trace = ExceptionTrace;
  MOAT_EXCEPTION_TYPES(MOAT_INIT_EXCEPTION_TYPE)
  MOAT_INIT_EXCEPTION_TYPE(LimitExceeded, BaseException)
#undef MOAT_INIT_EXCEPTION_TYPE
  kLimitExceededType.type_flags &= ~kTypeBaseType;
  kBaseExceptionType.repr = ExceptionReprSlot;
  kBaseExceptionType.str = ExceptionStrSlot;
  kBaseExceptionType.methods = kBaseExceptionMethods;
  kBaseExceptionType.getattr = ExceptionGetAttr;
  kBaseExceptionType.setattr = ExceptionSetAttr;
  kStopIterationType.methods = kStopIterationMethods;
  kSystemExitType.methods = kSystemExitMethods;
  kAttributeErrorType.methods = kAttributeErrorMethods;
  kNameErrorType.methods = kNameErrorMethods;
  kImportErrorType.methods = kImportErrorMethods;
  InitExceptionGroupTypes();
  InitUnicodeErrorTypes();
  InitOSErrorTypes();
  InitSyntaxErrorTypes();
  InitTracebackType();
}

}  // namespace moat::vm
