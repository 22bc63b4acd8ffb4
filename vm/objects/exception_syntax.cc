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

constexpr const char* kFields[] = {"msg",    "filename",   "lineno",     "offset",
                                   "text",   "end_lineno", "end_offset", "print_file_and_line"};
constexpr size_t kFieldCount = sizeof(kFields) / sizeof(kFields[0]);

// Sets every attribute from __init__'s arguments: `msg`, and with a second
// argument the 4 to 6 details (PyArg_ParseTuple "OOOO|OO" and its
// messages); the rest are None. May run Python (a subclass's __setattr__).
int SetFields(Interp& vm, Value self, CallArgs args) {
  Value values[kFieldCount];
  for (Value& v : values) v = Value::None();
  if (args.nargs >= 1) values[0] = args.args[0];
  if (args.nargs == 2) {
    Value info = args.args[1];
    const Value* items = nullptr;
    size_t n = 0;
    if (IsTuple(info)) {
      items = As<TupleObject>(info)->items;
      n = As<TupleObject>(info)->size;
    } else if (IsList(info)) {
      items = As<ListObject>(info)->items;
      n = As<ListObject>(info)->size;
    } else {
      vm.RaiseFormat(&kTypeErrorType, "'%s' object is not iterable", TypeName(info));
      return -1;
    }
    if (n < 4 || n > 6) {
      vm.RaiseFormat(&kTypeErrorType, "function takes %s %d arguments (%d given)",
                     n < 4 ? "at least" : "at most", n < 4 ? 4 : 6, n);
      return -1;
    }
    if (n == 5) {
      vm.RaiseTypeError("end_offset must be provided when end_lineno is provided");
      return -1;
    }
    for (size_t i = 0; i < n; ++i) values[i + 1] = items[i];
  }
  // The values are held by the exception's args while Python may run.
  for (size_t i = 0; i < kFieldCount; ++i) {
    StrObject* name = vm.Intern(kFields[i]);
    if (SetAttr(vm, self, name, values[i]) < 0) return -1;
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

// An attribute, None when missing (an exception moat raised itself, or a
// subclass whose __init__ skipped SyntaxError's).
Value Field(Interp& vm, Value self, const char* field) {
  StrObject* name = vm.Intern(field);
  Value v = GetAttrOptional(vm, self, name);
  if (v.is_null() && vm.exception().is_null()) return Value::None();
  return v;
}

Value SyntaxErrorStrSlot(Interp& vm, Value self) {
  RootScope roots(vm);
  Value msg = Field(vm, self, "msg");
  roots.Add(&msg);
  if (msg.is_null()) return msg;
  Value filename = Field(vm, self, "filename");
  roots.Add(&filename);
  if (filename.is_null()) return filename;
  Value lineno = Field(vm, self, "lineno");
  if (lineno.is_null()) return lineno;
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

void InitSyntaxErrorTypes() {
  for (TypeObject* t : {&kSyntaxErrorType, &kIndentationErrorType, &kTabErrorType}) {
    t->construct = SyntaxErrorConstruct;
    t->init = SyntaxErrorInit;
    t->str = SyntaxErrorStrSlot;
  }
}

}  // namespace moat::vm
