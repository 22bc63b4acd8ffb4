// SyntaxError's attributes and str() (CPython's Objects/exceptions.c,
// SyntaxError_init and SyntaxError_str).
#include "vm/objects/exception_syntax.h"

#include <string>
#include <string_view>

#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/str_util.h"

namespace moat::vm {
namespace {

SyntaxErrorObject* AsSyntaxError(Value v) { return As<SyntaxErrorObject>(v); }

// SyntaxError_init: `msg` from the first argument, and with exactly two
// arguments the details from the second, any iterable (PySequence_Tuple)
// of 4 or 6 items (PyArg_ParseTuple "OOOO|OO" and its messages). The
// members are stored directly. May run Python (the iterable's).
int SetFields(Interp& vm, Value self, CallArgs args) {
  if (args.nargs >= 1) AsSyntaxError(self)->msg = args.args[0];
  if (args.nargs != 2) return 0;
  ListObject* info = ListFromIterable(vm, args.args[1]);
  if (info == nullptr) return -1;
  const Value* items = info->items;
  size_t n = info->size;
  SyntaxErrorObject* e = AsSyntaxError(self);
  e->end_lineno = e->end_offset = Value::Null();
  if (n < 4 || n > 6) {
    vm.RaiseFormat(&kTypeErrorType, "function takes %s %d arguments (%d given)",
                   n < 4 ? "at least" : "at most", n < 4 ? 4 : 6, n);
    return -1;
  }
  e->filename = items[0];
  e->lineno = items[1];
  e->offset = items[2];
  e->text = items[3];
  if (n >= 5) e->end_lineno = items[4];
  if (n == 6) e->end_offset = items[5];
  if (n == 5) {
    vm.RaiseTypeError("end_offset must be provided when end_lineno is provided");
    return -1;
  }
  return 0;
}

int SyntaxErrorInit(Interp& vm, Value self, CallArgs args) {
  if (kSyntaxErrorType.base->init(vm, self, args) < 0) return -1;
  return SetFields(vm, self, args);
}

// Calling the built-in type itself: BaseException's construction (which
// runs no __init__), then the attributes.
Value SyntaxErrorConstruct(Interp& vm, Value type, CallArgs args) {
  Value e = kSyntaxErrorType.base->construct(vm, type, args);
  if (e.is_null()) return e;
  RootScope roots(vm);
  roots.Add(&e);
  return SetFields(vm, e, args) < 0 ? Value::Null() : e;
}

void SyntaxErrorTrace(Object* o, GcTracer& t) {
  kExceptionType.trace(o, t);  // the ExceptionObject part
  SyntaxErrorObject* e = static_cast<SyntaxErrorObject*>(o);
  for (Value v : {e->msg, e->filename, e->lineno, e->offset, e->text, e->end_lineno,
                  e->end_offset, e->print_file_and_line}) {
    t.Visit(v);
  }
}

// A member's getter: T_OBJECT reads an unset slot as None.
template <Value SyntaxErrorObject::*kField>
Value GetMember(Interp&, Value self, CallArgs) {
  Value v = AsSyntaxError(self)->*kField;
  return v.is_null() ? Value::None() : v;
}

const MethodDef kSyntaxErrorMembers[] = {
    {"msg", GetMember<&SyntaxErrorObject::msg>, MethodKind::kGetter},
    {"filename", GetMember<&SyntaxErrorObject::filename>, MethodKind::kGetter},
    {"lineno", GetMember<&SyntaxErrorObject::lineno>, MethodKind::kGetter},
    {"offset", GetMember<&SyntaxErrorObject::offset>, MethodKind::kGetter},
    {"text", GetMember<&SyntaxErrorObject::text>, MethodKind::kGetter},
    {"end_lineno", GetMember<&SyntaxErrorObject::end_lineno>, MethodKind::kGetter},
    {"end_offset", GetMember<&SyntaxErrorObject::end_offset>, MethodKind::kGetter},
    {"print_file_and_line", GetMember<&SyntaxErrorObject::print_file_and_line>,
     MethodKind::kGetter},
    {nullptr, nullptr},
};

// SyntaxError_str reads the member slots themselves, never attributes (a
// subclass's property of the same name does not change the text).
Value SyntaxErrorStrSlot(Interp& vm, Value self) {
  RootScope roots(vm);
  SyntaxErrorObject* e = AsSyntaxError(self);
  Value msg = e->msg.is_null() ? Value::None() : e->msg;
  Value filename = e->filename.is_null() ? Value::None() : e->filename;
  Value lineno = e->lineno.is_null() ? Value::None() : e->lineno;
  roots.Add(&msg);
  roots.Add(&filename);
  // Only the file's base name, and only an int that is exactly an int.
  bool have_file = IsStr(filename);
  bool have_line = TypeOf(lineno) == &kIntType;
  if (!have_file && !have_line) return Str(vm, msg);
  int64_t line = -1;
  if (have_line && !IntToInt64(lineno, &line)) line = -1;
  std::string out;
  if (!AppendStr(vm, msg, &out)) return Value::Null();
  out += " (";
  if (have_file) {
    std::string_view name = As<StrObject>(filename)->view();
    size_t slash = name.rfind('/');
    if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
    out.append(name);
    if (have_line) out += ", ";
  }
  if (have_line) StrAppend(&out, "line ", line);
  out += ")";
  return NewStrValue(vm, out);
}

}  // namespace

int SyntaxErrorSetMember(Interp&, Value exc, std::string_view name, Value value) {
  if (!IsSubtype(TypeOf(exc), &kSyntaxErrorType)) return 1;
  SyntaxErrorObject* e = AsSyntaxError(exc);
  Value* field = name == "msg"                   ? &e->msg
                 : name == "filename"            ? &e->filename
                 : name == "lineno"              ? &e->lineno
                 : name == "offset"              ? &e->offset
                 : name == "text"                ? &e->text
                 : name == "end_lineno"          ? &e->end_lineno
                 : name == "end_offset"          ? &e->end_offset
                 : name == "print_file_and_line" ? &e->print_file_and_line
                                                 : nullptr;
  if (field == nullptr) return 1;
  *field = value;  // deleting reads back as None, as T_OBJECT does
  return 0;
}

void InitSyntaxErrorTypes() {
  kSyntaxErrorType.methods = kSyntaxErrorMembers;
  for (TypeObject* t : {&kSyntaxErrorType, &kIndentationErrorType, &kTabErrorType}) {
    t->basic_size = sizeof(SyntaxErrorObject);
    t->trace = SyntaxErrorTrace;
    t->construct = SyntaxErrorConstruct;
    t->init = SyntaxErrorInit;
    t->str = SyntaxErrorStrSlot;
  }
}

}  // namespace moat::vm
