// CPython 3.11 compile() -> CodeImage. See compile.h.
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "compiler_bridge/compile.h"

#include <pthread.h>

#include <algorithm>
#include <cstdio>
#include <mutex>

#include "absl/strings/str_cat.h"
#include "vm/syntax_error_text.h"

namespace moat::compiler_bridge {

namespace {

std::mutex& CompilerMutex() {
  static std::mutex mutex;
  return mutex;
}

// Starts an isolated CPython once: no site, no user environment, no signal
// handlers. Only the compiler is used afterwards.
bool EnsurePythonInitialized() {
  static bool ok = [] {
    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.site_import = 0;
    config.install_signal_handlers = 0;
    config.write_bytecode = 0;
    // Fixed seed: frozenset constants (e.g. `x in {"a", "b"}`) are built by
    // the compiler, and their element order must not vary between runs.
    config.use_hash_seed = 1;
    config.hash_seed = 0;
    PyStatus status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) return false;
    // Release the GIL; each compile takes it back.
    PyEval_SaveThread();
    return true;
  }();
  return ok;
}

// RAII ownership of a PyObject reference.
struct Ref {
  PyObject* p;
  explicit Ref(PyObject* o) : p(o) {}
  ~Ref() { Py_XDECREF(p); }
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
};

bool Utf8Of(PyObject* s, std::string* out) {
  // surrogatepass keeps lone surrogates (valid in Python str) as WTF-8.
  Ref bytes(PyUnicode_AsEncodedString(s, "utf-8", "surrogatepass"));
  if (bytes.p == nullptr) return false;
  out->assign(PyBytes_AS_STRING(bytes.p), PyBytes_GET_SIZE(bytes.p));
  return true;
}

absl::StatusOr<std::shared_ptr<const CodeImage>> ConvertCode(PyCodeObject* co,
                                                             const std::string& filename);

absl::Status ConvertConstant(PyObject* o, Constant* c, const std::string& filename) {
  if (o == Py_None) {
    c->kind = Constant::Kind::kNone;
  } else if (o == Py_True || o == Py_False) {
    c->kind = Constant::Kind::kBool;
    c->bool_value = o == Py_True;
  } else if (o == Py_Ellipsis) {
    c->kind = Constant::Kind::kEllipsis;
  } else if (PyLong_CheckExact(o)) {
    c->kind = Constant::Kind::kInt;
    // Decimal text via hex to avoid the int->str digit limit for huge
    // literals: build the decimal ourselves only when small.
    Ref text(PyNumber_ToBase(o, 16));
    if (text.p == nullptr) return absl::InternalError("int constant conversion failed");
    std::string hex;
    if (!Utf8Of(text.p, &hex)) return absl::InternalError("int constant conversion failed");
    c->text = hex;  // "0x1f" or "-0x1f"
  } else if (PyFloat_CheckExact(o)) {
    c->kind = Constant::Kind::kFloat;
    c->number = PyFloat_AS_DOUBLE(o);
  } else if (PyComplex_CheckExact(o)) {
    c->kind = Constant::Kind::kComplex;
    c->number = PyComplex_RealAsDouble(o);
    c->imag = PyComplex_ImagAsDouble(o);
  } else if (PyUnicode_CheckExact(o)) {
    c->kind = Constant::Kind::kStr;
    if (!Utf8Of(o, &c->text)) return absl::InternalError("str constant conversion failed");
  } else if (PyBytes_CheckExact(o)) {
    c->kind = Constant::Kind::kBytes;
    c->text.assign(PyBytes_AS_STRING(o), PyBytes_GET_SIZE(o));
  } else if (PyTuple_CheckExact(o)) {
    c->kind = Constant::Kind::kTuple;
    Py_ssize_t n = PyTuple_GET_SIZE(o);
    c->items.resize(n);
    for (Py_ssize_t i = 0; i < n; ++i) {
      absl::Status s = ConvertConstant(PyTuple_GET_ITEM(o, i), &c->items[i], filename);
      if (!s.ok()) return s;
    }
  } else if (PyFrozenSet_CheckExact(o)) {
    // Walked slot by slot (the iteration order) with each item's slot, so
    // the loader can rebuild the table CPython's compiler made, which adding
    // the items again does not always reproduce. A constant frozenset has
    // no dummies (hash -1 marks one all the same).
    c->kind = Constant::Kind::kFrozenset;
    auto* so = reinterpret_cast<PySetObject*>(o);
    c->set_mask = static_cast<uint64_t>(so->mask);
    for (Py_ssize_t i = 0; i <= so->mask; ++i) {
      const setentry& entry = so->table[i];
      if (entry.key == nullptr || entry.hash == -1) continue;
      c->items.emplace_back();
      c->set_slots.push_back(static_cast<uint64_t>(i));
      absl::Status s = ConvertConstant(entry.key, &c->items.back(), filename);
      if (!s.ok()) return s;
    }
  } else if (PyCode_Check(o)) {
    c->kind = Constant::Kind::kCode;
    auto code = ConvertCode(reinterpret_cast<PyCodeObject*>(o), filename);
    if (!code.ok()) return code.status();
    c->code = *code;
  } else {
    return absl::InternalError(
        absl::StrCat("unexpected constant of type ", Py_TYPE(o)->tp_name));
  }
  return absl::OkStatus();
}

absl::Status StringList(PyObject* tuple, std::vector<std::string>* out) {
  Py_ssize_t n = PyTuple_GET_SIZE(tuple);
  for (Py_ssize_t i = 0; i < n; ++i) {
    std::string s;
    if (!Utf8Of(PyTuple_GET_ITEM(tuple, i), &s)) return absl::InternalError("bad name");
    out->push_back(std::move(s));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<const CodeImage>> ConvertCode(PyCodeObject* co,
                                                             const std::string& filename) {
  auto image = std::make_shared<CodeImage>();
  if (!Utf8Of(co->co_name, &image->name) || !Utf8Of(co->co_qualname, &image->qualname)) {
    return absl::InternalError("bad code name");
  }
  image->filename = filename;
  image->first_line = co->co_firstlineno;
  image->arg_count = co->co_argcount;
  image->posonly_arg_count = co->co_posonlyargcount;
  image->kwonly_arg_count = co->co_kwonlyargcount;
  image->stack_size = co->co_stacksize;
  image->flags = co->co_flags;
  Ref code_bytes(PyCode_GetCode(co));
  if (code_bytes.p == nullptr) return absl::InternalError("co_code unavailable");
  const char* raw = PyBytes_AS_STRING(code_bytes.p);
  Py_ssize_t nbytes = PyBytes_GET_SIZE(code_bytes.p);
  image->code.resize(nbytes / 2);
  for (Py_ssize_t i = 0; i < nbytes / 2; ++i) {
    image->code[i] = static_cast<uint16_t>(static_cast<uint8_t>(raw[2 * i]) |
                                           (static_cast<uint8_t>(raw[2 * i + 1]) << 8));
  }
  PyObject* consts = co->co_consts;
  image->consts.resize(PyTuple_GET_SIZE(consts));
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(consts); ++i) {
    absl::Status s = ConvertConstant(PyTuple_GET_ITEM(consts, i), &image->consts[i], filename);
    if (!s.ok()) return s;
  }
  absl::Status s = StringList(co->co_names, &image->names);
  if (!s.ok()) return s;
  s = StringList(co->co_localsplusnames, &image->localsplus_names);
  if (!s.ok()) return s;
  PyObject* kinds = co->co_localspluskinds;
  image->localsplus_kinds.assign(PyBytes_AS_STRING(kinds),
                                 PyBytes_AS_STRING(kinds) + PyBytes_GET_SIZE(kinds));
  PyObject* extable = co->co_exceptiontable;
  image->exception_table.assign(PyBytes_AS_STRING(extable),
                                PyBytes_AS_STRING(extable) + PyBytes_GET_SIZE(extable));
  // Per-code-unit locations from co_positions().
  image->locations.resize(image->code.size());
  Ref positions(PyObject_CallMethod(reinterpret_cast<PyObject*>(co), "co_positions", nullptr));
  if (positions.p == nullptr) return absl::InternalError("co_positions failed");
  Ref it(PyObject_GetIter(positions.p));
  size_t index = 0;
  while (PyObject* item = PyIter_Next(it.p)) {
    Ref owned(item);
    if (index >= image->locations.size()) break;
    SourceLocation& loc = image->locations[index++];
    int32_t* fields[4] = {&loc.line, &loc.end_line, &loc.column, &loc.end_column};
    for (int f = 0; f < 4; ++f) {
      PyObject* v = PyTuple_GET_ITEM(item, f);
      *fields[f] = v == Py_None ? -1 : static_cast<int32_t>(PyLong_AsLong(v));
    }
  }
  if (PyErr_Occurred()) PyErr_Clear();
  return std::shared_ptr<const CodeImage>(std::move(image));
}

std::string AttrString(PyObject* o, const char* name) {
  Ref v(PyObject_GetAttrString(o, name));
  if (v.p == nullptr) {
    PyErr_Clear();
    return {};
  }
  if (v.p == Py_None) return {};
  std::string out;
  if (PyUnicode_Check(v.p)) {
    Utf8Of(v.p, &out);
  } else {
    Ref s(PyObject_Str(v.p));
    if (s.p) Utf8Of(s.p, &out);
  }
  if (PyErr_Occurred()) PyErr_Clear();
  return out;
}

long AttrLong(PyObject* o, const char* name, long missing) {
  Ref v(PyObject_GetAttrString(o, name));
  if (v.p == nullptr || v.p == Py_None || !PyLong_Check(v.p)) {
    PyErr_Clear();
    return missing;
  }
  long r = PyLong_AsLong(v.p);
  if (PyErr_Occurred()) {
    PyErr_Clear();
    return missing;
  }
  return r;
}

// Whether a parser error without an end (end_offset None) sits on the
// tokens past the last line (the ENDMARKER and the DEDENTs before it: `try:`
// or `if x:` left open at the end of the file). Compiled from a string, those
// tokens are placed just past the last line (offset = its length + 1); read
// from a file, as `python3.11 file.py` reads a script, the tokenizer's buffer
// has moved on and the offset is 0, which prints no caret (_PyPegen_raise_error
// for a token with no column). The tokenizer's own errors about the end of
// input keep their offset in both modes.
bool ErrorOnEndOfInputTokens(std::string_view source, std::string_view message, long lineno,
                             long offset, long end_offset) {
  if (end_offset != -1 || lineno < 1 || offset < 1) return false;
  if (message == "unexpected EOF while parsing" ||
      message == "unindent does not match any outer indentation level" ||
      message == "inconsistent use of tabs and spaces in indentation" ||
      message == "too many levels of indentation") {
    return false;
  }
  std::string_view text = source;
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  size_t last_start = text.rfind('\n');
  long last_lineno = 1 + static_cast<long>(std::count(text.begin(), text.end(), '\n'));
  std::string_view last = last_start == std::string_view::npos ? text : text.substr(last_start + 1);
  if (!last.empty() && last.back() == '\r') last.remove_suffix(1);
  return lineno == last_lineno && offset == static_cast<long>(last.size()) + 1;
}

// Formats a SyntaxError the way `python3.11 file.py` prints it when the file
// does not compile (Python/pythonrun.c print_exception, not traceback.py).
//
// CPython is given an empty file name (see Compile), so the name shown is the
// caller's, and errors raised after parsing, which CPython would quote by
// re-reading the named file from disk, get their source line from `source`.
SyntaxErrorInfo FormatSyntaxError(PyObject* exc, const std::string& filename,
                                  std::string_view source) {
  SyntaxErrorInfo info;
  info.type_name = Py_TYPE(exc)->tp_name;
  info.message = AttrString(exc, "msg");
  long lineno = AttrLong(exc, "lineno", -1);
  Ref current_text(PyObject_GetAttrString(exc, "text"));
  if (current_text.p == nullptr) PyErr_Clear();
  if (lineno >= 1 && (current_text.p == nullptr || current_text.p == Py_None)) {
    std::string_view rest = source;
    for (long i = 1; i < lineno && !rest.empty(); ++i) {
      size_t nl = rest.find('\n');
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    }
    std::string line(rest.substr(0, rest.find('\n')));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    line += '\n';
    Ref text(PyUnicode_DecodeUTF8(line.data(), static_cast<Py_ssize_t>(line.size()), "replace"));
    if (text.p == nullptr || PyObject_SetAttrString(exc, "text", text.p) < 0) PyErr_Clear();
  }
  std::string out;
  std::string suffix;
  if (lineno >= 0) {
    absl::StrAppend(&out, "  File \"", filename.empty() ? "<string>" : filename, "\", line ",
                    lineno, "\n");
  } else if (!filename.empty()) {
    suffix = absl::StrCat(" (", filename, ")");
  }
  Ref text_obj(PyObject_GetAttrString(exc, "text"));
  if (text_obj.p == nullptr) PyErr_Clear();
  std::string text;
  if (text_obj.p != nullptr && PyUnicode_Check(text_obj.p) && Utf8Of(text_obj.p, &text)) {
    // As print_exception (Python/pythonrun.c) prints an uncaught SyntaxError.
    bool exact = Py_TYPE(exc) == reinterpret_cast<PyTypeObject*>(PyExc_SyntaxError);
    long end_lineno = AttrLong(exc, "end_lineno", lineno);
    long offset = AttrLong(exc, "offset", -1);
    long end_offset = AttrLong(exc, "end_offset", -1);
    // `-c` code is parsed from a string by CPython too.
    if (filename != "<string>" &&
        ErrorOnEndOfInputTokens(source, info.message, lineno, offset, end_offset)) {
      offset = 0;
    }
    out += vm::SyntaxErrorTextLines(text, offset, end_offset, exact, end_lineno > lineno);
  }
  if (PyErr_Occurred()) PyErr_Clear();
  absl::StrAppend(&out, info.type_name, ": ",
                  info.message.empty() ? "<no detail available>" : info.message, suffix, "\n");
  info.formatted = out;
  return info;
}

// Records the warnings CPython's compiler issues while it is alive, instead
// of letting CPython print them on the host's stderr; Take() formats them as
// python3.11 prints them for a script (the source line comes from `source`,
// never from a file).
class WarningRecorder {
 public:
  WarningRecorder() {
    Ref module(PyImport_ImportModule("warnings"));
    Ref kwargs(Py_BuildValue("{s:O}", "record", Py_True));
    Ref empty(PyTuple_New(0));
    if (module.p != nullptr && kwargs.p != nullptr && empty.p != nullptr) {
      Ref factory(PyObject_GetAttrString(module.p, "catch_warnings"));
      if (factory.p != nullptr) catcher_ = PyObject_Call(factory.p, empty.p, kwargs.p);
    }
    if (catcher_ != nullptr) log_ = PyObject_CallMethod(catcher_, "__enter__", nullptr);
    // Without a recorder CPython prints as usual: worse, but not wrong.
    if (log_ == nullptr) PyErr_Clear();
  }
  ~WarningRecorder() {
    Stop();
    Py_XDECREF(log_);
  }
  WarningRecorder(const WarningRecorder&) = delete;
  WarningRecorder& operator=(const WarningRecorder&) = delete;

  std::string Take(const std::string& filename, std::string_view source) {
    Stop();
    std::string out;
    if (log_ == nullptr || !PyList_Check(log_)) return out;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(log_); ++i) {
      PyObject* w = PyList_GET_ITEM(log_, i);
      Ref message(PyObject_GetAttrString(w, "message"));
      Ref category(PyObject_GetAttrString(w, "category"));
      Ref lineno(PyObject_GetAttrString(w, "lineno"));
      Ref text(message.p ? PyObject_Str(message.p) : nullptr);
      std::string message_text;
      if (text.p == nullptr || !Utf8Of(text.p, &message_text) || category.p == nullptr ||
          !PyType_Check(category.p)) {
        PyErr_Clear();
        continue;
      }
      long line = lineno.p != nullptr ? PyLong_AsLong(lineno.p) : 0;
      if (line < 0) line = 0;
      PyErr_Clear();
      absl::StrAppend(&out, filename, ":", line, ": ",
                      reinterpret_cast<PyTypeObject*>(category.p)->tp_name, ": ", message_text,
                      "\n");
      // linecache finds no line for pseudo-files such as <stdin> and <string>.
      bool pseudo_file = !filename.empty() && filename.front() == '<' && filename.back() == '>';
      std::string_view quoted = pseudo_file ? std::string_view() : SourceLine(source, line);
      if (!quoted.empty()) absl::StrAppend(&out, "  ", absl::string_view(quoted.data(), quoted.size()), "\n");
    }
    return out;
  }

 private:
  // Line `line` (1-based) of `source` as CPython shows a compiler warning's
  // line: the warnings module is not loaded yet while the main script
  // compiles, so the C fallback prints it, which drops only the indentation
  // (spaces, tabs, form feeds) and the line break, keeping trailing blanks.
  // Lines end at \n, \r\n or a lone \r, as the tokenizer and a text-mode
  // readline count them.
  static std::string_view SourceLine(std::string_view source, long line) {
    if (line <= 0) return {};
    size_t start = 0;
    for (long i = 1; i < line; ++i) {
      start = source.find_first_of("\r\n", start);
      if (start == std::string_view::npos) return {};
      if (source[start] == '\r' && start + 1 < source.size() && source[start + 1] == '\n') {
        ++start;
      }
      ++start;
    }
    std::string_view text = source.substr(start, source.find_first_of("\r\n", start) - start);
    size_t first = text.find_first_not_of(" \t\f");
    if (first == std::string_view::npos) return {};
    return text.substr(first);
  }

  void Stop() {
    if (catcher_ == nullptr) return;
    Ref r(PyObject_CallMethod(catcher_, "__exit__", "OOO", Py_None, Py_None, Py_None));
    if (r.p == nullptr) PyErr_Clear();
    Py_CLEAR(catcher_);
  }

  PyObject* catcher_ = nullptr;
  PyObject* log_ = nullptr;
};

absl::StatusOr<CompiledModule> CompileOnThisThread(std::string_view source,
                                                   std::string_view filename, Mode mode,
                                                   SyntaxErrorInfo* syntax_error);

// CPython's parser and compiler recurse in C over the nesting of the source,
// up to their own limits (200 nested brackets, a 6000-deep parser stack,
// 3000 levels of AST): about 1 MiB of stack for the worst source, which a
// host thread may not have (musl's threads get 128 KiB, macOS's 512 KiB).
// So every compile runs on a thread of ours with a stack to spare; only the
// pages it touches are committed.
constexpr size_t kCompilerStackBytes = size_t{16} << 20;

}  // namespace

absl::StatusOr<CompiledModule> Compile(std::string_view source, std::string_view filename,
                                       Mode mode, SyntaxErrorInfo* syntax_error) {
  struct Job {
    std::string_view source;
    std::string_view filename;
    Mode mode;
    SyntaxErrorInfo* syntax_error;
    absl::StatusOr<CompiledModule> result = absl::InternalError("compile did not run");
  } job{source, filename, mode, syntax_error};
  auto run = [](void* arg) -> void* {
    Job* j = static_cast<Job*>(arg);
    j->result = CompileOnThisThread(j->source, j->filename, j->mode, j->syntax_error);
    return nullptr;
  };
  pthread_attr_t attr;
  pthread_t thread;
  bool started = pthread_attr_init(&attr) == 0;
  if (started) {
    started = pthread_attr_setstacksize(&attr, kCompilerStackBytes) == 0 &&
              pthread_create(&thread, &attr, run, &job) == 0;
    pthread_attr_destroy(&attr);
  }
  if (!started) {
    return absl::ResourceExhaustedError("moat: could not start a thread to run the compiler on");
  }
  pthread_join(thread, nullptr);
  return std::move(job.result);
}

namespace {

absl::StatusOr<CompiledModule> CompileOnThisThread(std::string_view source,
                                                   std::string_view filename, Mode mode,
                                                   SyntaxErrorInfo* syntax_error) {
  if (!EnsurePythonInitialized()) return absl::InternalError("CPython failed to initialize");
  std::lock_guard<std::mutex> lock(CompilerMutex());
  PyGILState_STATE gil = PyGILState_Ensure();
  struct GilRelease {
    PyGILState_STATE g;
    ~GilRelease() { PyGILState_Release(g); }
  } release{gil};

  std::string fname(filename);
  // Universal newlines, as `python3.11 file.py` reads a script: "\r\n" and a
  // lone "\r" end a line as "\n" does. Left to the string tokenizer, a CRLF
  // file's errors at the end of input name a line past the last one.
  // The module keeps the text as given.
  std::string_view given = source;
  std::string normalized;
  if (source.find('\r') != std::string_view::npos) {
    normalized.reserve(source.size());
    for (size_t i = 0; i < source.size(); ++i) {
      if (source[i] != '\r') {
        normalized += source[i];
      } else {
        normalized += '\n';
        if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
      }
    }
    source = normalized;
  }
  // NUL bytes: CPython's compile() refuses them with ValueError for str
  // input; report it as a SyntaxError like `python3.11 file.py` does.
  if (source.find('\0') != std::string_view::npos) {
    SyntaxErrorInfo info{"SyntaxError", "source code cannot contain null bytes",
                         "SyntaxError: source code cannot contain null bytes\n", ""};
    if (syntax_error) *syntax_error = info;
    return absl::InvalidArgumentError(info.formatted);
  }
  // Sources are UTF-8 (moat does not decode other PEP 263 encodings).
  // Report the first bad byte as python3.11 does for a file.
  Ref src(PyUnicode_DecodeUTF8(source.data(), static_cast<Py_ssize_t>(source.size()), "strict"));
  if (src.p == nullptr) {
    Py_ssize_t bad = 0;
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    Ref t(type), v(value), b(tb);
    if (value == nullptr || PyUnicodeDecodeError_GetStart(value, &bad) < 0) bad = 0;
    PyErr_Clear();
    size_t at = std::min(static_cast<size_t>(bad), source.size() - 1);
    size_t line = 1;
    for (size_t i = 0; i < at; ++i) line += source[i] == '\n';
    char hex[8];
    std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned char>(source[at]));
    SyntaxErrorInfo info;
    info.type_name = "SyntaxError";
    info.message = absl::StrCat("Non-UTF-8 code starting with '", hex, "' in file ", fname,
                                " on line ", line,
                                ", but no encoding declared; see "
                                "https://peps.python.org/pep-0263/ for details");
    info.formatted = absl::StrCat("SyntaxError: ", info.message, "\n");
    if (syntax_error) *syntax_error = info;
    return absl::InvalidArgumentError(info.formatted);
  }
  // An empty file name: when CPython wants to quote a source line it did
  // not parse itself, it opens the named file, and a script's name must
  // never make the compiler read a host file. FormatSyntaxError supplies
  // the line from `source` instead, and the image gets `fname`.
  Ref fname_obj(PyUnicode_FromString(""));
  int start = mode == Mode::kExec ? Py_file_input
              : mode == Mode::kEval ? Py_eval_input
                                    : Py_single_input;
  Ref utf8(PyUnicode_AsUTF8String(src.p));
  PyCompilerFlags flags = _PyCompilerFlags_INIT;
  WarningRecorder warnings;
  Ref code(Py_CompileStringObject(PyBytes_AS_STRING(utf8.p), fname_obj.p, start, &flags, 0));
  if (code.p == nullptr) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    Ref t(type), v(value), b(tb);
    SyntaxErrorInfo info;
    if (value != nullptr && PyObject_TypeCheck(value, reinterpret_cast<PyTypeObject*>(PyExc_SyntaxError))) {
      info = FormatSyntaxError(value, fname, source);
    } else {
      info.type_name = type ? reinterpret_cast<PyTypeObject*>(type)->tp_name : "SyntaxError";
      info.message = value ? AttrString(value, "args") : "";
      Ref s(value ? PyObject_Str(value) : nullptr);
      std::string msg;
      if (s.p) Utf8Of(s.p, &msg);
      info.message = msg;
      // RecursionError/MemoryError from deeply nested source: report like
      // CPython, which omits the colon when the message is empty.
      info.formatted = msg.empty() ? absl::StrCat(info.type_name, "\n")
                                   : absl::StrCat(info.type_name, ": ", msg, "\n");
    }
    PyErr_Clear();
    info.warnings = warnings.Take(fname, source);
    if (syntax_error) *syntax_error = info;
    return absl::InvalidArgumentError(info.formatted);
  }
  auto image = ConvertCode(reinterpret_cast<PyCodeObject*>(code.p), fname);
  if (PyErr_Occurred()) PyErr_Clear();
  if (!image.ok()) return image.status();
  CompiledModule module;
  module.code = *image;
  module.filename = fname;
  module.source = std::string(given);
  module.warnings = warnings.Take(fname, source);
  return module;
}

}  // namespace

}  // namespace moat::compiler_bridge

// The embedded CPython is initialised once and deliberately never finalised
// (finalising and re-initialising CPython is not reliable); its allocations
// live for the whole process. Tell LeakSanitizer, in sanitizer builds.
extern "C" const char* __lsan_default_suppressions() { return "leak:libpython3.11.so\n"; }
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
