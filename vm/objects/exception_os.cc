// OSError and its subclasses: errno, strerror, filename, filename2, the
// errno-to-subclass map and str() (CPython's Objects/exceptions.c,
// OSError_new, oserror_init and OSError_str).
#include "vm/objects/exception_os.h"

#include <string>

#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/objects/complex.h"
#include "vm/objects/dict.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"

namespace moat::vm {

namespace {

OSErrorObject* AsOSError(Value v) { return As<OSErrorObject>(v); }

// The subclass OSError(errno, ...) makes, by Linux errno (CPython's
// errnomap); nullptr for any other number.
TypeObject* SubclassForErrno(int64_t n) {
  switch (n) {
    case 1: case 13: return &kPermissionErrorType;        // EPERM, EACCES
    case 2: return &kFileNotFoundErrorType;                // ENOENT
    case 3: return &kProcessLookupErrorType;               // ESRCH
    case 4: return &kInterruptedErrorType;                 // EINTR
    case 10: return &kChildProcessErrorType;               // ECHILD
    case 11: case 114: case 115: return &kBlockingIOErrorType;  // EAGAIN, EALREADY, EINPROGRESS
    case 17: return &kFileExistsErrorType;                 // EEXIST
    case 20: return &kNotADirectoryErrorType;              // ENOTDIR
    case 21: return &kIsADirectoryErrorType;               // EISDIR
    case 32: case 108: return &kBrokenPipeErrorType;       // EPIPE, ESHUTDOWN
    case 103: return &kConnectionAbortedErrorType;         // ECONNABORTED
    case 104: return &kConnectionResetErrorType;           // ECONNRESET
    case 110: return &kTimeoutErrorType;                   // ETIMEDOUT
    case 111: return &kConnectionRefusedErrorType;         // ECONNREFUSED
    default: return nullptr;
  }
}

// PyNumber_Check: ints, floats, complex numbers and objects with
// __index__, __int__ or __float__.
bool IsNumber(Value v) {
  const TypeObject* t = TypeOf(v);
  return IsInt(v) || IsSubtype(t, &kFloatType) || IsSubtype(t, &kComplexType) ||
         t->index != nullptr || t->to_int != nullptr || t->to_float != nullptr;
}

// characters_written from `v` (PyNumber_AsSsize_t): false with TypeError or
// OverflowError pending.
bool SetWritten(Interp& vm, Value self, Value v) {
  int64_t n = 0;
  if (!IndexToInt64(vm, v, &n)) return false;
  Value written = IntFromInt64(vm, n);
  if (written.is_null()) return false;
  AsOSError(self)->written = written;
  return true;
}

// oserror_parse_args + oserror_init: with 2 to 5 arguments, the first two
// are errno and strerror, the third a filename and the fifth filename2;
// a filename (not None) cuts args down to the first two. A BlockingIOError
// (exactly) takes a number in the third place as characters_written.
int ParseAttributes(Interp& vm, Value self, CallArgs args) {
  OSErrorObject* e = AsOSError(self);
  e->errnum = e->strerror = e->filename = e->filename2 = e->written = Value::Null();
  if (args.nargs < 2 || args.nargs > 5) return 0;
  e->errnum = args.args[0];
  e->strerror = args.args[1];
  if (args.nargs >= 3 && !args.args[2].is_none() && TypeOf(self) == &kBlockingIOErrorType &&
      IsNumber(args.args[2])) {
    return SetWritten(vm, self, args.args[2]) ? 0 : -1;
  }
  if (args.nargs >= 3 && !args.args[2].is_none()) {
    e->filename = args.args[2];
    if (args.nargs == 5 && !args.args[4].is_none()) e->filename2 = args.args[4];
    TupleObject* first_two = NewTupleFrom(vm, args.args, 2);
    if (first_two == nullptr) return -1;
    e->args = first_two;
  }
  return 0;
}

int OSErrorInit(Interp& vm, Value self, CallArgs args) {
  // BaseException.__init__ first (args, the keyword check).
  if (kExceptionType.init(vm, self, args) < 0) return -1;
  return ParseAttributes(vm, self, args);
}

// Calling a built-in OSError type itself: OSError with a known errno makes
// the matching subclass, then BaseException's construction and the
// attributes.
Value OSErrorConstruct(Interp& vm, Value type, CallArgs args) {
  if (args.nkwargs() > 0) {
    return vm.RaiseFormat(&kTypeErrorType, "%s() takes no keyword arguments",
                          As<TypeObject>(type)->name);
  }
  if (type.object() == &kOSErrorType && args.nargs >= 2 && args.nargs <= 5 &&
      IsInt(args.args[0])) {
    int64_t n = 0;
    if (IntToInt64(args.args[0], &n)) {
      if (TypeObject* sub = SubclassForErrno(n)) type = Value::FromObject(sub);
    }
  }
  Value e = kExceptionType.construct(vm, type, args);
  if (e.is_null()) return e;
  RootScope roots(vm);
  roots.Add(&e);
  return ParseAttributes(vm, e, args) < 0 ? Value::Null() : e;
}

void OSErrorTrace(Object* o, GcTracer& t) {
  kExceptionType.trace(o, t);  // the ExceptionObject part
  OSErrorObject* e = static_cast<OSErrorObject*>(o);
  t.Visit(e->errnum);
  t.Visit(e->strerror);
  t.Visit(e->filename);
  t.Visit(e->filename2);
  t.Visit(e->written);
}

Value NoneIfNull(Value v) { return v.is_null() ? Value::None() : v; }

Value GetErrno(Interp&, Value self, CallArgs) { return NoneIfNull(AsOSError(self)->errnum); }
Value GetStrerror(Interp&, Value self, CallArgs) {
  return NoneIfNull(AsOSError(self)->strerror);
}
Value GetFilename(Interp&, Value self, CallArgs) {
  return NoneIfNull(AsOSError(self)->filename);
}
Value GetFilename2(Interp&, Value self, CallArgs) {
  return NoneIfNull(AsOSError(self)->filename2);
}

// OSError_written_get: on every OSError, but only a BlockingIOError given
// a count has one.
Value GetWritten(Interp& vm, Value self, CallArgs) {
  Value w = AsOSError(self)->written;
  if (w.is_null()) return vm.Raise(&kAttributeErrorType, "characters_written");
  return w;
}

// OSError.__reduce__(): OSError_reduce, BaseException's with the filename (and None and
// filename2) put back after the two args a filename cut them to.
Value OSErrorReduce(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodNoArgs(vm, args, "OSError.__reduce__")) return Value::Null();
  OSErrorObject* e = AsOSError(self);
  Value call_args = Value::FromObject(e->args);
  RootScope roots(vm);
  roots.Add(&call_args);
  if (e->args->size == 2 && !e->filename.is_null()) {
    const Value* two = TupleItems(e->args);
    Value items[5] = {two[0], two[1], e->filename, Value::None(), e->filename2};
    TupleObject* t = NewTupleFrom(vm, items, e->filename2.is_null() ? 3 : 5);
    if (t == nullptr) return Value::Null();
    call_args = Value::FromObject(t);
  }
  DictObject* dict = ExceptionDict(self);
  return ExceptionReduceTuple(vm, self, call_args,
                              dict == nullptr ? Value::Null() : Value::FromObject(dict));
}

const MethodDef kOSErrorMethods[] = {
    {"__reduce__", OSErrorReduce},
    {"characters_written", GetWritten, MethodKind::kGetter},
    {"errno", GetErrno, MethodKind::kGetter},
    {"strerror", GetStrerror, MethodKind::kGetter},
    {"filename", GetFilename, MethodKind::kGetter},
    {"filename2", GetFilename2, MethodKind::kGetter},
    {nullptr, nullptr},
};

}  // namespace

Value OSErrorStr(Interp& vm, Value exc) {
  OSErrorObject* e = AsOSError(exc);
  bool with_filename = !e->filename.is_null();
  if (!with_filename && (e->errnum.is_null() || e->strerror.is_null())) return Value::Null();
  std::string out = "[Errno ";
  if (!AppendStr(vm, NoneIfNull(e->errnum), &out)) return Value::Null();
  out += "] ";
  if (!AppendStr(vm, NoneIfNull(e->strerror), &out)) return Value::Null();
  if (with_filename) {
    out += ": ";
    if (!AppendRepr(vm, e->filename, &out)) return Value::Null();
    if (!e->filename2.is_null()) {
      out += " -> ";
      if (!AppendRepr(vm, e->filename2, &out)) return Value::Null();
    }
  }
  return NewStrValue(vm, out);
}

int OSErrorSetMember(Interp& vm, Value exc, std::string_view name, Value value) {
  if (!IsSubtype(TypeOf(exc), &kOSErrorType)) return 1;
  OSErrorObject* e = AsOSError(exc);
  if (name == "characters_written") {
    if (!value.is_null()) return SetWritten(vm, exc, value) ? 0 : -1;
    if (e->written.is_null()) {
      vm.Raise(&kAttributeErrorType, "characters_written");
      return -1;
    }
    e->written = Value::Null();
    return 0;
  }
  Value* field = name == "errno"       ? &e->errnum
                 : name == "strerror"  ? &e->strerror
                 : name == "filename"  ? &e->filename
                 : name == "filename2" ? &e->filename2
                                       : nullptr;
  if (field == nullptr) return 1;
  *field = value;  // deleting reads back as None, as T_OBJECT does
  return 0;
}

void InitOSErrorTypes() {
  for (TypeObject* t :
       {&kOSErrorType, &kBlockingIOErrorType, &kChildProcessErrorType, &kConnectionErrorType,
        &kBrokenPipeErrorType, &kConnectionAbortedErrorType, &kConnectionRefusedErrorType,
        &kConnectionResetErrorType, &kFileExistsErrorType, &kFileNotFoundErrorType,
        &kInterruptedErrorType, &kIsADirectoryErrorType, &kNotADirectoryErrorType,
        &kPermissionErrorType, &kProcessLookupErrorType, &kTimeoutErrorType}) {
    t->basic_size = sizeof(OSErrorObject);
    t->trace = OSErrorTrace;
    t->construct = OSErrorConstruct;
    t->init = OSErrorInit;
  }
  kOSErrorType.methods = kOSErrorMethods;
}

}  // namespace moat::vm
