// The "Did you mean" trailer of an uncaught AttributeError or NameError, as
// python3.11 prints it (Python/suggestions.c, called from pythonrun.c's
// print_exception): the candidate closest to the missing name by a
// Levenshtein distance in which a case flip costs 1 and any other edit 2,
// accepted only within a third of the characters involved.
//
// The candidates are what CPython would list: for AttributeError the sorted
// dir() of the object, for NameError the innermost frame's local variable
// names, then the module's globals, then CPython's builtins in their dict
// order (names moat refuses included, so the text is CPython's). Reading
// them runs no Python code; a user __dir__ is not consulted.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "moat/code_image.h"
#include "vm/ops.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/traceback.h"
#include "vm/objects/function.h"
#include "vm/objects/module.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"

namespace moat::vm {

namespace {

constexpr size_t kMaxCandidates = 750;  // MAX_CANDIDATE_ITEMS
constexpr size_t kMaxStringSize = 40;   // MAX_STRING_SIZE
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t SubstitutionCost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

// The distance between `a` and `b` (UTF-8 bytes), or max_cost + 1 once it
// is known to exceed max_cost.
size_t EditDistance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  // One row of the matrix: row[i] is the cost from b[:j] to a[:i+1].
  size_t row[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t j = 0; j < b.size(); ++j) {
    size_t diagonal = j * kMoveCost;
    result = diagonal;
    size_t row_min = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = diagonal + SubstitutionCost(b[j], a[i]);
      diagonal = row[i];
      result = std::min(std::min(result, diagonal) + kMoveCost, substitute);
      row[i] = result;
      row_min = std::min(row_min, result);
    }
    if (row_min > max_cost) return max_cost + 1;
  }
  return result;
}

// CPython's calculate_suggestions: the first closest candidate, or empty.
std::string_view Closest(const std::vector<std::string_view>& candidates, std::string_view name) {
  if (candidates.size() >= kMaxCandidates) return {};
  std::string_view best;
  bool found = false;
  size_t best_distance = SIZE_MAX;
  for (std::string_view item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t distance = EditDistance(name, item, max_distance);
    if (distance > max_distance) continue;
    if (!found || distance < best_distance) {
      best = item;
      best_distance = distance;
      found = true;
    }
  }
  return best;
}

void AddDictKeys(const DictObject* d, std::vector<std::string_view>* out) {
  if (d == nullptr) return;
  size_t pos = 0;
  Value key, value;
  while (DictNext(d, &pos, &key, &value)) {
    if (IsStr(key)) out->push_back(As<StrObject>(key)->view());
  }
}

// The attributes every object has in CPython's dir() (object's).
constexpr std::string_view kObjectAttributes[] = {
    "__class__", "__delattr__",   "__dir__",       "__doc__",      "__eq__",
    "__format__", "__ge__",       "__getattribute__", "__getstate__", "__gt__", "__hash__",
    "__init__",  "__init_subclass__", "__le__",    "__lt__",       "__ne__",
    "__new__",   "__reduce__",    "__reduce_ex__", "__repr__",     "__setattr__",
    "__sizeof__", "__str__",      "__subclasshook__",
};

// The attribute names along the MRO of `t`: user class namespaces and
// built-in method tables.
void AddTypeAttributes(TypeObject* t, std::vector<std::string_view>* out) {
  if (IsUserClass(t)) {
    TupleObject* mro = static_cast<ClassObject*>(t)->mro;
    for (size_t i = 0; mro != nullptr && i < mro->size; ++i) {
      TypeObject* c = As<TypeObject>(mro->items[i]);
      if (IsUserClass(c)) {
        AddDictKeys(static_cast<ClassObject*>(c)->dict, out);
      } else {
        for (const MethodDef* m = c->methods; m != nullptr && m->name != nullptr; ++m) {
          out->push_back(m->name);
        }
      }
    }
  } else {
    for (TypeObject* c = t; c != nullptr; c = c->base) {
      for (const MethodDef* m = c->methods; m != nullptr && m->name != nullptr; ++m) {
        out->push_back(m->name);
      }
    }
  }
  for (std::string_view a : kObjectAttributes) out->push_back(a);
}

// dir(obj), sorted and without duplicates.
std::vector<std::string_view> DirOf(Value obj) {
  std::vector<std::string_view> names;
  if (HasType(obj, &kModuleType)) {
    AddDictKeys(As<ModuleObject>(obj)->dict, &names);
  } else if (IsType(obj)) {
    AddTypeAttributes(As<TypeObject>(obj), &names);
  } else {
    if (DictObject** slot = InstanceDictSlot(obj)) AddDictKeys(*slot, &names);
    AddTypeAttributes(TypeOf(obj), &names);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// The keys of CPython's builtins module when it runs a script, in order.
constexpr std::string_view kCPythonBuiltins[] = {
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__",
    "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr",
    "compile", "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals",
    "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len",
    "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round",
    "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True",
    "bool", "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate",
    "filter", "float", "frozenset", "property", "int", "list", "map", "object", "range",
    "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip",
    "__debug__", "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit",
    "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError",
    "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError",
    "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration",
    "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError",
    "OverflowError", "ZeroDivisionError", "BytesWarning", "DeprecationWarning",
    "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning",
    "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning",
    "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
    "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
    "PermissionError", "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError",
    "KeyError", "ModuleNotFoundError", "NotImplementedError", "RecursionError",
    "UnboundLocalError", "UnicodeError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError",
    "IOError", "open", "quit", "exit", "copyright", "credits", "license", "help",
};

// The keys CPython's __main__ module starts with, in order.
constexpr std::string_view kCPythonMainGlobals[] = {
    "__name__", "__doc__",      "__package__", "__loader__", "__spec__",
    "__annotations__", "__builtins__", "__file__", "__cached__",
};

std::string_view NameErrorSuggestion(Interp& vm, ExceptionObject* e, std::string_view name) {
  if (e->traceback == nullptr) return {};
  TracebackObject* innermost = e->traceback;
  while (innermost->next != nullptr) innermost = innermost->next;
  CodeObject* code = innermost->code;
  std::vector<std::string_view> candidates;
  const auto& kinds = code->data->image->localsplus_kinds;
  for (size_t i = 0; i < code->localsplus_names->size && i < kinds.size(); ++i) {
    if (kinds[i] & kLocalKindLocal) {
      candidates.push_back(As<StrObject>(code->localsplus_names->items[i])->view());
    }
  }
  std::string_view found = Closest(candidates, name);
  if (!found.empty()) return found;
  candidates.assign(std::begin(kCPythonMainGlobals), std::end(kCPythonMainGlobals));
  if (DictObject* globals = vm.main_globals()) {
    std::vector<std::string_view> keys;
    AddDictKeys(globals, &keys);
    for (std::string_view k : keys) {
      if (std::find(std::begin(kCPythonMainGlobals), std::end(kCPythonMainGlobals), k) ==
          std::end(kCPythonMainGlobals)) {
        candidates.push_back(k);
      }
    }
  }
  found = Closest(candidates, name);
  if (!found.empty()) return found;
  candidates.assign(std::begin(kCPythonBuiltins), std::end(kCPythonBuiltins));
  return Closest(candidates, name);
}

// Whether the error is the sandbox's refusal of a name rather than a miss:
// its message is "'<name>' is not available in the sandbox".
bool IsSandboxRefusal(const ExceptionObject* e) {
  if (e->args == nullptr || e->args->size != 1 || !HasType(e->args->items[0], &kStrType)) {
    return false;
  }
  std::string_view message = As<StrObject>(e->args->items[0])->view();
  constexpr std::string_view kRefused = " is not available in the sandbox";
  return message.size() >= kRefused.size() &&
         message.substr(message.size() - kRefused.size()) == kRefused;
}

}  // namespace

std::string ExceptionSuggestion(Interp& vm, Value exc) {
  if (!IsException(exc)) return {};
  ExceptionObject* e = As<ExceptionObject>(exc);
  if (!HasType(e->name, &kStrType)) return {};
  std::string_view name = As<StrObject>(e->name)->view();
  std::string_view found;
  if (e->type == &kAttributeErrorType) {
    // A dunder CPython has is refused as "not available in the sandbox": no
    // suggestion goes with a refusal. A dunder the object lacks in CPython
    // too (`(10).__len__`) gets the ordinary message and CPython's suggestion.
    if (e->obj.is_null() || IsSandboxRefusal(e)) return {};
    // Nor with a name a module withholds ('time.timezone'): it is refused,
    // not misspelt.
    if (HasType(e->obj, &kModuleType) &&
        ModuleWithholds(As<ModuleObject>(e->obj), name)) {
      return {};
    }
    found = Closest(DirOf(e->obj), name);
  } else if (e->type == &kNameErrorType) {
    found = NameErrorSuggestion(vm, e, name);
  }
  if (found.empty()) return {};
  Value s = NewStrValue(vm, found);
  Value repr = s.is_null() ? s : Repr(vm, s);
  if (repr.is_null()) {
    vm.ClearException();
    return {};
  }
  return StrCat(". Did you mean: ", As<StrObject>(repr)->view(), "?");
}

}  // namespace moat::vm
