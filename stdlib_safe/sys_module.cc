// The `sys` module (see sys_module.h): the struct sequences (float_info,
// int_info, version_info), the stream objects behind sys.stdout and
// sys.stderr (sys.stdin is stdin_stream.cc's), the module functions, the
// withheld names and the module's init.
#include "stdlib_safe/sys_module.h"

#include <algorithm>
#include <bit>
#include <cfloat>
#include <climits>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "stdlib_safe/stdin_stream.h"
#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codecs.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::As;
using vm::CallArgs;
using vm::Interp;
using vm::MethodDef;
using vm::MethodKind;
using vm::Object;
using vm::RootScope;
using vm::StrObject;
using vm::TupleObject;
using vm::TypeObject;
using vm::Value;

// The interpreter moat mirrors (/usr/bin/python3.11 on the reference
// machine): sys.version_info, and the version and hexversion that agree
// with it.
constexpr int kMajor = 3;
constexpr int kMinor = 11;
constexpr int kMicro = 2;
constexpr const char* kReleaseLevel = "final";
constexpr int kSerial = 0;
constexpr const char* kVersionText = "3.11.2 (moat)";
constexpr int64_t kHexVersion = (kMajor << 24) | (kMinor << 16) | (kMicro << 8) | (0xf << 4) |
                                kSerial;

// ---- Struct sequences ----------------------------------------------------------
//
// sys.float_info, sys.int_info, sys.hash_info and sys.version_info are
// tuples of a type of their own (CPython's structseq): indexing, len,
// comparison and hashing are the tuple's; each field is also a read-only
// attribute, and the repr names them.

TypeObject kFloatInfoType;
TypeObject kIntInfoType;
TypeObject kHashInfoType;
TypeObject kVersionInfoType;

template <size_t I>
Value StructField(Interp&, Value self, CallArgs) {
  return TupleItems(As<TupleObject>(self))[I];
}

constexpr MethodDef kFloatInfoFields[] = {
    {"max", StructField<0>, MethodKind::kGetter},
    {"max_exp", StructField<1>, MethodKind::kGetter},
    {"max_10_exp", StructField<2>, MethodKind::kGetter},
    {"min", StructField<3>, MethodKind::kGetter},
    {"min_exp", StructField<4>, MethodKind::kGetter},
    {"min_10_exp", StructField<5>, MethodKind::kGetter},
    {"dig", StructField<6>, MethodKind::kGetter},
    {"mant_dig", StructField<7>, MethodKind::kGetter},
    {"epsilon", StructField<8>, MethodKind::kGetter},
    {"radix", StructField<9>, MethodKind::kGetter},
    {"rounds", StructField<10>, MethodKind::kGetter},
    {nullptr, nullptr},
};

constexpr MethodDef kIntInfoFields[] = {
    {"bits_per_digit", StructField<0>, MethodKind::kGetter},
    {"sizeof_digit", StructField<1>, MethodKind::kGetter},
    {"default_max_str_digits", StructField<2>, MethodKind::kGetter},
    {"str_digits_check_threshold", StructField<3>, MethodKind::kGetter},
    {nullptr, nullptr},
};

constexpr MethodDef kHashInfoFields[] = {
    {"width", StructField<0>, MethodKind::kGetter},
    {"modulus", StructField<1>, MethodKind::kGetter},
    {"inf", StructField<2>, MethodKind::kGetter},
    {"nan", StructField<3>, MethodKind::kGetter},
    {"imag", StructField<4>, MethodKind::kGetter},
    {"algorithm", StructField<5>, MethodKind::kGetter},
    {"hash_bits", StructField<6>, MethodKind::kGetter},
    {"seed_bits", StructField<7>, MethodKind::kGetter},
    {"cutoff", StructField<8>, MethodKind::kGetter},
    {nullptr, nullptr},
};

constexpr MethodDef kVersionInfoFields[] = {
    {"major", StructField<0>, MethodKind::kGetter},
    {"minor", StructField<1>, MethodKind::kGetter},
    {"micro", StructField<2>, MethodKind::kGetter},
    {"releaselevel", StructField<3>, MethodKind::kGetter},
    {"serial", StructField<4>, MethodKind::kGetter},
    {nullptr, nullptr},
};

// "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, ...)".
Value StructSeqRepr(Interp& vm, Value self) {
  TupleObject* t = As<TupleObject>(self);
  const MethodDef* fields = t->type->methods;
  std::string text = StrCat(t->type->name, "(");
  for (size_t i = 0; i < t->size && fields[i].name != nullptr; ++i) {
    if (i > 0) text += ", ";
    StrAppend(&text, fields[i].name, "=");
    Value r = vm::Repr(vm, t->items[i]);
    if (r.is_null()) return Value::Null();
    text += As<StrObject>(r)->view();
  }
  text += ")";
  return vm::NewStrValue(vm, text);
}

int StructSeqSetAttr(Interp& vm, Value self, StrObject* name, Value) {
  std::string n(name->view());
  for (const MethodDef* f = vm::TypeOf(self)->methods; f->name != nullptr; ++f) {
    if (n == f->name) {
      vm.Raise(&vm::kAttributeErrorType, "readonly attribute");
      return -1;
    }
  }
  if (n.size() > 4 && n.starts_with("__") && n.ends_with("__")) {
    vm.RaiseFormat(&vm::kAttributeErrorType, "'%s' is not available in the sandbox", n);
    return -1;
  }
  vm.RaiseFormat(&vm::kAttributeErrorType, "'%s' object has no attribute '%s'",
                 vm::TypeOf(self)->name, n);
  return -1;
}

void InitStructSeqType(TypeObject* type, const char* name, const MethodDef* fields) {
  // The tuple's slots, then what differs: the type is final and cannot be
  // called (CPython's are created by the interpreter only).
  *type = vm::kTupleType;
  vm::InitStaticType(type, name, &vm::kTupleType,
                     vm::kTupleType.type_flags & ~vm::kTypeBaseType);
  type->methods = fields;
  type->repr = StructSeqRepr;
  type->str = nullptr;
  type->setattr = StructSeqSetAttr;
  type->construct = nullptr;
  type->new_instance = nullptr;
  type->init = nullptr;
}

// A struct sequence of `type` holding `items`. Null on a refused allocation.
Value NewStructSeq(Interp& vm, TypeObject* type, const Value* items, size_t n) {
  TupleObject* t = vm::NewTuple(vm, n);
  if (t == nullptr) return Value::Null();
  for (size_t i = 0; i < n; ++i) t->items[i] = items[i];
  t->type = type;  // the same layout as a tuple's
  return Value::FromObject(t);
}

// ---- Streams ---------------------------------------------------------------------
//
// sys.stdout and sys.stderr: text writers in the shape of CPython's
// _io.TextIOWrapper, and their `buffer`s, byte writers in the shape of
// _io.BufferedWriter onto the same output; no file descriptor, raw file or
// reading. Both layers write through at once (as under `python3 -u`), so
// text and bytes reach the host in the order the script wrote them.

TypeObject kStreamType;
TypeObject kStreamBufferType;

// The error handler of CPython's stdout in UTF-8 mode (and under the C or
// C.UTF-8 locale), the setting conformance/regen.py runs python3.11 with.
// stderr's is always backslashreplace.
constexpr char kStdoutErrors[] = "surrogateescape";

struct StreamObject : Object {
  SysStream which;
  Value buffer;  // the StreamBufferObject: one per stream, so `is` holds
};
struct StreamBufferObject : Object {
  SysStream which;
};

void StreamTrace(Object* self, vm::GcTracer& tracer) {
  tracer.Visit(static_cast<StreamObject*>(self)->buffer);
}

// Which stream a text stream or its buffer writes to.
SysStream StreamOf(Value self) {
  return vm::HasType(self, &kStreamBufferType) ? As<StreamBufferObject>(self)->which
                                               : As<StreamObject>(self)->which;
}
const char* StreamName(Value self) {
  return StreamOf(self) == SysStream::kStderr ? "<stderr>" : "<stdout>";
}
const char* StreamAttrName(Value self) {
  bool err = StreamOf(self) == SysStream::kStderr;
  if (vm::HasType(self, &kStreamBufferType)) return err ? "stderr.buffer" : "stdout.buffer";
  return err ? "stderr" : "stdout";
}

// Writes a str to the stream; returns its length in code points.
Value StreamWriteStr(Interp& vm, Value self, Value s) {
  if (!vm::IsStr(s)) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "write() argument must be str, not %s",
                          std::string(vm::TypeName(s)));
  }
  StrObject* str = As<StrObject>(s);
  if (!vm.ChargeBytes(str->view().size()) ||
      !SysStreamWrite(vm, StreamOf(self), str->view())) {
    return Value::Null();
  }
  return vm::IntFromInt64(vm, static_cast<int64_t>(str->length));
}

Value StreamWrite(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "TextIOWrapper.write")) return Value::Null();
  return StreamWriteStr(vm, self, args.args[0]);
}

// The name CPython's argument checks give a stream method: the text
// layer's or the buffer's.
std::string StreamMethodName(Value self, std::string_view method) {
  return StrCat(vm::HasType(self, &kStreamBufferType) ? "BufferedWriter." : "TextIOWrapper.",
                method);
}

Value StreamFlush(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, StreamMethodName(self, "flush").c_str())) {
    return Value::Null();
  }
  return Value::None();
}

template <bool kResult, const char* kMethod>
Value StreamAnswer(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, StreamMethodName(self, kMethod).c_str())) {
    return Value::Null();
  }
  return Value::Bool(kResult);
}
constexpr char kIsatty[] = "isatty";
constexpr char kReadable[] = "readable";
constexpr char kSeekable[] = "seekable";
constexpr char kWritable[] = "writable";

Value StreamEncoding(Interp& vm, Value, CallArgs) { return vm::NewStrValue(vm, "utf-8"); }
Value StreamErrors(Interp& vm, Value self, CallArgs) {
  return vm::NewStrValue(vm, StreamOf(self) == SysStream::kStderr ? "backslashreplace"
                                                                  : kStdoutErrors);
}
Value StreamMode(Interp& vm, Value self, CallArgs) {
  return vm::NewStrValue(vm, vm::HasType(self, &kStreamBufferType) ? "wb" : "w");
}
Value StreamNameAttr(Interp& vm, Value self, CallArgs) {
  return vm::NewStrValue(vm, StreamName(self));
}
Value StreamClosed(Interp&, Value, CallArgs) { return Value::False(); }
Value StreamBuffer(Interp&, Value self, CallArgs) { return As<StreamObject>(self)->buffer; }

// The way out to the host's file: refused by name, so hasattr() is False.
template <const char* kName>
Value StreamWithheld(Interp& vm, Value self, CallArgs) {
  return vm.RaiseFormat(&vm::kAttributeErrorType, "'sys.%s.%s' is not available in the sandbox",
                        StreamAttrName(self), kName);
}
constexpr char kRaw[] = "raw";
constexpr char kFileno[] = "fileno";
constexpr char kDetach[] = "detach";
constexpr char kReconfigure[] = "reconfigure";

// Writes a bytes-like object as it is; returns its length in bytes.
Value StreamBufferWriteBytes(Interp& vm, Value self, Value b) {
  std::string_view bytes;
  if (!vm::BytesLikeView(b, &bytes)) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "a bytes-like object is required, not '%s'",
                          std::string(vm::TypeName(b)));
  }
  if (!vm.ChargeBytes(bytes.size())) return Value::Null();
  Value written = vm::IntFromInt64(vm, static_cast<int64_t>(bytes.size()));
  if (written.is_null()) return written;
  bool ok = StreamOf(self) == SysStream::kStderr ? vm.WriteErrorBytes(bytes)
                                                 : vm.WriteOutput(bytes);
  return ok ? written : Value::Null();
}

Value StreamBufferWrite(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "BufferedWriter.write")) return Value::Null();
  return StreamBufferWriteBytes(vm, self, args.args[0]);
}

// writelines() of either layer: each item written by the layer's write.
Value StreamWriteLines(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "_IOBase.writelines")) return Value::Null();
  Value it = vm::GetIter(vm, args.args[0]);
  if (it.is_null()) return Value::Null();
  RootScope roots(vm);
  roots.Add(&it);
  bool bytes = vm::HasType(self, &kStreamBufferType);
  for (;;) {
    Value line = vm::IterNext(vm, it);
    if (line.is_null()) return vm.HasException() ? Value::Null() : Value::None();
    Value written = bytes ? StreamBufferWriteBytes(vm, self, line)
                          : StreamWriteStr(vm, self, line);
    if (written.is_null()) return Value::Null();
  }
}

constexpr MethodDef kStreamMethods[] = {
    {"write", StreamWrite},
    {"writelines", StreamWriteLines},
    {"flush", StreamFlush},
    {"isatty", StreamAnswer<false, kIsatty>},
    {"readable", StreamAnswer<false, kReadable>},
    {"seekable", StreamAnswer<false, kSeekable>},
    {"writable", StreamAnswer<true, kWritable>},
    {"encoding", StreamEncoding, MethodKind::kGetter},
    {"errors", StreamErrors, MethodKind::kGetter},
    {"mode", StreamMode, MethodKind::kGetter},
    {"name", StreamNameAttr, MethodKind::kGetter},
    {"closed", StreamClosed, MethodKind::kGetter},
    {"buffer", StreamBuffer, MethodKind::kGetter},
    {"fileno", StreamWithheld<kFileno>, MethodKind::kGetter},
    {"detach", StreamWithheld<kDetach>, MethodKind::kGetter},
    {"reconfigure", StreamWithheld<kReconfigure>, MethodKind::kGetter},
    {nullptr, nullptr},
};

constexpr MethodDef kStreamBufferMethods[] = {
    {"write", StreamBufferWrite},
    {"writelines", StreamWriteLines},
    {"flush", StreamFlush},
    {"isatty", StreamAnswer<false, kIsatty>},
    {"readable", StreamAnswer<false, kReadable>},
    {"seekable", StreamAnswer<false, kSeekable>},
    {"writable", StreamAnswer<true, kWritable>},
    {"mode", StreamMode, MethodKind::kGetter},
    {"name", StreamNameAttr, MethodKind::kGetter},
    {"closed", StreamClosed, MethodKind::kGetter},
    {"raw", StreamWithheld<kRaw>, MethodKind::kGetter},
    {"fileno", StreamWithheld<kFileno>, MethodKind::kGetter},
    {"detach", StreamWithheld<kDetach>, MethodKind::kGetter},
    {nullptr, nullptr},
};

Value StreamRepr(Interp& vm, Value self) {
  return vm::NewStrValue(vm, StrCat("<_io.TextIOWrapper name='", StreamName(self),
                                    "' mode='w' encoding='utf-8'>"));
}

Value StreamBufferRepr(Interp& vm, Value self) {
  return vm::NewStrValue(vm, StrCat("<_io.BufferedWriter name='", StreamName(self), "'>"));
}

Value NewStream(Interp& vm, SysStream which) {
  StreamBufferObject* buffer = vm.New<StreamBufferObject>(&kStreamBufferType);
  if (buffer == nullptr) return Value::Null();
  buffer->which = which;
  Value buffer_value = Value::FromObject(buffer);
  RootScope roots(vm);
  roots.Add(&buffer_value);
  StreamObject* s = vm.New<StreamObject>(&kStreamType);
  if (s == nullptr) return Value::Null();
  s->which = which;
  s->buffer = buffer_value;
  return Value::FromObject(s);
}

// ---- Functions -------------------------------------------------------------------

Value SysExit(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "sys.exit") ||
      !vm::CheckPositionalCount(vm, args, "exit", 0, 1)) {
    return Value::Null();
  }
  // PyErr_SetObject(PyExc_SystemExit, status): None gives SystemExit(), a
  // tuple its items as the arguments, anything else one argument.
  Value status = args.nargs > 0 ? args.args[0] : Value::None();
  Value exc;
  if (status.is_none()) {
    exc = vm.Call0(Value::FromObject(&vm::kSystemExitType));
  } else if (vm::HasType(status, &vm::kTupleType)) {
    TupleObject* t = As<TupleObject>(status);
    exc = vm.Call(Value::FromObject(&vm::kSystemExitType), CallArgs{t->items, t->size, nullptr});
  } else {
    exc = vm.Call1(Value::FromObject(&vm::kSystemExitType), status);
  }
  if (exc.is_null()) return Value::Null();
  return vm.SetException(exc);
}

Value SysGetRecursionLimit(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "sys.getrecursionlimit")) return Value::Null();
  return Value::SmallInt(vm.reported_recursion_limit);
}

Value SysSetRecursionLimit(Interp& vm, Value, CallArgs args) {
  // METH_O in CPython (one positional-only parameter).
  if (!vm::CheckMethodOneArg(vm, args, "sys.setrecursionlimit")) return Value::Null();
  int limit = 0;
  if (!vm::ClinicCInt(vm, args.args[0], &limit)) return Value::Null();
  if (limit < 1) return vm.RaiseValueError("recursion limit must be greater or equal than 1");
  // CPython 3.11 counts this call itself in the depth.
  int depth = vm.python_depth + 1;
  if (depth >= limit) {
    return vm.RaiseFormat(&vm::kRecursionErrorType,
                          "cannot set the recursion limit to %d at the recursion depth %d: the "
                          "limit is too low",
                          limit, depth);
  }
  // The script may raise the depth only up to the host's ceiling (or the
  // host's own max_depth, if that is higher).
  int ceiling = std::max(vm.limits().max_recursion_limit, vm.limits().max_depth);
  vm.reported_recursion_limit = limit;
  vm.recursion_limit = std::min(limit, std::max(1, ceiling));
  // CPython 3.11 bounds its C recursion (a `yield from` chain resuming
  // each generator from the one above, nested reprs) by this limit alone:
  // a raised limit raises the native guard's count with it
  // (Interp::native_depth_limit; the C++ stack check stays the backstop).
  vm.native_depth_limit = std::max(vm.native_depth_limit, vm.recursion_limit);
  return Value::None();
}

Value SysGetDefaultEncoding(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "sys.getdefaultencoding")) return Value::Null();
  return vm::NewStrValue(vm, "utf-8");
}

Value SysGetFilesystemEncoding(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "sys.getfilesystemencoding")) return Value::Null();
  return vm::NewStrValue(vm, "utf-8");
}

// The most digits an int/str conversion in a base that is not a power of
// two accepts (0: no limit). Lifting it is safe: the conversions charge
// their work and memory to the run's budgets like any other.
Value SysGetIntMaxStrDigits(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "sys.get_int_max_str_digits")) return Value::Null();
  return Value::SmallInt(vm.int_max_str_digits);
}

// sys.int_info.str_digits_check_threshold: the smallest non-zero limit.
constexpr int kIntMaxStrDigitsThreshold = 640;

Value SysSetIntMaxStrDigits(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("set_int_max_str_digits(maxdigits)");
  Value maxdigits;
  if (!vm::ParseArgs(vm, kSpec, args, &maxdigits)) return Value::Null();
  int limit = 0;
  if (!vm::ClinicCInt(vm, maxdigits, &limit)) return Value::Null();
  if (limit != 0 && limit < kIntMaxStrDigitsThreshold) {
    return vm.RaiseFormat(&vm::kValueErrorType, "maxdigits must be 0 or larger than %d",
                          kIntMaxStrDigitsThreshold);
  }
  vm.int_max_str_digits = limit;
  return Value::None();
}

Value SysIntern(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "sys.intern")) return Value::Null();
  Value s = args.args[0];
  if (!vm::IsStr(s)) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "intern() argument must be str, not %s",
                          std::string(vm::ClinicTypeName(s)));
  }
  if (!vm::HasType(s, &vm::kStrType)) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "can't intern %s", vm::TypeOf(s)->name);
  }
  return Value::FromObject(vm.InternInPlace(vm::As<vm::StrObject>(s)));
}

// The exception being handled, or None (sys.exception()).
Value HandledException(Interp& vm) {
  Value e = vm.handled_exception;
  return e.is_null() ? Value::None() : e;
}

Value SysException(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "sys.exception")) return Value::Null();
  return HandledException(vm);
}

// (type, value, traceback) of the exception being handled; the traceback
// is moat's frameless one (vm/objects/traceback.h).
Value SysExcInfo(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "sys.exc_info")) return Value::Null();
  Value e = HandledException(vm);
  TupleObject* t = vm::NewTuple(vm, 3);
  if (t == nullptr) return Value::Null();
  if (!e.is_none()) {
    t->items[0] = Value::FromObject(vm::TypeOf(e));
    TupleItems(t)[1] = e;
    if (vm::IsException(e)) TupleItems(t)[2] = vm::ExceptionTraceback(e);
  }
  return Value::FromObject(t);
}

constexpr MethodDef kSysFunctions[] = {
    {"exc_info", SysExcInfo},
    {"exception", SysException},
    {"exit", SysExit},
    {"get_int_max_str_digits", SysGetIntMaxStrDigits},
    {"getdefaultencoding", SysGetDefaultEncoding},
    {"getfilesystemencoding", SysGetFilesystemEncoding},
    {"getrecursionlimit", SysGetRecursionLimit},
    {"intern", SysIntern},
    {"set_int_max_str_digits", SysSetIntMaxStrDigits},
    {"setrecursionlimit", SysSetRecursionLimit},
    {nullptr, nullptr},
};

// What CPython 3.11's sys has and moat leaves out: each reaches the host
// (paths, executable, flags), the interpreter's machinery
// (modules, frames, tracing, hooks, audit) or its memory (getsizeof,
// getrefcount, allocation figures).
constexpr const char* kWithheld[] = {
    "__breakpointhook__", "__displayhook__", "__excepthook__", "__interactivehook__",
    "__unraisablehook__", "_base_executable", "_clear_type_cache",
    "_current_exceptions", "_current_frames", "_debugmallocstats", "_framework", "_getframe",
    "_getquickenedcount", "_git", "_home", "_stdlib_dir", "_xoptions", "abiflags",
    "addaudithook", "api_version", "audit", "base_exec_prefix", "base_prefix", "breakpointhook",
    "builtin_module_names", "call_tracing", "copyright", "displayhook", "dont_write_bytecode",
    "excepthook", "exec_prefix", "executable", "flags", "get_asyncgen_hooks",
    "get_coroutine_origin_tracking_depth", "getallocatedblocks",
    "getdlopenflags", "getfilesystemencodeerrors", "getprofile", "getrefcount", "getsizeof",
    "getswitchinterval", "gettrace", "implementation", "is_finalizing",
    "last_traceback", "last_type", "last_value", "meta_path", "modules", "orig_argv", "path",
    "path_hooks", "path_importer_cache", "platlibdir", "prefix", "ps1", "ps2",
    "pycache_prefix", "set_asyncgen_hooks", "set_coroutine_origin_tracking_depth",
    "setdlopenflags", "setprofile", "setswitchinterval", "settrace",
    "stdlib_module_names", "thread_info", "tracebacklimit", "unraisablehook",
    "warnoptions", nullptr,
};

void InitSysTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    InitStructSeqType(&kFloatInfoType, "sys.float_info", kFloatInfoFields);
    InitStructSeqType(&kIntInfoType, "sys.int_info", kIntInfoFields);
    InitStructSeqType(&kHashInfoType, "sys.hash_info", kHashInfoFields);
    InitStructSeqType(&kVersionInfoType, "sys.version_info", kVersionInfoFields);
    vm::InitStaticType(&kStreamType, "_io.TextIOWrapper", &vm::kObjectType);
    kStreamType.methods = kStreamMethods;
    kStreamType.repr = StreamRepr;
    kStreamType.hash = vm::IdentityHash;
    kStreamType.trace = StreamTrace;
    vm::InitStaticType(&kStreamBufferType, "_io.BufferedWriter", &vm::kObjectType);
    kStreamBufferType.methods = kStreamBufferMethods;
    kStreamBufferType.repr = StreamBufferRepr;
    kStreamBufferType.hash = vm::IdentityHash;
  });
}

// sys.platform: the system moat was built for, fixed at build time as
// CPython's is, so it tells a script nothing about the host it could not
// assume (scripts branch on it: `if sys.platform == "win32"`).
#if defined(__linux__)
constexpr const char* kPlatform = "linux";
#elif defined(__APPLE__)
constexpr const char* kPlatform = "darwin";
#elif defined(_WIN32)
constexpr const char* kPlatform = "win32";
#else
constexpr const char* kPlatform = "unknown";
#endif

bool AddInt(Interp& vm, vm::ModuleObject* module, std::string_view name, int64_t v) {
  Value i = vm::IntFromInt64(vm, v);
  return !i.is_null() && vm::ModuleAddValue(vm, module, name, i);
}

bool AddStr(Interp& vm, vm::ModuleObject* module, std::string_view name, std::string_view s) {
  Value v = vm::NewStrValue(vm, s);
  return !v.is_null() && vm::ModuleAddValue(vm, module, name, v);
}

// Fills the struct sequences. Every Value made here is stored in the module
// (or a tuple of it) before the next allocation, and nothing here collects.
bool AddStructSeqs(Interp& vm, vm::ModuleObject* module) {
  Value fi[11];
  const double fd[] = {DBL_MAX, DBL_MIN, DBL_EPSILON};
  Value floats[3];
  for (int i = 0; i < 3; ++i) {
    floats[i] = vm::NewFloat(vm, fd[i]);
    if (floats[i].is_null()) return false;
  }
  RootScope roots(vm);
  for (Value& v : floats) roots.Add(&v);
  fi[0] = floats[0];
  fi[1] = Value::SmallInt(DBL_MAX_EXP);
  fi[2] = Value::SmallInt(DBL_MAX_10_EXP);
  fi[3] = floats[1];
  fi[4] = Value::SmallInt(DBL_MIN_EXP);
  fi[5] = Value::SmallInt(DBL_MIN_10_EXP);
  fi[6] = Value::SmallInt(DBL_DIG);
  fi[7] = Value::SmallInt(DBL_MANT_DIG);
  fi[8] = floats[2];
  fi[9] = Value::SmallInt(FLT_RADIX);
  fi[10] = Value::SmallInt(1);  // FLT_ROUNDS: round to nearest
  Value float_info = NewStructSeq(vm, &kFloatInfoType, fi, 11);
  if (float_info.is_null() || !vm::ModuleAddValue(vm, module, "float_info", float_info)) {
    return false;
  }
  // CPython's digit layout, which int_info describes (moat's ints are GMP's
  // but behave the same; default_max_str_digits is enforced as in 3.11).
  const Value ii[] = {Value::SmallInt(30), Value::SmallInt(4),
                      Value::SmallInt(vm::kDefaultMaxStrDigits),
                      Value::SmallInt(kIntMaxStrDigitsThreshold)};
  Value int_info = NewStructSeq(vm, &kIntInfoType, ii, 4);
  if (int_info.is_null() || !vm::ModuleAddValue(vm, module, "int_info", int_info)) return false;
  // The numeric hash of vm/objects/int.h and float.h (modulus 2**61 - 1,
  // CPython's _PyHASH_* constants) and the str/bytes hash of
  // vm/objects/str.cc (SipHash-1-3, a 128-bit key, no small-string cutoff).
  Value algorithm = vm::NewStrValue(vm, "siphash13");
  if (algorithm.is_null()) return false;
  roots.Add(&algorithm);
  const Value hi[] = {Value::SmallInt(64),     Value::SmallInt((int64_t{1} << 61) - 1),
                      Value::SmallInt(314159), Value::SmallInt(0),
                      Value::SmallInt(1000003), algorithm,
                      Value::SmallInt(64),     Value::SmallInt(128),
                      Value::SmallInt(0)};
  Value hash_info = NewStructSeq(vm, &kHashInfoType, hi, 9);
  if (hash_info.is_null() || !vm::ModuleAddValue(vm, module, "hash_info", hash_info)) return false;
  Value level = vm::NewStrValue(vm, kReleaseLevel);
  if (level.is_null()) return false;
  roots.Add(&level);
  const Value vi[] = {Value::SmallInt(kMajor), Value::SmallInt(kMinor), Value::SmallInt(kMicro),
                      level, Value::SmallInt(kSerial)};
  Value version_info = NewStructSeq(vm, &kVersionInfoType, vi, 5);
  return !version_info.is_null() &&
         vm::ModuleAddValue(vm, module, "version_info", version_info);
}

}  // namespace

SysStream SysStreamOf(Value v) {
  return vm::HasType(v, &kStreamType) ? StreamOf(v) : SysStream::kNone;
}

bool SysStreamWrite(Interp& vm, SysStream stream, std::string_view text) {
  // CPython's write to a standard stream is a call that counts against the
  // recursion limit: at the limit print() fails there, writing nothing.
  vm::RecursiveCallGuard write_call(vm, " while calling a Python object");
  if (!write_call.ok()) return false;
  // Interp::WriteError backslash-escapes lone surrogates; stdout encodes them
  // with its error handler (kStdoutErrors), raising for all but the
  // surrogateescape ones, before any of the text is written.
  if (stream == SysStream::kStderr) return vm.WriteError(text);
  if (!vm::HasLoneSurrogate(text)) return vm.WriteOutput(text);
  StrObject* str = vm::NewStr(vm, text);
  if (str == nullptr) return false;
  Value str_value = Value::FromObject(str);
  RootScope roots(vm);
  roots.Add(&str_value);
  Value encoded = vm::EncodeStr(vm, str, "utf-8", kStdoutErrors);
  return !encoded.is_null() && vm.WriteOutput(As<vm::BytesObject>(encoded)->view());
}

Value SysModule(Interp& vm) {
  StrObject* sys_name = vm.Intern("sys");
  Value sys = vm::DictGetStr(vm, vm.modules(), sys_name);
  if (sys.is_null() || !vm::HasType(sys, &vm::kModuleType)) return Value::Null();
  return sys;
}

Value SysModuleAttr(Interp& vm, Value sys, std::string_view name) {
  StrObject* attr = vm.Intern(name);
  if (attr == nullptr) return Value::Null();
  return vm::DictGetStr(vm, As<vm::ModuleObject>(sys)->dict, attr);
}

Value SysStdoutForPrint(Interp& vm) {
  Value sys = SysModule(vm);
  if (sys.is_null()) return Value::Null();
  Value out = SysModuleAttr(vm, sys, "stdout");
  if (out.is_null() && vm.HasException()) return out;
  if (out.is_null()) return vm.Raise(&vm::kRuntimeErrorType, "lost sys.stdout");
  if (SysStreamOf(out) == SysStream::kStdout) return Value::Null();
  return out;
}

bool InitSysModule(Interp& vm, vm::ModuleObject* module) {
  InitSysTypes();
  module->withheld = kWithheld;
  for (const MethodDef* def = kSysFunctions; def->name != nullptr; ++def) {
    if (!vm::ModuleAddFunction(vm, module, def)) return false;
  }
  if (!AddStructSeqs(vm, module)) return false;
  if (!AddInt(vm, module, "maxsize", INT64_MAX) || !AddInt(vm, module, "maxunicode", 0x10FFFF) ||
      !AddInt(vm, module, "hexversion", kHexVersion) ||
      !AddStr(vm, module, "byteorder",
              std::endian::native == std::endian::little ? "little" : "big") ||
      !AddStr(vm, module, "float_repr_style", "short") ||
      !AddStr(vm, module, "platform", kPlatform) ||
      !AddStr(vm, module, "version", kVersionText)) {
    return false;
  }
  // sys.argv: what the host gave (InterpreterOptions::argv), or [''].
  vm::ListObject* argv = vm::NewList(vm, 0);
  if (argv == nullptr || !vm::ModuleAddValue(vm, module, "argv", Value::FromObject(argv))) {
    return false;
  }
  const std::vector<std::string> none = {""};
  for (const std::string& arg : vm.argv().empty() ? none : vm.argv()) {
    Value a = vm::NewStrValue(vm, arg);
    if (a.is_null() || !vm::ListAppendValue(vm, argv, a)) return false;
  }
  const std::pair<const char*, SysStream> streams[] = {
      {"stdout", SysStream::kStdout}, {"stderr", SysStream::kStderr}};
  for (const auto& [attr, which] : streams) {
    Value s = NewStream(vm, which);
    if (s.is_null() || !vm::ModuleAddValue(vm, module, attr, s) ||
        !vm::ModuleAddValue(vm, module, StrCat("__", attr, "__"), s)) {
      return false;
    }
  }
  Value in = NewStdinStream(vm);
  return !in.is_null() && vm::ModuleAddValue(vm, module, "stdin", in) &&
         vm::ModuleAddValue(vm, module, "__stdin__", in);
}

}  // namespace moat::stdlib
