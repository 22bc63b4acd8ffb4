// sys.stdin, sys.stdin.buffer and input() (see stdin_stream.h).
#include "stdlib_safe/stdin_stream.h"

#include <mutex>
#include <string>

#include "stdlib_safe/sys_module.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/input.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codecs.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/range.h"
#include "vm/objects/str.h"
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
using vm::TypeObject;
using vm::Value;

TypeObject kStdinType;
TypeObject kStdinBufferType;

struct StdinObject : Object {
  Value buffer;  // the StdinBufferObject
};
struct StdinBufferObject : Object {};

void StdinTrace(Object* self, vm::GcTracer& tracer) {
  tracer.Visit(static_cast<StdinObject*>(self)->buffer);
}

// CPython's stdin in UTF-8 mode (conformance/regen.py runs python3.11 so)
// decodes undecodable bytes to lone surrogates.
constexpr char kErrors[] = "surrogateescape";

// What CPython's closed-file checks say: TextIOWrapper and
// IOBase.readlines "I/O operation on closed file.", isatty() and
// readable() the same without the period, BufferedReader "read of closed
// file" / "readline of closed file".
constexpr char kClosedFile[] = "I/O operation on closed file.";
constexpr char kClosedFileNoPeriod[] = "I/O operation on closed file";

bool CheckOpen(Interp& vm, const char* message = kClosedFile) {
  if (!vm.input().closed()) return true;
  vm.RaiseValueError(message);
  return false;
}

// io.UnsupportedOperation(message), the io module's own class.
Value RaiseUnsupported(Interp& vm, const char* message) {
  vm::StrObject* io_name = vm.Intern("io");
  Value io = vm.ImportModule(io_name);
  if (io.is_null()) return Value::Null();
  vm::StrObject* cls_name = vm.Intern("UnsupportedOperation");
  Value cls = vm::GetAttr(vm, io, cls_name);
  if (cls.is_null()) return Value::Null();
  RootScope roots(vm);
  roots.Add(&cls);
  Value text = vm::NewStrValue(vm, message);
  if (text.is_null()) return Value::Null();
  Value exc = vm.Call1(cls, text);
  return exc.is_null() ? Value::Null() : vm.SetException(exc);
}

// A size argument: `name(size=-1, /)`. `optional`: None means -1, another
// non-index is "argument should be integer or None" and a huge int "cannot
// fit 'int' into an index-sized integer" (CPython's
// _Py_convert_optional_to_ssize_t); otherwise only an index is taken, as
// Argument Clinic's Py_ssize_t.
bool SizeArg(Interp& vm, CallArgs args, const char* name, bool optional, int64_t* size) {
  *size = -1;
  if (!vm::CheckNoKeywords(vm, args, name) || !vm::CheckPositionalCount(vm, args, name, 0, 1)) {
    return false;
  }
  if (args.nargs == 0) return true;
  Value v = args.args[0];
  if (optional && v.is_none()) return true;
  if (optional && !vm::IsIndexKey(v)) {
    vm.RaiseFormat(&vm::kTypeErrorType, "argument should be integer or None, not '%s'",
                   std::string(vm::TypeName(v)));
    return false;
  }
  return optional ? vm::IndexToInt64(vm, v, size) : vm::ClinicSsize(vm, v, size);
}

// The first `taken` pending bytes decoded, then marked read.
Value TakeText(Interp& vm, size_t taken) {
  Value s = vm::DecodeBytes(vm, vm.input().pending().substr(0, taken), "utf-8", kErrors);
  if (!s.is_null()) vm.input().Consume(vm, taken);
  return s;
}

Value TakeBytes(Interp& vm, size_t taken) {
  Value b = vm::NewBytesValue(vm, vm.input().pending().substr(0, taken));
  if (!b.is_null()) vm.input().Consume(vm, taken);
  return b;
}

Value ReadTextLine(Interp& vm, int64_t limit) {
  size_t taken = 0;
  if (!CheckOpen(vm) || !vm.input().TextLine(vm, limit, &taken)) return Value::Null();
  return TakeText(vm, taken);
}

Value ReadBytesLine(Interp& vm, int64_t limit, const char* closed_message) {
  size_t taken = 0;
  if (!CheckOpen(vm, closed_message) || !vm.input().BytesLine(vm, limit, &taken)) {
    return Value::Null();
  }
  return TakeBytes(vm, taken);
}

// IOBase.readlines(hint): lines until their total length reaches a
// positive hint.
template <bool kText>
Value ReadLines(Interp& vm, Value, CallArgs args) {
  int64_t hint = -1;
  if (!SizeArg(vm, args, "readlines", true, &hint) || !CheckOpen(vm)) return Value::Null();
  vm::ListObject* list = vm::NewList(vm, 0);
  if (list == nullptr) return Value::Null();
  Value result = Value::FromObject(list);
  RootScope roots(vm);
  roots.Add(&result);
  int64_t total = 0;
  for (;;) {
    Value line = kText ? ReadTextLine(vm, -1) : ReadBytesLine(vm, -1, kClosedFile);
    if (line.is_null()) return Value::Null();
    int64_t length = kText ? As<vm::StrObject>(line)->length
                           : static_cast<int64_t>(As<vm::BytesObject>(line)->view().size());
    if (length == 0) return result;
    if (!vm::ListAppendValue(vm, list, line)) return Value::Null();
    total += length;
    if (hint > 0 && total >= hint) return result;
  }
}

// ---- sys.stdin ---------------------------------------------------------------------

Value StdinRead(Interp& vm, Value, CallArgs args) {
  int64_t size = -1;
  size_t taken = 0;
  if (!SizeArg(vm, args, "read", true, &size) || !CheckOpen(vm) ||
      !vm.input().Text(vm, size, &taken)) {
    return Value::Null();
  }
  return TakeText(vm, taken);
}

Value StdinReadLine(Interp& vm, Value, CallArgs args) {
  int64_t limit = -1;
  if (!SizeArg(vm, args, "readline", false, &limit)) return Value::Null();
  return ReadTextLine(vm, limit);
}

// tp_iternext: Null with no exception at the end.
Value StdinNext(Interp& vm, Value) {
  Value line = ReadTextLine(vm, -1);
  if (line.is_null() || As<vm::StrObject>(line)->length > 0) return line;
  return Value::Null();
}

Value StdinIter(Interp& vm, Value self) {
  if (!CheckOpen(vm)) return Value::Null();
  return self;
}

Value StdinNextMethod(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "__next__")) return Value::Null();
  Value line = StdinNext(vm, self);
  if (line.is_null() && !vm.HasException()) return vm.RaiseEmpty(&vm::kStopIterationType);
  return line;
}

Value StdinIterMethod(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "__iter__")) return Value::Null();
  return StdinIter(vm, self);
}

Value StdinEnter(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "__enter__") || !CheckOpen(vm)) return Value::Null();
  return self;
}

// Closes stdin and its buffer, as CPython's close() does; the input not
// read is dropped. A second close does nothing.
Value StdinClose(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "close")) return Value::Null();
  vm.input().Close(vm);
  return Value::None();
}

Value StdinExit(Interp& vm, Value, CallArgs) {
  vm.input().Close(vm);
  return Value::None();
}

// isatty(), readable() and seekable(): the answer for an open stream.
template <bool kAnswer, const char* kName>
Value StreamFact(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, kName) || !CheckOpen(vm, kClosedFileNoPeriod)) {
    return Value::Null();
  }
  return Value::Bool(kAnswer);
}

// writable(): False, closed or not.
template <const char* kName>
Value AnswerFalse(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, kName)) return Value::Null();
  return Value::False();
}

Value StreamFlush(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "flush") || !CheckOpen(vm)) return Value::Null();
  return Value::None();
}

Value StdinWrite(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "write") || !CheckOpen(vm)) return Value::Null();
  return RaiseUnsupported(vm, "not writable");
}

// tell() and seek(): a pipe or terminal has no position.
Value StdinNotSeekable(Interp& vm, Value, CallArgs) {
  if (!CheckOpen(vm)) return Value::Null();
  return RaiseUnsupported(vm, "underlying stream is not seekable");
}

Value StdinTruncate(Interp& vm, Value, CallArgs) {
  if (!CheckOpen(vm)) return Value::Null();
  return RaiseUnsupported(vm, "truncate");
}

Value StrGetter(Interp& vm, const char* text) { return vm::NewStrValue(vm, text); }
Value StdinEncoding(Interp& vm, Value, CallArgs) { return StrGetter(vm, "utf-8"); }
Value StdinErrors(Interp& vm, Value, CallArgs) { return StrGetter(vm, kErrors); }
Value StdinMode(Interp& vm, Value, CallArgs) { return StrGetter(vm, "r"); }
Value StreamName(Interp& vm, Value, CallArgs) { return StrGetter(vm, "<stdin>"); }
Value StreamClosed(Interp& vm, Value, CallArgs) { return Value::Bool(vm.input().closed()); }
Value GetterNone(Interp&, Value, CallArgs) { return Value::None(); }
Value GetterFalse(Interp&, Value, CallArgs) { return Value::False(); }
Value StdinBuffer(Interp&, Value self, CallArgs) { return As<StdinObject>(self)->buffer; }

// The ways out to the host's file descriptor: refused by name, so
// hasattr() is False.
template <const char* kName>
Value Withheld(Interp& vm, Value, CallArgs) {
  return vm.RaiseFormat(&vm::kAttributeErrorType, "'%s' is not available in the sandbox",
                        kName);
}
constexpr char kIsatty[] = "isatty";
constexpr char kReadable[] = "readable";
constexpr char kSeekable[] = "seekable";
constexpr char kWritable[] = "writable";
constexpr char kFileno[] = "sys.stdin.fileno";
constexpr char kDetach[] = "sys.stdin.detach";
constexpr char kReconfigure[] = "sys.stdin.reconfigure";
constexpr char kBufferFileno[] = "sys.stdin.buffer.fileno";
constexpr char kBufferDetach[] = "sys.stdin.buffer.detach";
constexpr char kBufferRaw[] = "sys.stdin.buffer.raw";

constexpr MethodDef kStdinMethods[] = {
    {"read", StdinRead},
    {"readline", StdinReadLine},
    {"readlines", ReadLines<true>},
    {"__iter__", StdinIterMethod},
    {"__next__", StdinNextMethod},
    {"__enter__", StdinEnter},
    {"__exit__", StdinExit},
    {"close", StdinClose},
    {"isatty", StreamFact<false, kIsatty>},
    {"readable", StreamFact<true, kReadable>},
    {"seekable", StreamFact<false, kSeekable>},
    {"writable", AnswerFalse<kWritable>},
    {"flush", StreamFlush},
    {"write", StdinWrite},
    {"tell", StdinNotSeekable},
    {"seek", StdinNotSeekable},
    {"truncate", StdinTruncate},
    {"buffer", StdinBuffer, MethodKind::kGetter},
    {"encoding", StdinEncoding, MethodKind::kGetter},
    {"errors", StdinErrors, MethodKind::kGetter},
    {"mode", StdinMode, MethodKind::kGetter},
    {"name", StreamName, MethodKind::kGetter},
    {"closed", StreamClosed, MethodKind::kGetter},
    {"newlines", GetterNone, MethodKind::kGetter},
    {"line_buffering", GetterFalse, MethodKind::kGetter},
    {"fileno", Withheld<kFileno>, MethodKind::kGetter},
    {"detach", Withheld<kDetach>, MethodKind::kGetter},
    {"reconfigure", Withheld<kReconfigure>, MethodKind::kGetter},
    {nullptr, nullptr},
};

Value StdinRepr(Interp& vm, Value) {
  return vm::NewStrValue(vm, "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
}

// ---- sys.stdin.buffer --------------------------------------------------------------

Value BufferRead(Interp& vm, Value, CallArgs args) {
  int64_t size = -1;
  if (!SizeArg(vm, args, "read", true, &size)) return Value::Null();
  if (size < -1) return vm.RaiseValueError("read length must be non-negative or -1");
  size_t taken = 0;
  if (!CheckOpen(vm, "read of closed file") || !vm.input().Bytes(vm, size, &taken)) {
    return Value::Null();
  }
  return TakeBytes(vm, taken);
}

// read1(size=-1): what is buffered, or else what one pull from the host
// brings; at most `size` bytes.
Value BufferRead1(Interp& vm, Value, CallArgs args) {
  int64_t size = -1;
  if (!SizeArg(vm, args, "read1", false, &size)) return Value::Null();
  size_t taken = 0;
  if (!CheckOpen(vm, "read of closed file") || !vm.input().Some(vm, size, &taken)) {
    return Value::Null();
  }
  return TakeBytes(vm, taken);
}

// peek(size=0): the bytes buffered, without reading them; when none are,
// what one pull from the host brings.
Value BufferPeek(Interp& vm, Value, CallArgs args) {
  int64_t size = 0;
  if (!SizeArg(vm, args, "peek", false, &size)) return Value::Null();
  size_t taken = 0;
  if (!CheckOpen(vm, "peek of closed file") || !vm.input().Some(vm, -1, &taken)) {
    return Value::Null();
  }
  return vm::NewBytesValue(vm, vm.input().pending().substr(0, taken));
}

Value BufferReadLine(Interp& vm, Value, CallArgs args) {
  int64_t limit = -1;
  if (!SizeArg(vm, args, "readline", true, &limit)) return Value::Null();
  return ReadBytesLine(vm, limit, "readline of closed file");
}

Value BufferNext(Interp& vm, Value) {
  Value line = ReadBytesLine(vm, -1, "readline of closed file");
  if (line.is_null() || !As<vm::BytesObject>(line)->view().empty()) return line;
  return Value::Null();
}

Value BufferNextMethod(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "__next__")) return Value::Null();
  Value line = BufferNext(vm, self);
  if (line.is_null() && !vm.HasException()) return vm.RaiseEmpty(&vm::kStopIterationType);
  return line;
}

Value BufferWrite(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "write") || !CheckOpen(vm)) return Value::Null();
  return RaiseUnsupported(vm, "write");
}

Value BufferMode(Interp& vm, Value, CallArgs) { return StrGetter(vm, "rb"); }

constexpr MethodDef kBufferMethods[] = {
    {"read", BufferRead},
    {"read1", BufferRead1},
    {"peek", BufferPeek},
    {"readline", BufferReadLine},
    {"readlines", ReadLines<false>},
    {"__iter__", StdinIterMethod},
    {"__next__", BufferNextMethod},
    {"__enter__", StdinEnter},
    {"__exit__", StdinExit},
    {"close", StdinClose},
    {"isatty", StreamFact<false, kIsatty>},
    {"readable", StreamFact<true, kReadable>},
    {"seekable", StreamFact<false, kSeekable>},
    {"writable", AnswerFalse<kWritable>},
    {"flush", StreamFlush},
    {"write", BufferWrite},
    {"mode", BufferMode, MethodKind::kGetter},
    {"name", StreamName, MethodKind::kGetter},
    {"closed", StreamClosed, MethodKind::kGetter},
    {"raw", Withheld<kBufferRaw>, MethodKind::kGetter},
    {"fileno", Withheld<kBufferFileno>, MethodKind::kGetter},
    {"detach", Withheld<kBufferDetach>, MethodKind::kGetter},
    {nullptr, nullptr},
};

Value BufferRepr(Interp& vm, Value) {
  return vm::NewStrValue(vm, "<_io.BufferedReader name='<stdin>'>");
}

void InitStdinTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    vm::InitStaticType(&kStdinType, "_io.TextIOWrapper", &vm::kObjectType);
    kStdinType.methods = kStdinMethods;
    kStdinType.repr = StdinRepr;
    kStdinType.hash = vm::IdentityHash;
    kStdinType.trace = StdinTrace;
    kStdinType.iter = StdinIter;
    kStdinType.next = StdinNext;
    vm::InitStaticType(&kStdinBufferType, "_io.BufferedReader", &vm::kObjectType);
    kStdinBufferType.methods = kBufferMethods;
    kStdinBufferType.repr = BufferRepr;
    kStdinBufferType.hash = vm::IdentityHash;
    kStdinBufferType.iter = StdinIter;
    kStdinBufferType.next = BufferNext;
  });
}

// ---- input() -----------------------------------------------------------------------

// sys.<name> for input(): Null with no exception when the script has not
// imported sys (the interpreter's own stream serves); RuntimeError
// "input(): lost sys.<name>" when it deleted the name or bound it to None.
Value InputStream(Interp& vm, Value sys, const char* name) {
  if (sys.is_null()) return Value::Null();
  Value v = SysModuleAttr(vm, sys, name);
  if (v.is_null() && vm.HasException()) return v;
  if (v.is_null() || v.is_none()) {
    return vm.RaiseFormat(&vm::kRuntimeErrorType, "input(): lost sys.%s", name);
  }
  return v;
}

// stream.<method>(arg...), the result dropped when `ignore_errors` (as
// CPython's input() treats flush()).
bool CallStreamMethod(Interp& vm, Value stream, const char* method, Value arg,
                      bool ignore_errors) {
  vm::StrObject* name = vm.Intern(method);
  Value f = vm::GetAttr(vm, stream, name);
  Value r = Value::Null();
  if (!f.is_null()) r = arg.is_null() ? vm.Call0(f) : vm.Call1(f, arg);
  if (r.is_null() && ignore_errors && vm.limit_hit() == LimitKind::kNone) {
    vm.ClearException();
    return true;
  }
  return !r.is_null();
}

// input(prompt=None, /): as CPython's input() when stdin is not a
// terminal: stderr is flushed, str(prompt) written to stdout and stdout
// flushed, then a line is read from sys.stdin, its '\n' stripped;
// EOFError at the end of the input.
Value BuiltinInput(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckPositionalOnly(vm, args, "input", 0, 1)) {
    return Value::Null();
  }
  Value sys = SysModule(vm);
  RootScope roots(vm);
  roots.Add(&sys);
  Value fin = InputStream(vm, sys, "stdin");
  roots.Add(&fin);
  if (vm.HasException()) return Value::Null();
  Value fout = InputStream(vm, sys, "stdout");
  roots.Add(&fout);
  if (vm.HasException()) return Value::Null();
  Value ferr = InputStream(vm, sys, "stderr");
  roots.Add(&ferr);
  if (vm.HasException()) return Value::Null();
  if (!ferr.is_null() && SysStreamOf(ferr) == SysStream::kNone &&
      !CallStreamMethod(vm, ferr, "flush", Value::Null(), true)) {
    return Value::Null();
  }
  bool own_stdout = fout.is_null() || SysStreamOf(fout) != SysStream::kNone;
  if (args.nargs > 0) {
    Value text = vm::Str(vm, args.args[0]);
    if (text.is_null()) return Value::Null();
    roots.Add(&text);
    if (own_stdout) {
      SysStream which = fout.is_null() ? SysStream::kStdout : SysStreamOf(fout);
      if (!SysStreamWrite(vm, which, As<vm::StrObject>(text)->view())) return Value::Null();
    } else if (!CallStreamMethod(vm, fout, "write", text, false)) {
      return Value::Null();
    }
  }
  if (!own_stdout && !CallStreamMethod(vm, fout, "flush", Value::Null(), true)) {
    return Value::Null();
  }
  Value line;
  if (fin.is_null() || IsStdinStream(fin)) {
    line = ReadTextLine(vm, -1);
  } else {
    vm::StrObject* readline = vm.Intern("readline");
    Value f = vm::GetAttr(vm, fin, readline);
    if (f.is_null()) return Value::Null();
    line = vm.Call0(f);
  }
  if (line.is_null()) return Value::Null();
  // PyFile_GetLine(fin, -1).
  bool is_str = vm::IsStr(line);
  if (!is_str && !vm::IsBytes(line)) {
    return vm.Raise(&vm::kTypeErrorType, "object.readline() returned non-string");
  }
  std::string_view data = is_str ? As<vm::StrObject>(line)->view()
                                 : As<vm::BytesObject>(line)->view();
  if (data.empty()) return vm.Raise(&vm::kEOFErrorType, "EOF when reading a line");
  if (data.back() != '\n') return line;
  data.remove_suffix(1);
  return is_str ? vm::NewStrValue(vm, data) : vm::NewBytesValue(vm, data);
}

constexpr MethodDef kInputDef = {"input", BuiltinInput};

}  // namespace

Value NewStdinStream(Interp& vm) {
  InitStdinTypes();
  StdinBufferObject* buffer = vm.New<StdinBufferObject>(&kStdinBufferType);
  if (buffer == nullptr) return Value::Null();
  Value buffer_value = Value::FromObject(buffer);
  RootScope roots(vm);
  roots.Add(&buffer_value);
  StdinObject* s = vm.New<StdinObject>(&kStdinType);
  if (s == nullptr) return Value::Null();
  s->buffer = buffer_value;
  return Value::FromObject(s);
}

bool IsStdinStream(Value v) { return vm::HasType(v, &kStdinType); }

bool InstallInputBuiltin(Interp& vm, vm::DictObject* builtins) {
  vm::BuiltinFunctionObject* f = vm::NewBuiltinFunction(vm, &kInputDef, Value::Null(), nullptr);
  return f != nullptr && vm::DictSetStr(vm, builtins, "input", Value::FromObject(f)) == 0;
}

}  // namespace moat::stdlib
