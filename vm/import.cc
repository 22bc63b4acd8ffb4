// The import statement (see import.h). Mirrors importlib's _find_and_load
// (parents first, the child bound on its parent after its body ran),
// _handle_fromlist and ceval.c's import_from, over a fixed module table.
#include "vm/import.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/str_util.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/module.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

namespace {

const Interp::NativeModule* FindModule(const Interp::NativeModule* table, std::string_view name) {
  if (table == nullptr) return nullptr;
  for (const Interp::NativeModule* m = table; m->name != nullptr; ++m) {
    if (name == m->name) return m;
  }
  return nullptr;
}

// A package is a module with a submodule in the table.
bool IsPackage(const Interp::NativeModule* table, std::string_view name) {
  if (table == nullptr) return false;
  for (const Interp::NativeModule* m = table; m->name != nullptr; ++m) {
    std::string_view n = m->name;
    if (n.size() > name.size() && n[name.size()] == '.' && n.substr(0, name.size()) == name) {
      return true;
    }
  }
  return false;
}

// CPython 3.11's sys.stdlib_module_names, sorted: the top-level modules
// whose absence is the sandbox's doing. Any other name is simply not
// installed, as under CPython.
constexpr std::string_view kStdlibModuleNames[] = {
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2",
    "_bootsubprocess", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022",
    "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle",
    "_compression", "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel",
    "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
    "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io",
    "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec",
    "_multiprocessing", "_opcode", "_operator", "_osx_support", "_overlapped", "_pickle",
    "_posixshmem", "_posixsubprocess", "_py_abc", "_pydecimal", "_pyio", "_queue", "_random",
    "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket",
    "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct",
    "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing",
    "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc",
    "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit",
    "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar",
    "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys",
    "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg",
    "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib",
    "dis", "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno",
    "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools",
    "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip",
    "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib",
    "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale",
    "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder",
    "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path",
    "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle",
    "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath",
    "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data",
    "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter",
    "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal",
    "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3",
    "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string",
    "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog",
    "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading",
    "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback",
    "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest",
    "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg",
    "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib",
    "zoneinfo",
};

bool IsStdlibModuleName(std::string_view name) {
  return std::binary_search(std::begin(kStdlibModuleNames), std::end(kStdlibModuleNames), name);
}

// Raises `type` (ImportError or a subclass) with `message` and its `name`
// attribute set to `module_name`, as importlib does.
Value RaiseImportError(Interp& vm, TypeObject* type, std::string_view module_name,
                       std::string_view message) {
  Value name = NewStrValue(vm, module_name);
  if (name.is_null()) return name;
  RootScope roots(vm);
  roots.Add(&name);
  vm.Raise(type, message);
  Value exc = vm.exception();
  if (IsException(exc)) As<ExceptionObject>(exc)->name = name;
  return Value::Null();
}

// The error for `name`, which the table does not hold; `parent` is the
// module above it (nullptr for a top-level name).
Value RaiseMissing(Interp& vm, std::string_view name, ModuleObject* parent) {
  if (parent == nullptr) {
    if (!IsStdlibModuleName(name)) {
      // A third-party or mistyped name: CPython's error, so
      // `except ModuleNotFoundError` fallbacks behave the same.
      return RaiseImportError(vm, &kModuleNotFoundErrorType, name,
                              StrCat("No module named '", name, "'"));
    }
    return RaiseImportError(vm, &kImportErrorType, name,
                            StrCat("module '", name, "' is not available in the sandbox"));
  }
  std::string_view parent_name = parent->name->view();
  if (!IsPackage(vm.module_table(), parent_name)) {
    return RaiseImportError(
        vm, &kModuleNotFoundErrorType, name,
        StrCat("No module named '", name, "'; '", parent_name, "' is not a package"));
  }
  return RaiseImportError(vm, &kModuleNotFoundErrorType, name,
                          StrCat("No module named '", name, "'"));
}

// An imported module from the cache. One whose body is still running
// (CPython would hand out the partly made module) is refused to a script:
// a hook the script planted where that body calls (a method of enum's
// _EnumDict while re's RegexFlag body binds names, a patched function of
// another module) would otherwise read the namespace while it still holds
// what the body removes at its end (_builtin_function, datetime's
// _set_type_name). moat's own modules, and the host (no frame), may.
Value CachedModule(Interp& vm, Value module) {
  if (!As<ModuleObject>(module)->initializing) return module;
  const Frame* frame = vm.current_frame();
  if (frame == nullptr || frame->code->origin != CodeOrigin::kScript) return module;
  std::string_view name = As<ModuleObject>(module)->name->view();
  return RaiseImportError(vm, &kImportErrorType, name,
                          StrCat("importing module '", name,
                                 "' while its own initialization runs is not available in the sandbox"));
}

// Seals the C-type stand-ins (_set_type_name) a module's body made, now
// that the body has ended: from here on the class refuses setattr and
// delattr as the immutable C type it stands for (kTypeImmutableStandIn).
// Each stand-in is bound in its module's namespace, where the body named it.
void SealStandInTypes(const ModuleObject* module) {
  for (const DictObject* ns : {module->dict, module->private_globals}) {
    if (ns == nullptr) continue;
    size_t pos = 0;
    Value key, value;
    while (DictNext(ns, &pos, &key, &value)) {
      if (!IsType(value)) continue;
      TypeObject* t = As<TypeObject>(value);
      if ((t->type_flags & kTypeImmutableStandIn) != 0) t->type_flags |= kTypeSealed;
    }
  }
}

}  // namespace

// Imports `name` one level at a time: "a", then "a.b", ... Each level is
// the cached module or a new one made from the table entry and run.
Value Interp::ImportModule(StrObject* name) {
  Value existing = DictGetStr(*this, modules_, name);
  if (!existing.is_null()) return CachedModule(*this, existing);
  std::string_view full = name->view();
  ModuleObject* parent = nullptr;
  size_t start = 0;
  for (;;) {
    size_t dot = full.find('.', start);
    std::string_view prefix = full.substr(0, dot);
    const NativeModule* entry = FindModule(options_.modules, prefix);
    if (entry == nullptr) {
      return RaiseMissing(*this, prefix, parent);
    }
    StrObject* key = Intern(entry->name);
    Value mv = DictGetStr(*this, modules_, key);
    if (!mv.is_null()) {
      mv = CachedModule(*this, mv);
      if (mv.is_null()) return mv;
    } else {
      ModuleObject* module = NewModule(*this, entry->name);
      if (module == nullptr) return Value::Null();
      // CPython's __package__: a package's own name, a submodule's parent,
      // '' for a top-level module (a package with no submodule in the
      // table, like `re`, sets its own in its init).
      std::string_view package = IsPackage(options_.modules, prefix) ? prefix
                                 : start > 0                          ? full.substr(0, start - 1)
                                                                      : std::string_view();
      Value package_value = NewStrValue(*this, package);
      if (package_value.is_null() || !ModuleAddValue(*this, module, "__package__", package_value)) {
        return Value::Null();
      }
      mv = Value::FromObject(module);
      if (DictSet(*this, modules_, Value::FromObject(key), mv) < 0) return Value::Null();
      module->initializing = true;
      bool ok = entry->init(*this, module);
      module->initializing = false;
      // Sealed even when the body failed (a RecursionError part way): what
      // it made may already be held elsewhere, in an ABC's registry.
      SealStandInTypes(module);
      if (!ok) {
        DictDel(*this, modules_, Value::FromObject(key));
        return Value::Null();
      }
      if (parent != nullptr &&
          DictSetStr(*this, parent->dict, prefix.substr(start), mv) < 0) {
        return Value::Null();
      }
    }
    if (dot == std::string_view::npos) return mv;
    parent = As<ModuleObject>(mv);
    start = dot + 1;
  }
}

bool ModuleInTable(const Interp& vm, std::string_view name) {
  return FindModule(vm.module_table(), name) != nullptr;
}

Value FinishedModule(Interp& vm, StrObject* name) {
  Value module = DictGetStr(vm, vm.modules(), name);
  if (module.is_null() || As<ModuleObject>(module)->initializing) return Value::Null();
  return module;
}

Value ImportName(Interp& vm, StrObject* name, Value fromlist) {
  Value module = vm.ImportModule(name);
  if (module.is_null()) return module;
  std::string_view full = name->view();
  bool from = IsTuple(fromlist) && As<TupleObject>(fromlist)->size > 0;
  if (!from) {
    size_t dot = full.find('.');
    if (dot == std::string_view::npos) return module;
    // The top-level module was imported on the way; this finds it cached.
    StrObject* top = vm.Intern(full.substr(0, dot));
    return top == nullptr ? Value::Null() : vm.ImportModule(top);
  }
  if (!IsPackage(vm.module_table(), full)) return module;
  // _handle_fromlist: `from a import b` imports the submodule a.b when a
  // has no attribute b; a name that is neither is left to IMPORT_FROM's
  // error.
  TupleObject* names = As<TupleObject>(fromlist);
  for (size_t i = 0; i < names->size; ++i) {
    Value item = names->items[i];
    if (!IsStr(item)) continue;
    std::string_view n = As<StrObject>(item)->view();
    if (n == "*") continue;
    if (!DictGetStr(vm, As<ModuleObject>(module)->dict, As<StrObject>(item)).is_null()) continue;
    const Interp::NativeModule* entry =
        FindModule(vm.module_table(), StrCat(full, ".", n));
    if (entry == nullptr) continue;
    StrObject* sub = vm.Intern(entry->name);
    if (vm.ImportModule(sub).is_null()) return Value::Null();
  }
  return module;
}

Value ImportFrom(Interp& vm, Value module, StrObject* name) {
  Value v = GetAttrOptional(vm, module, name);
  if (!v.is_null()) return v;
  if (vm.HasException()) {
    // A name a module withholds (sys.modules, traceback.walk_tb) fails the
    // from-import as a missing name does, with the refusal as the location.
    if (!HasType(module, &kModuleType) || As<ModuleObject>(module)->withheld == nullptr ||
        !vm.ExceptionMatches(&kAttributeErrorType)) {
      return v;
    }
    Value refusal = Str(vm, vm.TakeException());
    if (refusal.is_null()) return refusal;
    std::string module_name(As<ModuleObject>(module)->name->view());
    return RaiseImportError(vm, &kImportErrorType, module_name,
                            StrCat("cannot import name '", name->view(), "' from '", module_name,
                                   "' (", As<StrObject>(refusal)->view(), ")"));
  }
  // IMPORT_NAME only pushes modules; the check keeps a crafted image safe.
  std::string module_name = "?";
  if (HasType(module, &kModuleType)) {
    module_name = std::string(As<ModuleObject>(module)->name->view());
    // ceval.c's import_from: a submodule imported but no longer bound on
    // its package is still found by its full name.
    const Interp::NativeModule* entry =
        FindModule(vm.module_table(), StrCat(module_name, ".", name->view()));
    if (entry != nullptr) {
      StrObject* sub = vm.Intern(entry->name);
      Value cached = DictGetStr(vm, vm.modules(), sub);
      if (!cached.is_null()) return cached;
    }
  }
  return RaiseImportError(
      vm, &kImportErrorType, module_name,
      StrCat("cannot import name '", name->view(), "' from '", module_name, "' (unknown location)"));
}

bool ImportStar(Interp& vm, Value module, DictObject* ns) {
  if (!HasType(module, &kModuleType)) {
    vm.RaiseTypeError("import * is only available for modules in the sandbox");
    return false;
  }
  ModuleObject* m = As<ModuleObject>(module);
  StrObject* all_name = vm.Intern("__all__");
  Value all = DictGetStr(vm, m->dict, all_name);
  if (all.is_null()) {
    size_t pos = 0;
    Value k, v;
    while (DictNext(m->dict, &pos, &k, &v)) {
      if (IsStr(k) && As<StrObject>(k)->view().substr(0, 1) == "_") continue;
      if (DictSet(vm, ns, k, v) < 0) return false;
    }
    return true;
  }
  Value it = GetIter(vm, all);
  RootScope roots(vm);
  roots.Add(&it);
  if (it.is_null()) return false;
  for (;;) {
    Value name = IterNext(vm, it);
    if (name.is_null()) return !vm.HasException();
    if (!IsStr(name)) {
      vm.RaiseFormat(&kTypeErrorType, "Item in %s.__all__ must be str, not %s",
                     std::string(m->name->view()), std::string(TypeName(name)));
      return false;
    }
    // A name the module withholds (logging.FileHandler is in logging's
    // __all__) is left out, as `from logging import FileHandler` fails.
    if (DictGetStr(vm, m->dict, As<StrObject>(name)).is_null() &&
        ModuleWithholds(m, As<StrObject>(name)->view())) {
      continue;
    }
    Value v = GetAttr(vm, module, As<StrObject>(name));
    if (v.is_null() || DictSet(vm, ns, name, v) < 0) return false;
  }
}

}  // namespace moat::vm
