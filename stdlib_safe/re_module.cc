// The `re` module (see re_module.h), in the order of CPython 3.11's
// Modules/_sre/sre.c: the error type, compiling, running the engine
// (re_engine.h: RE2 or PCRE2) and the byte/code-point conversion, Pattern
// methods (search, match, fullmatch, findall, finditer, split, sub), the
// replacement template (Lib/re/_parser.py parse_template), Match methods,
// then the module. Everything here sees only the engine's interface and
// byte spans.
//
// Iteration follows CPython 3.7+: after an empty match the next match may
// not be empty at the same place (sre's must_advance), which the engine is
// asked for (PCRE2_NOTEMPTY_ATSTART). RE2 cannot do that and moves on one
// character instead, which would miss a non-empty match of lower priority
// at that place; the translator sends the patterns that can prefer an
// empty match to a non-empty one (lazy repeats such as `a*?`, alternatives
// such as `|a` or `x*|b`) to PCRE2 for this. finditer is iter() over a
// scanner's search, as CPython's, finding each match on demand.
#include "stdlib_safe/re_module.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "stdlib_safe/builtin_iterators.h"
#include "stdlib_safe/frozen_modules.h"
#include "stdlib_safe/native_util.h"
#include "stdlib_safe/re_engine.h"
#include "stdlib_safe/re_translate.h"
#include "vm/args.h"
#include "vm/objects/method_args.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/generic_alias.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/mapping_proxy.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"
#include "vm/warnings.h"

namespace moat::stdlib {

namespace {

using vm::ArgSpec;
using vm::As;
using vm::CallArgs;
using vm::DictObject;
using vm::GcTracer;
using vm::Interp;
using vm::ListObject;
using vm::Object;
using vm::RootScope;
using vm::StrObject;
using vm::TupleObject;
using vm::TypeObject;
using vm::Value;

namespace rx = moat::stdlib::re;

TypeObject kPatternType;
TypeObject kMatchType;
TypeObject kScannerType;
TypeObject kReErrorType;

using rx::ByteSpan;

constexpr int64_t kMaxIndex = INT64_MAX;

// ---- re.error ---------------------------------------------------------------------

// re.error(msg, pattern, pos): the message gets " at position N" and, for a
// pattern with a newline, " (line L, column C)" (Lib/re/_constants.py).
// A refusal (`refused`) says where in its own words, before its reason.
// Without a pattern (nullptr), pattern, pos, lineno and colno are None.
Value RaiseReError(Interp& vm, std::string_view msg, StrObject* pattern, int64_t pos,
                   bool refused = false) {
  std::string text(msg);
  int64_t lineno = 0, colno = 0;
  bool has_pos = pattern != nullptr && pos >= 0;
  if (has_pos) {
    if (!refused) absl::StrAppend(&text, " at position ", pos);
    std::string_view s = pattern->view();
    // Count by code points up to `pos`.
    lineno = 1;
    int64_t cp = 0, last_nl = -1;
    for (size_t b = 0; b < s.size() && cp < pos;) {
      uint32_t c = vm::DecodeUtf8(s, &b);
      if (c == '\n') {
        ++lineno;
        last_nl = cp;
      }
      ++cp;
    }
    colno = pos - last_nl;
    if (!refused && s.find('\n') != std::string_view::npos) {
      absl::StrAppend(&text, " (line ", lineno, ", column ", colno, ")");
    }
  }
  Value message = vm::NewStrValue(vm, text);
  if (message.is_null()) return message;
  RootScope roots(vm);
  roots.Add(&message);
  TupleObject* args = vm::NewTupleFrom(vm, &message, 1);
  if (args == nullptr) return Value::Null();
  Value held_args = Value::FromObject(args);
  roots.Add(&held_args);
  vm::ExceptionObject* e = vm::NewException(vm, &kReErrorType, args);
  if (e == nullptr) return Value::Null();
  Value exc = Value::FromObject(e);
  roots.Add(&exc);
  DictObject* d = vm::NewDict(vm);
  if (d == nullptr) return Value::Null();
  e->dict = d;
  Value msg_value = vm::NewStrValue(vm, msg);
  if (msg_value.is_null()) return msg_value;
  roots.Add(&msg_value);
  Value pattern_value = pattern != nullptr ? Value::FromObject(pattern) : Value::None();
  Value pos_value = has_pos ? vm::IntFromInt64(vm, pos) : Value::None();
  Value line_value = has_pos ? vm::IntFromInt64(vm, lineno) : Value::None();
  Value col_value = has_pos ? vm::IntFromInt64(vm, colno) : Value::None();
  if (vm::DictSetStr(vm, d, "msg", msg_value) < 0 ||
      vm::DictSetStr(vm, d, "pattern", pattern_value) < 0 ||
      vm::DictSetStr(vm, d, "pos", pos_value) < 0 ||
      vm::DictSetStr(vm, d, "lineno", line_value) < 0 ||
      vm::DictSetStr(vm, d, "colno", col_value) < 0) {
    return Value::Null();
  }
  return vm.SetException(exc);
}

// CPython's re.error.__init__(self, msg, pattern=None, pos=None) is a def
// (Lib/re/_constants.py): its arguments bind, and fail, as a Python
// function's, in the order ceval checks them (keywords, the positional
// count, then what is missing), under its qualname "error.__init__".
bool BindReErrorArgs(Interp& vm, CallArgs args, Value in[3]) {
  static constexpr std::string_view kNames[] = {"self", "msg", "pattern", "pos"};
  for (size_t i = 0; i < 3; ++i) in[i] = i < args.nargs ? args.args[i] : Value::Null();
  for (size_t k = 0; k < args.nkwargs(); ++k) {
    std::string_view name = As<vm::StrObject>(vm::TupleItems(args.kwnames)[k])->view();
    size_t j = 0;
    while (j < 4 && kNames[j] != name) ++j;
    if (j == 4) {
      vm.RaiseFormat(&vm::kTypeErrorType,
                     "error.__init__() got an unexpected keyword argument '%s'", name);
      return false;
    }
    if (j == 0 || !in[j - 1].is_null()) {
      vm.RaiseFormat(&vm::kTypeErrorType,
                     "error.__init__() got multiple values for argument '%s'", name);
      return false;
    }
    in[j - 1] = args.args[args.nargs + k];
  }
  if (args.nargs > 3) {
    vm.RaiseFormat(&vm::kTypeErrorType,
                   "error.__init__() takes from 2 to 4 positional arguments but %d were given",
                   args.nargs + 1);
    return false;
  }
  if (in[0].is_null()) {
    vm.RaiseTypeError("error.__init__() missing 1 required positional argument: 'msg'");
    return false;
  }
  return true;
}

// re.error.__init__(msg, pattern=None, pos=None), as Lib/re/_constants.py
// writes it: msg, pattern and pos are stored as given; with both a pattern
// and a pos, the message reads "%s at position %d", lineno and colno count
// newlines of the pattern's kind before pos, and a pattern that holds one
// adds " (line %d, column %d)"; otherwise lineno and colno are None. The
// message alone becomes args.
int ReErrorInit(Interp& vm, Value self, CallArgs args) {
  Value in[3];
  if (!BindReErrorArgs(vm, args, in)) return -1;
  for (Value& v : in) {
    if (v.is_null()) v = Value::None();
  }
  Value message = in[0], newline = Value::Null(), lineno = Value::None(),
        colno = Value::None(), found = Value::Null();
  RootScope roots(vm);
  roots.Add(&message);
  roots.Add(&newline);
  roots.Add(&lineno);
  roots.Add(&colno);
  roots.Add(&found);
  if (vm::SetAttr(vm, self, vm.Intern("msg"), in[0]) < 0 ||
      vm::SetAttr(vm, self, vm.Intern("pattern"), in[1]) < 0 ||
      vm::SetAttr(vm, self, vm.Intern("pos"), in[2]) < 0) {
    return -1;
  }
  // "fmt" % (a, b) through str's own %-formatting.
  auto percent = [&](const char* fmt, Value a, Value b) -> Value {
    Value pair[2] = {a, b};
    TupleObject* t = vm::NewTupleFrom(vm, pair, 2);
    if (t == nullptr) return Value::Null();
    Value held = Value::FromObject(t);
    RootScope inner(vm);
    inner.Add(&held);
    return vm::StrPercentFormat(vm, vm.Intern(fmt), held);
  };
  // pattern.name(newline, 0, pos)
  auto search = [&](const char* name) -> Value {
    Value fn = vm::GetAttr(vm, in[1], vm.Intern(name));
    if (fn.is_null()) return fn;
    RootScope inner(vm);
    inner.Add(&fn);
    Value call_args[3] = {newline, Value::SmallInt(0), in[2]};
    return vm.Call(fn, CallArgs{call_args, 3, nullptr});
  };
  if (!in[1].is_none() && !in[2].is_none()) {
    message = percent("%s at position %d", in[0], in[2]);
    if (message.is_null()) return -1;
    newline = vm::IsStr(in[1]) ? vm::NewStrValue(vm, "\n") : vm::NewBytesValue(vm, "\n");
    if (newline.is_null()) return -1;
    found = search("count");
    if (found.is_null()) return -1;
    lineno = vm::BinaryOperation(vm, vm::BinaryOp::kAdd, found, Value::SmallInt(1));
    if (lineno.is_null()) return -1;
    found = search("rfind");
    if (found.is_null()) return -1;
    colno = vm::BinaryOperation(vm, vm::BinaryOp::kSubtract, in[2], found);
    if (colno.is_null()) return -1;
    int has_newline = vm::Contains(vm, in[1], newline);
    if (has_newline < 0) return -1;
    if (has_newline) {
      Value where = percent("(line %d, column %d)", lineno, colno);
      if (where.is_null()) return -1;
      roots.Add(&where);
      message = percent("%s %s", message, where);
      if (message.is_null()) return -1;
    }
  }
  if (vm::SetAttr(vm, self, vm.Intern("lineno"), lineno) < 0 ||
      vm::SetAttr(vm, self, vm.Intern("colno"), colno) < 0) {
    return -1;
  }
  // super().__init__(msg)
  return vm::kExceptionType.init(vm, self, CallArgs{&message, 1, nullptr});
}

// Calling re.error: BaseException.__new__ keeps the positional arguments,
// then __init__ above runs (the built-in exceptions' fast construct runs none).
Value ReErrorConstruct(Interp& vm, Value type_value, CallArgs args) {
  TypeObject* type = As<TypeObject>(type_value);
  Value e = type->new_instance(vm, type, args);
  if (e.is_null()) return e;
  RootScope roots(vm);
  roots.Add(&e);
  return ReErrorInit(vm, e, args) < 0 ? Value::Null() : e;
}

// ---- Pattern objects --------------------------------------------------------------

// The C++ side of a compiled pattern, owned by its PatternObject. The
// engine charges the heap for its own memory while it lives.
struct Compiled {
  std::unique_ptr<rx::Engine> engine;
  std::vector<int> close_rank;          // by group number
  std::vector<std::string> group_name;  // by group number ("" if unnamed)
  bool past_end_as_empty = false;       // Translation::past_end_as_empty
};

struct PatternObject : Object {
  StrObject* pattern;
  DictObject* groupindex;
  Compiled* compiled;
  // The last subject found free of lone surrogates for an engine that
  // needs that (kept alive, so its address cannot be reused), and its
  // length then.
  StrObject* checked_text;
  size_t checked_length;
  int flags;
  int groups;
};

void PatternTrace(Object* self, GcTracer& tracer) {
  auto* p = static_cast<PatternObject*>(self);
  tracer.VisitPtr(p->pattern);
  tracer.VisitPtr(p->groupindex);
  tracer.VisitPtr(p->checked_text);
}

void PatternFinalize(vm::Heap& heap, Object* self) {
  auto* p = static_cast<PatternObject*>(self);
  delete p->compiled;
  p->compiled = nullptr;
}

bool IsPattern(Value v) { return vm::HasType(v, &kPatternType); }

// "expected string or bytes-like object, got 'int'"; bytes are refused.
bool CheckText(Interp& vm, Value v, const char* what) {
  if (vm::IsStr(v)) return true;
  if (vm::HasType(v, &vm::kBytesType) || vm::HasType(v, &vm::kByteArrayType)) {
    vm.RaiseTypeError(absl::StrCat("bytes ", what,
                                   " are not supported by the sandbox's re module; "
                                   "decode them to str first"));
    return false;
  }
  vm.RaiseFormat(&vm::kTypeErrorType, "expected string or bytes-like object, got '%s'",
                 std::string(vm::TypeName(v)));
  return false;
}

Value CompileUncached(Interp& vm, Value pattern, int64_t flags);

// The most patterns re._cache keeps (CPython's _MAXCACHE).
constexpr size_t kMaxCache = 512;

// Compiles `pattern` (a str) with `flags`, through the module's cache of
// compiled patterns (re._cache, as CPython's: {(pattern, flags): Pattern})
// when `module` is given. Only exact strs are cached, so the lookup runs no
// Python code; a script that puts something else in the cache only gets a
// fresh compile.
Value Compile(Interp& vm, Value pattern, Value flags_value, Value module = Value::Null()) {
  // CPython's _compile: a compiled pattern takes only false flags and a
  // pattern of another type is refused, whatever the flags are.
  if (!flags_value.is_null() && (IsPattern(pattern) || !vm::IsStr(pattern))) {
    int truth = vm::IsTrue(vm, flags_value);
    if (truth < 0) return Value::Null();
    return CompileUncached(vm, pattern, truth);
  }
  int64_t flags = 0;
  // Flags that are not an int fail at `flags & T`, unless the cache (keyed
  // by `(type(pattern), pattern, flags)`) already holds the pattern under
  // an int they equal: an integral float.
  bool cached_only = false;
  if (!flags_value.is_null() && !vm::IsInt(flags_value)) {
    double x = vm::IsFloat(flags_value) ? vm::FloatValue(flags_value) : 0.5;
    if (x != std::trunc(x) || std::fabs(x) > 1e9) {
      return vm.RaiseFormat(&vm::kTypeErrorType,
                            "unsupported operand type(s) for &: '%s' and 'RegexFlag'",
                            std::string(vm::TypeName(flags_value)));
    }
    flags = static_cast<int64_t>(x);
    cached_only = true;
  } else if (!flags_value.is_null()) {
    // The C compiler takes the flags as a C int.
    int c_flags = 0;
    if (!vm::ClinicCInt(vm, flags_value, &c_flags)) return Value::Null();
    flags = c_flags;
  }
  auto not_cached = [&]() {
    return vm.RaiseFormat(&vm::kTypeErrorType,
                          "unsupported operand type(s) for &: '%s' and 'RegexFlag'",
                          std::string(vm::TypeName(flags_value)));
  };
  DictObject* cache = nullptr;
  if (vm::IsExactStr(pattern) && module.is_object() &&
      vm::HasType(module, &vm::kModuleType)) {
    Value c = vm::DictGetStr(vm, As<vm::ModuleObject>(module)->dict, vm.Intern("_cache"));
    if (c.is_null() && vm.HasException()) return Value::Null();
    if (vm::HasType(c, &vm::kDictType)) cache = As<DictObject>(c);
  }
  if (cache == nullptr) return cached_only ? not_cached() : CompileUncached(vm, pattern, flags);
  RootScope roots(vm);
  Value held_cache = Value::FromObject(cache);
  roots.Add(&held_cache);
  Value key_items[2] = {pattern, vm::IntFromInt64(vm, flags)};
  if (key_items[1].is_null()) return Value::Null();
  TupleObject* key_tuple = vm::NewTupleFrom(vm, key_items, 2);
  if (key_tuple == nullptr) return Value::Null();
  Value key = Value::FromObject(key_tuple);
  roots.Add(&key);
  Value hit;
  int found = vm::DictGet(vm, cache, key, &hit);
  if (found < 0) return Value::Null();
  if (found > 0 && IsPattern(hit)) return hit;
  if (cached_only) return not_cached();
  Value compiled = CompileUncached(vm, pattern, flags);
  if (compiled.is_null()) return compiled;
  roots.Add(&compiled);
  if (cache->size >= kMaxCache) {
    size_t pos = 0;
    Value oldest, unused;
    if (vm::DictNext(cache, &pos, &oldest, &unused) && vm::DictDel(vm, cache, oldest) < 0) {
      return Value::Null();
    }
  }
  if (vm::DictSet(vm, cache, key, compiled) < 0) return Value::Null();
  return compiled;
}

Value CompileUncached(Interp& vm, Value pattern, int64_t flags) {
  if (IsPattern(pattern)) {
    if (flags != 0) {
      return vm.RaiseValueError("cannot process flags argument with a compiled pattern");
    }
    return pattern;
  }
  if (!vm::IsStr(pattern)) {
    if (vm::HasType(pattern, &vm::kBytesType) || vm::HasType(pattern, &vm::kByteArrayType)) {
      return vm.RaiseTypeError(
          "bytes patterns are not supported by the sandbox's re module; use a str pattern");
    }
    return vm.RaiseTypeError("first argument must be string or compiled pattern");
  }
  auto* s = As<StrObject>(pattern);
  if (!vm::ChargeTextPass(vm, s)) return Value::Null();
  std::u32string cps;
  cps.reserve(s->length);
  std::string_view text = s->view();
  for (size_t b = 0; b < text.size();) cps.push_back(vm::DecodeUtf8(text, &b));
  // The fold work is charged set by set as it is done, so a long pattern
  // of wide IGNORECASE sets stops at the budget instead of running past it.
  rx::Translation t = rx::TranslatePattern(
      cps, static_cast<int>(flags), false,
      [&vm](uint64_t units) { return vm.ChargeWork(units * 16); });
  if (t.budget_exhausted) return Value::Null();
  if (!t.warnings.empty()) {
    // The parser's warnings come first, as _parser.py issues them while
    // parsing; they run Python (filters, showwarning).
    RootScope roots(vm);
    roots.Add(&pattern);
    for (const rx::Translation::Warning& w : t.warnings) {
      TypeObject* category = w.future ? &vm::kFutureWarningType : &vm::kDeprecationWarningType;
      if (!vm::WarnFromNative(vm, category, w.message)) return Value::Null();
    }
    s = As<StrObject>(pattern);
  }
  if (!t.ok) {
    if (t.overflow_error) return vm.RaiseOverflowError(t.error);
    if (t.value_error) return vm.RaiseValueError(t.error);
    if (t.recursion_error) return vm.Raise(&vm::kRecursionErrorType, t.error);
    return RaiseReError(vm, t.error, t.error_pos < 0 ? nullptr : s, t.error_pos, t.refused);
  }
  // Compiling is about linear in the translated pattern.
  if (!vm::ChargeTextPass(vm, t.pattern.size() * 4)) return Value::Null();
  auto compiled = std::make_unique<Compiled>();
  std::string engine_error;
  compiled->engine = rx::CompileEngine(vm, t, &engine_error);
  if (compiled->engine == nullptr) {
    if (engine_error.empty()) return Value::Null();  // a budget's error is pending
    return RaiseReError(vm, engine_error, nullptr, -1);
  }
  compiled->close_rank = std::move(t.close_rank);
  compiled->past_end_as_empty = t.past_end_as_empty;
  compiled->group_name.assign(static_cast<size_t>(t.groups) + 1, std::string());
  for (const auto& [name, index] : t.group_names) {
    compiled->group_name[static_cast<size_t>(index)] = name;
  }
  RootScope roots(vm);
  DictObject* groupindex = vm::NewDict(vm);
  if (groupindex == nullptr) return Value::Null();
  Value held_index = Value::FromObject(groupindex);
  roots.Add(&held_index);
  for (const auto& [name, index] : t.group_names) {
    if (vm::DictSetStr(vm, groupindex, name, Value::SmallInt(index)) < 0) return Value::Null();
  }
  auto* p = vm.New<PatternObject>(&kPatternType);
  if (p == nullptr) return Value::Null();
  p->pattern = s;
  p->groupindex = groupindex;
  p->compiled = compiled.release();
  p->checked_text = nullptr;
  p->checked_length = 0;
  p->flags = t.flags;
  p->groups = t.groups;
  return Value::FromObject(p);
}

// ---- Running the engine --------------------------------------------------------------

// Byte offsets <-> code point indexes in one str, walking from the last
// answer (matches come in increasing order, groups near their match).
class Positions {
 public:
  explicit Positions(const StrObject* s) : s_(s) {}
  // Starts from a known pair: code point `index` begins at `byte`.
  Positions(const StrObject* s, size_t byte, size_t index) : s_(s), byte_(byte), index_(index) {}
  int64_t ToIndex(size_t byte) {
    if (s_->ascii) return static_cast<int64_t>(byte);
    const char* d = s_->data;
    if (byte >= byte_) {
      for (size_t b = byte_; b < byte; ++b) index_ += (d[b] & 0xC0) != 0x80;
    } else if (byte < byte_ - byte) {
      index_ = 0;
      for (size_t b = 0; b < byte; ++b) index_ += (d[b] & 0xC0) != 0x80;
    } else {
      for (size_t b = byte; b < byte_; ++b) index_ -= (d[b] & 0xC0) != 0x80;
    }
    byte_ = byte;
    return static_cast<int64_t>(index_);
  }

 private:
  const StrObject* s_;
  size_t byte_ = 0;
  size_t index_ = 0;
};

// CPython's state_init clamping of pos/endpos to [0, len].
int64_t Clamp(int64_t v, int64_t len) { return v < 0 ? 0 : (v > len ? len : v); }

// The instruction units for scanning `bytes` of text with pattern `p`.
uint64_t ScanUnits(const PatternObject* p, uint64_t bytes) {
  uint64_t per_kib = p->compiled->engine->cost_per_kib;
  return bytes / 1024 * per_kib + (bytes % 1024) * per_kib / 1024;
}

// Charges scanning `bytes` of text with pattern `p`.
bool ChargeScan(Interp& vm, const PatternObject* p, uint64_t bytes) {
  uint64_t units = ScanUnits(p, bytes);
  return units == 0 || vm.ChargeWork(units);
}

// Checks that `s` can be given to `p`'s engine: PCRE2 reads its subject
// as valid UTF-8, which a str holding a lone surrogate is not. The last
// str that passed is remembered (most calls search one text repeatedly).
bool CheckSubject(Interp& vm, PatternObject* p, StrObject* s) {
  if (s->ascii || !p->compiled->engine->NeedsSurrogateFreeText()) return true;
  if (p->checked_text == s && p->checked_length == s->byte_length) return true;
  if (!vm::ChargeTextPass(vm, s)) return false;
  std::string_view d = s->view();
  // A surrogate's generalized UTF-8 is 0xED then 0xA0..0xBF.
  for (size_t b = d.find('\xED'); b != std::string_view::npos; b = d.find('\xED', b + 1)) {
    if (b + 1 < d.size() && static_cast<unsigned char>(d[b + 1]) >= 0xA0) {
      vm.RaiseValueError(
          "searching a str that holds a surrogate character with a pattern moat runs on "
          "PCRE2 (one with $ outside MULTILINE, \\b, \\B, lookaround, backreferences, atomic "
          "groups, possessive repeats or conditionals) is not available in the sandbox");
      return false;
    }
  }
  p->checked_text = s;
  p->checked_length = s->byte_length;
  return true;
}

// One search of `s` (truncated at byte `end`, as CPython treats endpos)
// from byte `start`. Fills groups[0..p->groups]. 1 found, 0 none, -1 error.
int RunEngine(Interp& vm, const PatternObject* p, const StrObject* s, size_t start, size_t end,
              rx::Anchor anchor, bool not_empty_at_start, ByteSpan* groups) {
  return p->compiled->engine->Find(vm, s->view(), start, end, anchor, not_empty_at_start,
                                   groups);
}

// ---- Match objects ------------------------------------------------------------------

struct MatchObject : Object {
  PatternObject* pattern;
  StrObject* string;
  int64_t pos;
  int64_t endpos;
  // Per group 0..groups: start and end in code points, then in bytes;
  // all -1 for a group that did not take part.
  int64_t* spans;
  size_t nspans;
};

void MatchTrace(Object* self, GcTracer& tracer) {
  auto* m = static_cast<MatchObject*>(self);
  tracer.VisitPtr(m->pattern);
  tracer.VisitPtr(m->string);
}

void MatchFinalize(vm::Heap& heap, Object* self) {
  auto* m = static_cast<MatchObject*>(self);
  if (m->spans != nullptr) heap.FreeBuffer(m->spans, m->nspans * sizeof(int64_t));
  m->spans = nullptr;
}

Value NewMatch(Interp& vm, PatternObject* p, StrObject* s, int64_t pos, int64_t endpos,
               const ByteSpan* groups, Positions* positions) {
  size_t n = 4 * (static_cast<size_t>(p->groups) + 1);
  auto* spans = static_cast<int64_t*>(vm.AllocBuffer(n * sizeof(int64_t)));
  if (spans == nullptr) return Value::Null();
  for (int g = 0; g <= p->groups; ++g) {
    const ByteSpan& piece = groups[g];
    int64_t* span = spans + 4 * g;
    if (!piece.matched()) {
      span[0] = span[1] = span[2] = span[3] = -1;
      continue;
    }
    span[0] = positions->ToIndex(static_cast<size_t>(piece.begin));
    span[1] = positions->ToIndex(static_cast<size_t>(piece.end));
    span[2] = piece.begin;
    span[3] = piece.end;
  }
  auto* m = vm.New<MatchObject>(&kMatchType);
  if (m == nullptr) {
    vm.FreeBuffer(spans, n * sizeof(int64_t));
    return Value::Null();
  }
  m->pattern = p;
  m->string = s;
  m->pos = pos;
  m->endpos = endpos;
  m->spans = spans;
  m->nspans = n;
  return Value::FromObject(m);
}

// The text of a group's bytes in `s`.
std::string_view SpanText(const StrObject* s, const ByteSpan& span) {
  return s->view().substr(static_cast<size_t>(span.begin),
                          static_cast<size_t>(span.end - span.begin));
}

// The text of a group (byte range) as a new str.
Value Slice(Interp& vm, const StrObject* s, const ByteSpan& span) {
  return vm::NewStrValue(vm, SpanText(s, span));
}

// ---- Pattern methods ----------------------------------------------------------------

enum class Mode { kSearch, kMatch, kFullMatch };

// Reads `string`, `pos`, `endpos` and converts them to byte offsets.
struct Target {
  StrObject* s;
  int64_t pos, endpos;      // code points, clamped
  size_t start, end;        // bytes
};

bool GetTarget(Interp& vm, PatternObject* p, Value string, Value pos_v, Value endpos_v,
               Target* t) {
  if (!CheckText(vm, string, "strings")) return false;
  t->s = As<StrObject>(string);
  int64_t len = static_cast<int64_t>(t->s->length);
  int64_t pos = 0, endpos = kMaxIndex;
  if (!pos_v.is_null() && !vm::ClinicSsize(vm, pos_v, &pos)) return false;
  if (!endpos_v.is_null() && !vm::ClinicSsize(vm, endpos_v, &endpos)) return false;
  t->pos = Clamp(pos, len);
  t->endpos = Clamp(endpos, len);
  if (!vm::ChargeCodePointWalk(vm, t->s, static_cast<size_t>(t->endpos))) return false;
  t->start = vm::StrCodePointOffset(t->s, static_cast<size_t>(t->pos));
  t->end = vm::StrCodePointOffset(t->s, static_cast<size_t>(t->endpos));
  return CheckSubject(vm, p, t->s);
}

Value DoMatch(Interp& vm, PatternObject* p, Value string, Value pos_v, Value endpos_v,
              Mode mode) {
  Target t;
  if (!GetTarget(vm, p, string, pos_v, endpos_v, &t)) return Value::Null();
  std::vector<ByteSpan> groups(static_cast<size_t>(p->groups) + 1);
  if (t.endpos < t.pos) {
    // sre's match() starts past the end and can still succeed with an
    // empty match there (re.compile('').match('abc', 2, 1)); search() and
    // fullmatch() cannot.
    if (mode != Mode::kMatch || !p->compiled->past_end_as_empty) return Value::None();
    // An empty text with a real address: the engines tell a group that
    // took no part by its null data.
    static constexpr char kEmptyText[] = "";
    int found = p->compiled->engine->Find(vm, std::string_view(kEmptyText, 0), 0, 0,
                                          rx::Anchor::kStart, false, groups.data());
    if (found <= 0 || !groups[0].matched()) return found < 0 ? Value::Null() : Value::None();
    for (ByteSpan& g : groups) {
      if (g.matched()) g.begin = g.end = static_cast<int64_t>(t.start);
    }
    Positions positions(t.s);
    return NewMatch(vm, p, t.s, t.pos, t.endpos, groups.data(), &positions);
  }
  if (!ChargeScan(vm, p, t.end - t.start)) return Value::Null();
  rx::Anchor anchor = mode == Mode::kSearch  ? rx::Anchor::kNone
                      : mode == Mode::kMatch ? rx::Anchor::kStart
                                             : rx::Anchor::kBoth;
  int found = RunEngine(vm, p, t.s, t.start, t.end, anchor, false, groups.data());
  if (found <= 0) return found < 0 ? Value::Null() : Value::None();
  // The engines stop reading once the match is decided, at (or just past)
  // its end (PCRE2 charges what its lookarounds read as it goes): the
  // text after it, charged up front, is given back, so a tokenizer
  // calling p.match(text, pos) along a long text pays for what it reads
  // rather than for the rest of the text every time.
  size_t match_end = static_cast<size_t>(groups[0].end);
  uint64_t refund = std::min(ScanUnits(p, t.end - match_end), vm.instruction_count);
  vm.instruction_count -= refund;
  Positions positions(t.s);
  return NewMatch(vm, p, t.s, t.pos, t.endpos, groups.data(), &positions);
}

// Calls `on_match(groups)` for each match in [start, end) with CPython's
// empty-match rule, at most `limit` times (0: no limit). The whole window
// is charged once, up front. `on_match` returns false on error.
template <typename OnMatch>
bool ForEachMatch(Interp& vm, PatternObject* p, const StrObject* s, size_t start, size_t end,
                  int64_t limit, OnMatch on_match) {
  if (!ChargeScan(vm, p, end - start)) return false;
  std::vector<ByteSpan> groups(static_cast<size_t>(p->groups) + 1);
  size_t at = start;
  int64_t n = 0;
  // sre's must_advance: no empty match where the last one ended.
  bool must_advance = false;
  while (limit == 0 || n < limit) {
    if (at > end) break;
    int found = RunEngine(vm, p, s, at, end, rx::Anchor::kNone, must_advance, groups.data());
    if (found < 0) return false;
    if (found == 0) break;
    auto b0 = static_cast<size_t>(groups[0].begin);
    auto b1 = static_cast<size_t>(groups[0].end);
    if (!on_match(groups.data())) return false;
    ++n;
    must_advance = b0 == b1;
    at = b1;
  }
  return true;
}

// findall's item for one match: the whole match, group 1, or a tuple.
Value FindallItem(Interp& vm, const PatternObject* p, const StrObject* s,
                  const ByteSpan* groups) {
  auto text = [&](int g) {
    if (!groups[g].matched()) return vm::NewStrValue(vm, "");
    return Slice(vm, s, groups[g]);
  };
  if (p->groups == 0) return text(0);
  if (p->groups == 1) return text(1);
  TupleObject* tuple = vm::NewTuple(vm, static_cast<size_t>(p->groups));
  if (tuple == nullptr) return Value::Null();
  RootScope roots(vm);
  Value held = Value::FromObject(tuple);
  roots.Add(&held);
  for (int g = 1; g <= p->groups; ++g) {
    Value v = text(g);
    if (v.is_null()) return v;
    tuple->items[g - 1] = v;
  }
  return held;
}

Value DoFindall(Interp& vm, PatternObject* p, Value string, Value pos_v, Value endpos_v) {
  Target t;
  if (!GetTarget(vm, p, string, pos_v, endpos_v, &t)) return Value::Null();
  ListObject* list = vm::NewList(vm);
  if (list == nullptr) return Value::Null();
  RootScope roots(vm);
  Value held = Value::FromObject(list);
  roots.Add(&held);
  Value held_p = Value::FromObject(p);
  roots.Add(&held_p);
  if (t.endpos >= t.pos) {
    bool ok = ForEachMatch(vm, p, t.s, t.start, t.end, 0, [&](const ByteSpan* groups) {
      Value item = FindallItem(vm, p, t.s, groups);
      return !item.is_null() && vm::ListAppendValue(vm, list, item);
    });
    if (!ok) return Value::Null();
  }
  return held;
}

Value DoSplit(Interp& vm, PatternObject* p, Value string, Value maxsplit_v) {
  if (!CheckText(vm, string, "strings")) return Value::Null();
  auto* s = As<StrObject>(string);
  if (!CheckSubject(vm, p, s)) return Value::Null();
  int64_t maxsplit = 0;
  if (!maxsplit_v.is_null() && !vm::ClinicSsize(vm, maxsplit_v, &maxsplit)) return Value::Null();
  ListObject* list = vm::NewList(vm);
  if (list == nullptr) return Value::Null();
  RootScope roots(vm);
  Value held = Value::FromObject(list);
  roots.Add(&held);
  if (maxsplit < 0) {
    if (!vm::ListAppendValue(vm, list, string)) return Value::Null();
    return held;
  }
  size_t last = 0;
  bool ok = ForEachMatch(vm, p, s, 0, s->byte_length, maxsplit,
                         [&](const ByteSpan* groups) {
                           auto b0 = static_cast<size_t>(groups[0].begin);
                           Value piece = vm::NewStrValue(vm, s->view().substr(last, b0 - last));
                           if (piece.is_null() || !vm::ListAppendValue(vm, list, piece)) {
                             return false;
                           }
                           for (int g = 1; g <= p->groups; ++g) {
                             Value v = !groups[g].matched() ? Value::None()
                                                            : Slice(vm, s, groups[g]);
                             if (v.is_null() || !vm::ListAppendValue(vm, list, v)) return false;
                           }
                           last = static_cast<size_t>(groups[0].end);
                           return true;
                         });
  if (!ok) return Value::Null();
  Value tail = vm::NewStrValue(vm, s->view().substr(last));
  if (tail.is_null() || !vm::ListAppendValue(vm, list, tail)) return Value::Null();
  return held;
}

// ---- Replacement templates ------------------------------------------------------------

// A parsed template: literal text and group references, in order.
struct TemplatePart {
  int group;            // -1: literal
  std::string literal;  // UTF-8
};

bool IsDigitCp(uint32_t c) { return c >= '0' && c <= '9'; }
bool IsOctCp(uint32_t c) { return c >= '0' && c <= '7'; }

// parse_template (Lib/re/_parser.py): errors are re.error on the template.
bool ParseTemplate(Interp& vm, const PatternObject* p, StrObject* tmpl,
                   std::vector<TemplatePart>* parts) {
  if (!vm::ChargeTextPass(vm, tmpl)) return false;
  std::u32string s;
  std::string_view text = tmpl->view();
  for (size_t b = 0; b < text.size();) s.push_back(vm::DecodeUtf8(text, &b));
  std::string literal;
  auto flush = [&]() {
    if (!literal.empty()) parts->push_back({-1, std::move(literal)});
    literal.clear();
  };
  size_t i = 0;
  auto error = [&](std::string msg, int64_t offset) {
    RaiseReError(vm, msg, tmpl, static_cast<int64_t>(i) - offset);
    return false;
  };
  auto add_group = [&](int64_t index, int64_t offset) {
    if (index > p->groups) return error(absl::StrCat("invalid group reference ", index), offset);
    flush();
    parts->push_back({static_cast<int>(index), std::string()});
    return true;
  };
  auto utf8 = [](std::u32string_view v) {
    std::string out;
    for (uint32_t c : v) vm::AppendUtf8(&out, c);
    return out;
  };
  while (i < s.size()) {
    uint32_t c = s[i];
    if (c != '\\') {
      vm::AppendUtf8(&literal, c);
      ++i;
      continue;
    }
    if (i + 1 >= s.size()) {
      RaiseReError(vm, "bad escape (end of pattern)", tmpl, static_cast<int64_t>(s.size()) - 1);
      return false;
    }
    uint32_t e = s[i + 1];
    i += 2;
    if (e == 'g') {
      if (i >= s.size() || s[i] != '<') return error("missing <", 0);
      ++i;
      std::u32string name;
      while (true) {
        if (i >= s.size()) {
          if (name.empty()) return error("missing group name", 0);
          return error("missing >, unterminated name", static_cast<int64_t>(name.size()));
        }
        uint32_t d = s[i];
        size_t w = (d == '\\' && i + 1 < s.size()) ? 2 : 1;
        i += w;
        if (d == '>') {
          if (name.empty()) return error("missing group name", 1);
          break;
        }
        name.append(s.substr(i - w, w));
      }
      bool identifier = !name.empty() && !IsDigitCp(name[0]);
      for (uint32_t d : name) {
        bool ok = (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || d == '_' || d >= 0x80 ||
                  IsDigitCp(d);
        identifier = identifier && ok;
      }
      int64_t index = 0;
      if (identifier) {
        std::string key = utf8(name);
        Value v = vm::DictGetStr(vm, p->groupindex, vm.Intern(key));
        if (v.is_null()) {
          if (vm.HasException()) return false;
          vm.Raise(&vm::kIndexErrorType, absl::StrCat("unknown group name '", key, "'"));
          return false;
        }
        vm::IntToInt64(v, &index);
      } else {
        bool digits = !name.empty();
        for (uint32_t d : name) digits = digits && IsDigitCp(d);
        if (!digits) {
          return error(absl::StrCat("bad character in group name '", utf8(name), "'"),
                       static_cast<int64_t>(name.size()) + 1);
        }
        for (uint32_t d : name) {
          index = index * 10 + (d - '0');
          if (index >= 1073741823) {
            return error(absl::StrCat("invalid group reference ", utf8(name)),
                         static_cast<int64_t>(name.size()) + 1);
          }
        }
      }
      if (!add_group(index, static_cast<int64_t>(name.size()) + 1)) return false;
    } else if (e == '0') {
      uint32_t v = 0;
      for (int k = 0; k < 2 && i < s.size() && IsOctCp(s[i]); ++k) v = v * 8 + (s[i++] - '0');
      vm::AppendUtf8(&literal, v & 0xFF);
    } else if (IsDigitCp(e)) {
      std::u32string digits(1, e);
      bool octal = false;
      if (i < s.size() && IsDigitCp(s[i])) {
        digits.push_back(s[i++]);
        if (IsOctCp(e) && IsOctCp(digits[1]) && i < s.size() && IsOctCp(s[i])) {
          digits.push_back(s[i++]);
          octal = true;
          uint32_t v = (digits[0] - '0') * 64 + (digits[1] - '0') * 8 + (digits[2] - '0');
          if (v > 0377) {
            return error(absl::StrCat("octal escape value \\", utf8(digits),
                                      " outside of range 0-0o377"),
                         4);
          }
          vm::AppendUtf8(&literal, v);
        }
      }
      if (!octal) {
        int64_t index = 0;
        for (uint32_t d : digits) index = index * 10 + (d - '0');
        if (!add_group(index, static_cast<int64_t>(digits.size()))) return false;
      }
    } else {
      uint32_t cp = 0;
      switch (e) {
        case 'a': cp = 7; break;
        case 'b': cp = 8; break;
        case 'f': cp = 12; break;
        case 'n': cp = 10; break;
        case 'r': cp = 13; break;
        case 't': cp = 9; break;
        case 'v': cp = 11; break;
        case '\\': cp = '\\'; break;
        default:
          if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
            return error(absl::StrCat("bad escape \\", utf8(std::u32string(1, e))), 2);
          }
          literal.push_back('\\');
          cp = e;
      }
      vm::AppendUtf8(&literal, cp);
    }
  }
  flush();
  return true;
}

// Appends the expansion of `parts` for one match (unmatched groups: "").
bool ExpandTemplate(vm::StrWriter* out, const std::vector<TemplatePart>& parts,
                    const StrObject* s, const ByteSpan* groups) {
  for (const TemplatePart& part : parts) {
    std::string_view piece;
    if (part.group < 0) {
      piece = part.literal;
    } else if (groups[part.group].matched()) {
      piece = SpanText(s, groups[part.group]);
    } else {
      continue;
    }
    size_t n = 0;
    bool ascii = true;
    vm::CountUtf8(piece, &n, &ascii);
    if (!out->Append(piece, n, ascii)) return false;
  }
  return true;
}

// sub/subn: the new string, and the number of replacements in *count_out.
Value DoSub(Interp& vm, PatternObject* p, Value repl, Value string, Value count_v,
            int64_t* count_out) {
  if (!CheckText(vm, string, "strings")) return Value::Null();
  auto* s = As<StrObject>(string);
  if (!CheckSubject(vm, p, s)) return Value::Null();
  int64_t count = 0;
  if (!count_v.is_null() && !vm::ClinicSsize(vm, count_v, &count)) return Value::Null();
  RootScope roots(vm);
  Value held_p = Value::FromObject(p);
  roots.Add(&held_p);
  roots.Add(&repl);
  roots.Add(&string);
  bool callable = !vm::IsStr(repl) && FindSlot(vm::TypeOf(repl), &TypeObject::call) != nullptr;
  std::vector<TemplatePart> parts;
  if (!callable) {
    if (!vm::IsStr(repl)) {
      if (vm::HasType(repl, &vm::kBytesType) || vm::HasType(repl, &vm::kByteArrayType)) {
        return vm.RaiseTypeError(
            "bytes replacements are not supported by the sandbox's re module; use a str");
      }
      // Anything else CPython looks up in its template cache (so an
      // unhashable one fails there), then decodes as a str pattern's template.
      if (vm::Hash(vm, repl) == -1) return Value::Null();
      return vm.RaiseFormat(&vm::kTypeErrorType,
                            "decoding to str: need a bytes-like object, %s found",
                            std::string(vm::TypeName(repl)));
    }
    if (!ParseTemplate(vm, p, As<StrObject>(repl), &parts)) return Value::Null();
  }
  vm::StrWriter out(vm);
  size_t last = 0;
  int64_t n = 0;
  int64_t item_index = 0;  // pieces joined so far, for the join's TypeError
  Positions positions(s);
  auto append_text = [&](std::string_view piece) {
    size_t cps = 0;
    bool ascii = true;
    vm::CountUtf8(piece, &cps, &ascii);
    return out.Append(piece, cps, ascii);
  };
  if (count < 0) count = -1;
  bool ok = count < 0 || ForEachMatch(vm, p, s, 0, s->byte_length, count,
                                      [&](const ByteSpan* groups) {
    auto b0 = static_cast<size_t>(groups[0].begin);
    auto b1 = static_cast<size_t>(groups[0].end);
    if (last < b0) {
      if (!append_text(s->view().substr(last, b0 - last))) return false;
      ++item_index;
    }
    if (callable) {
      Value m = NewMatch(vm, p, s, 0, static_cast<int64_t>(s->length), groups, &positions);
      if (m.is_null()) return false;
      // The replacement may run any Python code: the groups point into `s`,
      // which is rooted and immutable.
      Value r = vm.Call1(repl, m);
      if (r.is_null()) return false;
      if (!r.is_none()) {
        if (!vm::IsStr(r)) {
          vm.RaiseFormat(&vm::kTypeErrorType, "sequence item %d: expected str instance, %s found",
                         item_index, std::string(vm::TypeName(r)));
          return false;
        }
        if (!out.AppendStr(As<StrObject>(r))) return false;
        ++item_index;
      }
    } else {
      if (!ExpandTemplate(&out, parts, s, groups)) return false;
      ++item_index;
    }
    last = b1;
    ++n;
    return true;
  });
  if (!ok) return Value::Null();
  if (last < s->byte_length && !append_text(s->view().substr(last))) return Value::Null();
  *count_out = n;
  if (n == 0 && vm::IsExactStr(string)) return string;
  return out.FinishValue();
}

// ---- Scanner objects (Pattern.scanner) ---------------------------------------------------

// _sre.SRE_Scanner: each match() or search() continues where the last match
// ended; after an empty match the next may not be empty at the same place
// (must_advance), and once a call finds nothing every later call returns
// None (sre's state->start = NULL).
struct ScannerObject : Object {
  PatternObject* pattern;
  StrObject* string;
  int64_t pos, endpos;  // code points, clamped: the matches' pos and endpos
  size_t start;         // byte where the next call begins
  int64_t start_index;  // its code-point index, so no call rescans from 0
  size_t end;           // byte of endpos
  bool must_advance;
  bool done;
};

void ScannerTrace(Object* self, GcTracer& tracer) {
  auto* sc = static_cast<ScannerObject*>(self);
  tracer.VisitPtr(sc->pattern);
  tracer.VisitPtr(sc->string);
}

Value NewScanner(Interp& vm, PatternObject* p, Value string, Value pos_v, Value endpos_v) {
  Target t;
  if (!GetTarget(vm, p, string, pos_v, endpos_v, &t)) return Value::Null();
  auto* sc = vm.New<ScannerObject>(&kScannerType);
  if (sc == nullptr) return Value::Null();
  sc->pattern = p;
  sc->string = t.s;
  sc->pos = t.pos;
  sc->endpos = t.endpos;
  sc->start = t.start;
  sc->start_index = t.pos;
  sc->end = t.end;
  sc->must_advance = false;
  // CPython's match() can still find an empty match when pos > endpos;
  // moat's Pattern.match answers None there, and so does the scanner.
  sc->done = t.endpos < t.pos;
  return Value::FromObject(sc);
}

// finditer: iter(scanner.search, None), as CPython's pattern_finditer, so
// matches are found one next() at a time (a callable_iterator).
Value NewFinditer(Interp& vm, PatternObject* p, Value string, Value pos_v, Value endpos_v) {
  Value scanner = NewScanner(vm, p, string, pos_v, endpos_v);
  if (scanner.is_null()) return scanner;
  RootScope roots(vm);
  roots.Add(&scanner);
  Value search = vm::GetAttr(vm, scanner, vm.Intern("search"));
  if (search.is_null()) return search;
  roots.Add(&search);
  return NewCallableIterator(vm, search, Value::None());
}

// SRE_Scanner.match() (`anchor` kStart) and search() (kNone).
Value ScannerStep(Interp& vm, Value self, CallArgs args, rx::Anchor anchor, const char* name) {
  // CPython 3.11's clinic code for these (a defining_class and no
  // parameters) refuses positional arguments only: keywords are ignored.
  if (args.nargs != 0) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "%s() takes no arguments", name);
  }
  auto* sc = As<ScannerObject>(self);
  if (sc->done) return Value::None();
  PatternObject* p = sc->pattern;
  if (!ChargeScan(vm, p, sc->end - sc->start)) return Value::Null();
  std::vector<ByteSpan> groups(static_cast<size_t>(p->groups) + 1);
  int found = RunEngine(vm, p, sc->string, sc->start, sc->end, anchor, sc->must_advance,
                        groups.data());
  if (found < 0) return Value::Null();
  if (found == 0) {
    sc->done = true;
    return Value::None();
  }
  // As DoMatch: the text after the match, charged up front, is given back.
  auto match_end = static_cast<size_t>(groups[0].end);
  uint64_t refund = std::min(ScanUnits(p, sc->end - match_end), vm.instruction_count);
  vm.instruction_count -= refund;
  Positions positions(sc->string, sc->start, static_cast<size_t>(sc->start_index));
  Value m = NewMatch(vm, p, sc->string, sc->pos, sc->endpos, groups.data(), &positions);
  if (m.is_null()) return m;
  sc->must_advance = groups[0].begin == groups[0].end;
  sc->start = match_end;
  sc->start_index = As<MatchObject>(m)->spans[1];
  return m;
}

Value ScannerMatch(Interp& vm, Value self, CallArgs args) {
  return ScannerStep(vm, self, args, rx::Anchor::kStart, "match");
}
Value ScannerSearch(Interp& vm, Value self, CallArgs args) {
  return ScannerStep(vm, self, args, rx::Anchor::kNone, "search");
}
Value ScannerGetPattern(Interp&, Value self, CallArgs) {
  return Value::FromObject(As<ScannerObject>(self)->pattern);
}

// `pattern` is a read-only member in CPython (its own words); the type has
// no other attributes to set.
int ScannerSetAttr(Interp& vm, Value, StrObject* name, Value) {
  if (name->view() == "pattern") {
    vm.Raise(&vm::kAttributeErrorType, "readonly attribute");
  } else {
    vm.RaiseFormat(&vm::kAttributeErrorType, "'%s' object has no attribute '%s'",
                   kScannerType.name, std::string(name->view()));
  }
  return -1;
}

const vm::MethodDef kScannerMethods[] = {
    {"match", ScannerMatch},
    {"search", ScannerSearch},
    {"pattern", ScannerGetPattern, vm::MethodKind::kGetter},
    {nullptr, nullptr},
};

// ---- Argument plumbing ----------------------------------------------------------------

PatternObject* SelfPattern(Value self) { return As<PatternObject>(self); }

Value PatternSearch(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("search(string, pos=0, endpos=sys.maxsize)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return DoMatch(vm, SelfPattern(self), out[0], out[1], out[2], Mode::kSearch);
}

Value PatternMatch(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("match(string, pos=0, endpos=sys.maxsize)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return DoMatch(vm, SelfPattern(self), out[0], out[1], out[2], Mode::kMatch);
}

Value PatternFullMatch(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("fullmatch(string, pos=0, endpos=sys.maxsize)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return DoMatch(vm, SelfPattern(self), out[0], out[1], out[2], Mode::kFullMatch);
}

Value PatternFindall(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("findall(string, pos=0, endpos=sys.maxsize)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return DoFindall(vm, SelfPattern(self), out[0], out[1], out[2]);
}

Value PatternFinditer(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("finditer(string, pos=0, endpos=sys.maxsize)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return NewFinditer(vm, SelfPattern(self), out[0], out[1], out[2]);
}

Value PatternScanner(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("scanner(string, pos=0, endpos=sys.maxsize)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return NewScanner(vm, SelfPattern(self), out[0], out[1], out[2]);
}

Value PatternSplit(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("split(string, maxsplit=0)");
  Value out[2];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return DoSplit(vm, SelfPattern(self), out[0], out[1]);
}

Value SubResult(Interp& vm, Value result, int64_t n, bool with_count) {
  if (result.is_null() || !with_count) return result;
  RootScope roots(vm);
  roots.Add(&result);
  Value items[2] = {result, vm::IntFromInt64(vm, n)};
  if (items[1].is_null()) return Value::Null();
  TupleObject* t = vm::NewTupleFrom(vm, items, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

Value PatternSub(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("sub(repl, string, count=0)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  int64_t n = 0;
  return DoSub(vm, SelfPattern(self), out[0], out[1], out[2], &n);
}

Value PatternSubn(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("subn(repl, string, count=0)");
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  int64_t n = 0;
  Value result = DoSub(vm, SelfPattern(self), out[0], out[1], out[2], &n);
  return SubResult(vm, result, n, true);
}

Value PatternGetPattern(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(SelfPattern(self)->pattern);
}
Value PatternGetFlags(Interp& vm, Value self, CallArgs) {
  return Value::SmallInt(SelfPattern(self)->flags);
}
Value PatternGetGroups(Interp& vm, Value self, CallArgs) {
  return Value::SmallInt(SelfPattern(self)->groups);
}
// A read-only mappingproxy, as CPython's; it wraps a copy, so the
// pattern's own table is never reachable.
Value PatternGetGroupIndex(Interp& vm, Value self, CallArgs) {
  DictObject* d = vm::DictCopy(vm, SelfPattern(self)->groupindex);
  if (d == nullptr) return Value::Null();
  Value held = Value::FromObject(d);
  vm::RootScope roots(vm);
  roots.Add(&held);
  vm::MappingProxyObject* proxy = vm::NewMappingProxy(vm, d);
  return proxy == nullptr ? Value::Null() : Value::FromObject(proxy);
}

// pattern_repr in Modules/_sre/sre.c.
Value PatternRepr(Interp& vm, Value self) {
  PatternObject* p = SelfPattern(self);
  std::string repr = vm::StrRepr(p->pattern->view());
  // %.200R: at most 200 code points of the repr.
  size_t cut = 0, cps = 0;
  while (cut < repr.size() && cps < 200) {
    vm::DecodeUtf8(repr, &cut);
    ++cps;
  }
  repr.resize(cut);
  std::string out = absl::StrCat("re.compile(", repr);
  static constexpr struct {
    const char* name;
    int value;
  } kFlagNames[] = {
      {"re.TEMPLATE", rx::kFlagTemplate}, {"re.IGNORECASE", rx::kFlagIgnoreCase},
      {"re.LOCALE", rx::kFlagLocale},     {"re.MULTILINE", rx::kFlagMultiline},
      {"re.DOTALL", rx::kFlagDotAll},     {"re.UNICODE", rx::kFlagUnicode},
      {"re.VERBOSE", rx::kFlagVerbose},   {"re.DEBUG", rx::kFlagDebug},
      {"re.ASCII", rx::kFlagAscii},
  };
  int flags = p->flags & ~rx::kFlagUnicode;  // the default for str patterns
  if (flags != 0) {
    std::string names;
    for (const auto& f : kFlagNames) {
      if (flags & f.value) {
        if (!names.empty()) names += "|";
        names += f.name;
        flags &= ~f.value;
      }
    }
    if (flags != 0) {
      if (!names.empty()) names += "|";
      names += absl::StrFormat("0x%x", flags);
    }
    absl::StrAppend(&out, ", ", names);
  }
  out += ")";
  return vm::NewStrValue(vm, out);
}

// pattern_richcompare and pattern_hash: two patterns compiled from equal
// strs with the same flags are equal (CPython also compares the compiled
// code, which follows from those two), and hash alike.
Value PatternRichCompare(Interp&, Value a, Value b, vm::CompareOp op) {
  if ((op != vm::CompareOp::kEq && op != vm::CompareOp::kNe) || !IsPattern(b)) {
    return Value::NotImplemented();
  }
  PatternObject* x = SelfPattern(a);
  PatternObject* y = SelfPattern(b);
  bool equal = x == y || (x->flags == y->flags && x->pattern->view() == y->pattern->view());
  return Value::Bool(op == vm::CompareOp::kEq ? equal : !equal);
}

int64_t PatternHash(Interp& vm, Value self) {
  PatternObject* p = SelfPattern(self);
  int64_t h = vm::StrHash(vm, p->pattern) ^ p->flags;
  return h == -1 ? -2 : h;
}

// Pattern.__copy__() and __deepcopy__(memo): patterns and matches are
// immutable, so copy and deepcopy give the object itself, as CPython's do.
Value PatternCopy(Interp& vm, Value self, CallArgs args) {
  return vm::CheckMethodNoArgs(vm, args, "Pattern.__copy__") ? self : Value::Null();
}
Value PatternDeepCopy(Interp& vm, Value self, CallArgs args) {
  return vm::CheckMethodOneArg(vm, args, "Pattern.__deepcopy__") ? self : Value::Null();
}
Value MatchCopy(Interp& vm, Value self, CallArgs args) {
  return vm::CheckMethodNoArgs(vm, args, "Match.__copy__") ? self : Value::Null();
}
Value MatchDeepCopy(Interp& vm, Value self, CallArgs args) {
  return vm::CheckMethodOneArg(vm, args, "Match.__deepcopy__") ? self : Value::Null();
}

const vm::MethodDef kPatternMethods[] = {
    {"__class_getitem__", vm::ClassGetItemMethod, vm::MethodKind::kClassMethod},
    {"__copy__", PatternCopy},
    {"__deepcopy__", PatternDeepCopy},
    {"search", PatternSearch},
    {"match", PatternMatch},
    {"fullmatch", PatternFullMatch},
    {"findall", PatternFindall},
    {"finditer", PatternFinditer},
    {"scanner", PatternScanner},
    {"split", PatternSplit},
    {"sub", PatternSub},
    {"subn", PatternSubn},
    {"pattern", PatternGetPattern, vm::MethodKind::kGetter},
    {"flags", PatternGetFlags, vm::MethodKind::kGetter},
    {"groups", PatternGetGroups, vm::MethodKind::kGetter},
    {"groupindex", PatternGetGroupIndex, vm::MethodKind::kGetter},
    {nullptr, nullptr},
};

// ---- Match methods --------------------------------------------------------------------

MatchObject* SelfMatch(Value self) { return As<MatchObject>(self); }

// match_getindex: an int (through __index__) or a group name; -1 with
// IndexError("no such group") pending.
int64_t GroupIndex(Interp& vm, MatchObject* m, Value key) {
  int64_t index = -1;
  if (vm::IsInt(key)) {
    if (!vm::IntToInt64(key, &index)) index = -1;
  } else if (vm::IsStr(key)) {
    Value v;
    int r = vm::DictGet(vm, m->pattern->groupindex, key, &v);
    if (r < 0) return -1;
    if (r > 0) vm::IntToInt64(v, &index);
  } else if (FindSlot(vm::TypeOf(key), &TypeObject::index) != nullptr) {
    if (!vm::IndexToInt64(vm, key, &index)) {
      vm.ClearException();
      index = -1;
    }
  }
  if (index < 0 || index > m->pattern->groups) {
    vm.RaiseIndexError("no such group");
    return -1;
  }
  return index;
}

// The str of group `g`, or `fallback` if it did not take part.
Value GroupValue(Interp& vm, MatchObject* m, int64_t g, Value fallback) {
  const int64_t* span = m->spans + 4 * g;
  if (span[0] < 0) return fallback;
  return vm::NewStrValue(vm, m->string->view().substr(static_cast<size_t>(span[2]),
                                                      static_cast<size_t>(span[3] - span[2])));
}

// m.group(*groups)
Value MatchGroup(Interp& vm, Value self, CallArgs args) {
  if (!vm::CheckNoKeywords(vm, args, "group")) return Value::Null();
  MatchObject* m = SelfMatch(self);
  if (args.nargs == 0) return GroupValue(vm, m, 0, Value::None());
  if (args.nargs == 1) {
    int64_t g = GroupIndex(vm, m, args.args[0]);
    return g < 0 ? Value::Null() : GroupValue(vm, m, g, Value::None());
  }
  TupleObject* t = vm::NewTuple(vm, args.nargs);
  if (t == nullptr) return Value::Null();
  RootScope roots(vm);
  Value held = Value::FromObject(t);
  roots.Add(&held);
  for (size_t i = 0; i < args.nargs; ++i) {
    int64_t g = GroupIndex(vm, m, args.args[i]);
    if (g < 0) return Value::Null();
    Value v = GroupValue(vm, m, g, Value::None());
    if (v.is_null()) return v;
    t->items[i] = v;
  }
  return held;
}

Value MatchGetItem(Interp& vm, Value self, Value key) {
  MatchObject* m = SelfMatch(self);
  int64_t g = GroupIndex(vm, m, key);
  return g < 0 ? Value::Null() : GroupValue(vm, m, g, Value::None());
}

Value MatchGroups(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("groups(default=None)");
  Value out[1];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value fallback = out[0].is_null() ? Value::None() : out[0];
  MatchObject* m = SelfMatch(self);
  TupleObject* t = vm::NewTuple(vm, static_cast<size_t>(m->pattern->groups));
  if (t == nullptr) return Value::Null();
  RootScope roots(vm);
  Value held = Value::FromObject(t);
  roots.Add(&held);
  for (int g = 1; g <= m->pattern->groups; ++g) {
    Value v = GroupValue(vm, m, g, fallback);
    if (v.is_null()) return v;
    t->items[g - 1] = v;
  }
  return held;
}

Value MatchGroupDict(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("groupdict(default=None)");
  Value out[1];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value fallback = out[0].is_null() ? Value::None() : out[0];
  MatchObject* m = SelfMatch(self);
  DictObject* d = vm::NewDict(vm);
  if (d == nullptr) return Value::Null();
  RootScope roots(vm);
  Value held = Value::FromObject(d);
  roots.Add(&held);
  size_t pos = 0;
  Value key, index;
  while (vm::DictNext(m->pattern->groupindex, &pos, &key, &index)) {
    int64_t g = 0;
    vm::IntToInt64(index, &g);
    Value v = GroupValue(vm, m, g, fallback);
    if (v.is_null() || vm::DictSet(vm, d, key, v) < 0) return Value::Null();
  }
  return held;
}

// start/end/span's optional group argument.
int64_t SpanGroup(Interp& vm, MatchObject* m, CallArgs args, const char* name) {
  if (!vm::CheckNoKeywords(vm, args, name)) return -1;
  if (!vm::CheckPositionalCount(vm, args, name, 0, 1)) return -1;
  return args.nargs == 0 ? 0 : GroupIndex(vm, m, args.args[0]);
}

Value MatchStart(Interp& vm, Value self, CallArgs args) {
  MatchObject* m = SelfMatch(self);
  int64_t g = SpanGroup(vm, m, args, "start");
  return g < 0 ? Value::Null() : vm::IntFromInt64(vm, m->spans[4 * g]);
}

Value MatchEnd(Interp& vm, Value self, CallArgs args) {
  MatchObject* m = SelfMatch(self);
  int64_t g = SpanGroup(vm, m, args, "end");
  return g < 0 ? Value::Null() : vm::IntFromInt64(vm, m->spans[4 * g + 1]);
}

Value MatchSpan(Interp& vm, Value self, CallArgs args) {
  MatchObject* m = SelfMatch(self);
  int64_t g = SpanGroup(vm, m, args, "span");
  if (g < 0) return Value::Null();
  Value items[2] = {vm::IntFromInt64(vm, m->spans[4 * g]),
                    vm::IntFromInt64(vm, m->spans[4 * g + 1])};
  TupleObject* t = vm::NewTupleFrom(vm, items, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// Match.regs: span() of every group, the whole match first (CPython's
// match_regs), (-1, -1) for a group that did not take part.
Value MatchRegs(Interp& vm, Value self, CallArgs) {
  MatchObject* m = SelfMatch(self);
  size_t n = static_cast<size_t>(m->pattern->groups) + 1;
  std::vector<Value> nones(n, Value::None());
  TupleObject* regs = vm::NewTupleFrom(vm, nones.data(), n);
  if (regs == nullptr) return Value::Null();
  Value held = Value::FromObject(regs);
  RootScope roots(vm);
  roots.Add(&held);
  for (size_t g = 0; g < n; ++g) {
    // Small ints: immediates, so nothing here needs rooting but `regs`.
    Value span[2] = {vm::IntFromInt64(vm, m->spans[4 * g]),
                     vm::IntFromInt64(vm, m->spans[4 * g + 1])};
    TupleObject* t = vm::NewTupleFrom(vm, span, 2);
    if (t == nullptr) return Value::Null();
    vm::TupleItems(As<TupleObject>(held))[g] = Value::FromObject(t);
  }
  return held;
}

Value MatchExpand(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("expand(template)");
  Value out[1];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  MatchObject* m = SelfMatch(self);
  if (!CheckText(vm, out[0], "templates")) return Value::Null();
  std::vector<TemplatePart> parts;
  if (!ParseTemplate(vm, m->pattern, As<StrObject>(out[0]), &parts)) return Value::Null();
  std::vector<ByteSpan> groups(static_cast<size_t>(m->pattern->groups) + 1);
  for (int g = 0; g <= m->pattern->groups; ++g) {
    const int64_t* span = m->spans + 4 * g;
    if (span[0] >= 0) groups[static_cast<size_t>(g)] = {span[2], span[3]};
  }
  vm::StrWriter writer(vm);
  if (!ExpandTemplate(&writer, parts, m->string, groups.data())) return Value::Null();
  return writer.FinishValue();
}

// The group that closed last among those that matched (sre's lastindex):
// the one ending furthest, ties going to the group whose ')' comes later.
int64_t LastIndex(MatchObject* m) {
  int64_t best = -1;
  for (int g = 1; g <= m->pattern->groups; ++g) {
    const int64_t* span = m->spans + 4 * g;
    if (span[0] < 0) continue;
    if (best < 0) {
      best = g;
      continue;
    }
    int64_t best_end = m->spans[4 * best + 1];
    const std::vector<int>& rank = m->pattern->compiled->close_rank;
    if (span[1] > best_end || (span[1] == best_end && rank[g] > rank[best])) best = g;
  }
  return best;
}

Value MatchLastIndex(Interp& vm, Value self, CallArgs) {
  int64_t g = LastIndex(SelfMatch(self));
  return g < 0 ? Value::None() : Value::SmallInt(g);
}

Value MatchLastGroup(Interp& vm, Value self, CallArgs) {
  MatchObject* m = SelfMatch(self);
  int64_t g = LastIndex(m);
  if (g < 0) return Value::None();
  const std::string& name = m->pattern->compiled->group_name[static_cast<size_t>(g)];
  return name.empty() ? Value::None() : vm::NewStrValue(vm, name);
}

Value MatchGetString(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(SelfMatch(self)->string);
}
Value MatchGetRe(Interp& vm, Value self, CallArgs) {
  return Value::FromObject(SelfMatch(self)->pattern);
}
Value MatchGetPos(Interp& vm, Value self, CallArgs) {
  return vm::IntFromInt64(vm, SelfMatch(self)->pos);
}
Value MatchGetEndPos(Interp& vm, Value self, CallArgs) {
  return vm::IntFromInt64(vm, SelfMatch(self)->endpos);
}

// "<re.Match object; span=(0, 3), match='abc'>" (match_repr: %.50R).
Value MatchRepr(Interp& vm, Value self) {
  MatchObject* m = SelfMatch(self);
  std::string_view text = m->string->view().substr(
      static_cast<size_t>(m->spans[2]), static_cast<size_t>(m->spans[3] - m->spans[2]));
  if (!vm::ChargeTextPass(vm, text.size())) return Value::Null();
  std::string repr = vm::StrRepr(text);
  size_t cut = 0, cps = 0;
  while (cut < repr.size() && cps < 50) {
    vm::DecodeUtf8(repr, &cut);
    ++cps;
  }
  repr.resize(cut);
  return vm::NewStrValue(vm, absl::StrCat("<re.Match object; span=(", m->spans[0], ", ",
                                          m->spans[1], "), match=", repr, ">"));
}

const vm::MethodDef kMatchMethods[] = {
    {"__class_getitem__", vm::ClassGetItemMethod, vm::MethodKind::kClassMethod},
    {"__copy__", MatchCopy},
    {"__deepcopy__", MatchDeepCopy},
    {"group", MatchGroup},
    {"groups", MatchGroups},
    {"groupdict", MatchGroupDict},
    {"start", MatchStart},
    {"end", MatchEnd},
    {"span", MatchSpan},
    {"expand", MatchExpand},
    {"regs", MatchRegs, vm::MethodKind::kGetter},
    {"lastindex", MatchLastIndex, vm::MethodKind::kGetter},
    {"lastgroup", MatchLastGroup, vm::MethodKind::kGetter},
    {"string", MatchGetString, vm::MethodKind::kGetter},
    {"re", MatchGetRe, vm::MethodKind::kGetter},
    {"pos", MatchGetPos, vm::MethodKind::kGetter},
    {"endpos", MatchGetEndPos, vm::MethodKind::kGetter},
    {nullptr, nullptr},
};

// ---- Module functions --------------------------------------------------------------------

// The compiled pattern of a module function's (pattern, flags).
PatternObject* ModulePattern(Interp& vm, Value module, Value pattern, Value flags,
                             Value* held) {
  *held = Compile(vm, pattern, flags, module);
  return held->is_null() ? nullptr : As<PatternObject>(*held);
}

template <Mode M>
Value ReMatchFunction(Interp& vm, Value module, CallArgs args) {
  static const ArgSpec kSearch("search(pattern, string, flags=0)", vm::ArgErrors::kPython);
  static const ArgSpec kMatch("match(pattern, string, flags=0)", vm::ArgErrors::kPython);
  static const ArgSpec kFull("fullmatch(pattern, string, flags=0)", vm::ArgErrors::kPython);
  const ArgSpec& spec = M == Mode::kSearch ? kSearch : M == Mode::kMatch ? kMatch : kFull;
  Value out[3];
  if (!vm::ParseArgs(vm, spec, args, out)) return Value::Null();
  Value held;
  RootScope roots(vm);
  roots.Add(&held);
  PatternObject* p = ModulePattern(vm, module, out[0], out[2], &held);
  if (p == nullptr) return Value::Null();
  return DoMatch(vm, p, out[1], Value::Null(), Value::Null(), M);
}

template <bool kIter>
Value ReFindallFunction(Interp& vm, Value module, CallArgs args) {
  static const ArgSpec kFindall("findall(pattern, string, flags=0)", vm::ArgErrors::kPython);
  static const ArgSpec kFinditer("finditer(pattern, string, flags=0)", vm::ArgErrors::kPython);
  Value out[3];
  if (!vm::ParseArgs(vm, kIter ? kFinditer : kFindall, args, out)) return Value::Null();
  Value held;
  RootScope roots(vm);
  roots.Add(&held);
  PatternObject* p = ModulePattern(vm, module, out[0], out[2], &held);
  if (p == nullptr) return Value::Null();
  if constexpr (kIter) return NewFinditer(vm, p, out[1], Value::Null(), Value::Null());
  return DoFindall(vm, p, out[1], Value::Null(), Value::Null());
}

template <bool kWithCount>
Value ReSubFunction(Interp& vm, Value module, CallArgs args) {
  static const ArgSpec kSub("sub(pattern, repl, string, count=0, flags=0)", vm::ArgErrors::kPython);
  static const ArgSpec kSubn("subn(pattern, repl, string, count=0, flags=0)",
                             vm::ArgErrors::kPython);
  Value out[5];
  if (!vm::ParseArgs(vm, kWithCount ? kSubn : kSub, args, out)) return Value::Null();
  Value held;
  RootScope roots(vm);
  roots.Add(&held);
  PatternObject* p = ModulePattern(vm, module, out[0], out[4], &held);
  if (p == nullptr) return Value::Null();
  int64_t n = 0;
  Value result = DoSub(vm, p, out[1], out[2], out[3], &n);
  return SubResult(vm, result, n, kWithCount);
}

Value ReSplit(Interp& vm, Value module, CallArgs args) {
  static const ArgSpec kSpec("split(pattern, string, maxsplit=0, flags=0)", vm::ArgErrors::kPython);
  Value out[4];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value held;
  RootScope roots(vm);
  roots.Add(&held);
  PatternObject* p = ModulePattern(vm, module, out[0], out[3], &held);
  if (p == nullptr) return Value::Null();
  return DoSplit(vm, p, out[1], out[2]);
}

Value ReCompile(Interp& vm, Value module, CallArgs args) {
  static const ArgSpec kSpec("compile(pattern, flags=0)", vm::ArgErrors::kPython);
  Value out[2];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  return Compile(vm, out[0], out[1], module);
}

constexpr std::string_view kEscapedChars = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";

// re.escape of a bytes-like pattern: plain byte escaping that needs no
// bytes-pattern support, so it is allowed. CPython decodes as Latin-1,
// escapes and encodes back, so the result is always bytes, and anything
// else fails in that decoding.
Value EscapeBytes(Interp& vm, Value pattern) {
  std::string_view data;
  if (!vm::BytesLikeView(pattern, &data)) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "decoding to str: need a bytes-like object, %s found",
                          std::string(vm::TypeName(pattern)));
  }
  if (!vm.ChargeBytes(data.size())) return Value::Null();
  size_t specials = 0;
  for (char c : data) specials += kEscapedChars.find(c) != std::string_view::npos;
  vm::BytesObject* out = vm::NewBytesUninit(vm, data.size() + specials);
  if (out == nullptr) return Value::Null();
  size_t k = 0;
  for (char c : data) {
    if (kEscapedChars.find(c) != std::string_view::npos) out->data[k++] = '\\';
    out->data[k++] = c;
  }
  return Value::FromObject(out);
}

// re.escape: a backslash before every character of Lib/re/__init__.py's
// _special_chars_map (kEscapedChars).
Value ReEscape(Interp& vm, Value, CallArgs args) {
  static const ArgSpec kSpec("escape(pattern)", vm::ArgErrors::kPython);
  Value out[1];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  if (!vm::IsStr(out[0])) return EscapeBytes(vm, out[0]);
  auto* s = As<StrObject>(out[0]);
  if (!vm::ChargeTextPass(vm, s)) return Value::Null();
  constexpr std::string_view kSpecial = kEscapedChars;
  vm::StrWriter writer(vm);
  std::string_view text = s->view();
  size_t run = 0;
  for (size_t b = 0; b < text.size(); ++b) {
    if (kSpecial.find(text[b]) == std::string_view::npos) continue;
    std::string_view piece = text.substr(run, b - run);
    size_t n = 0;
    bool ascii = true;
    vm::CountUtf8(piece, &n, &ascii);
    if (!writer.Append(piece, n, ascii)) return Value::Null();
    char escaped[2] = {'\\', text[b]};
    if (!writer.AppendAscii(std::string_view(escaped, 2))) return Value::Null();
    run = b + 1;
  }
  std::string_view piece = text.substr(run);
  size_t n = 0;
  bool ascii = true;
  vm::CountUtf8(piece, &n, &ascii);
  if (!writer.Append(piece, n, ascii)) return Value::Null();
  return writer.FinishValue();
}

Value RePurge(Interp& vm, Value module, CallArgs args) {
  // CPython's purge() is a Python function of no parameters.
  static const ArgSpec kSpec("purge()", vm::ArgErrors::kPython);
  if (!vm::ParseArgs(vm, kSpec, args, nullptr)) return Value::Null();
  if (vm::HasType(module, &vm::kModuleType)) {
    Value c = vm::DictGetStr(vm, As<vm::ModuleObject>(module)->dict, vm.Intern("_cache"));
    if (c.is_null() && vm.HasException()) return Value::Null();
    if (vm::HasType(c, &vm::kDictType)) vm::DictClear(vm, As<DictObject>(c));
  }
  return Value::None();
}

const vm::MethodDef kReFunctions[] = {
    {"compile", ReCompile},
    {"escape", ReEscape},
    {"findall", ReFindallFunction<false>},
    {"finditer", ReFindallFunction<true>},
    {"fullmatch", ReMatchFunction<Mode::kFullMatch>},
    {"match", ReMatchFunction<Mode::kMatch>},
    {"purge", RePurge},
    {"search", ReMatchFunction<Mode::kSearch>},
    {"split", ReSplit},
    {"sub", ReSubFunction<false>},
    {"subn", ReSubFunction<true>},
};

// Pattern's pattern, flags and groups and Match's pos, endpos, string and re
// are READONLY members in CPython (PyMemberDef), refused as "readonly
// attribute"; the other getters (groupindex, lastindex...) are getsets
// without a setter: "not writable".
template <const char* const* kMembers>
int ReadonlyMembersSetAttr(Interp& vm, Value self, StrObject* name, Value) {
  for (const char* const* m = kMembers; *m != nullptr; ++m) {
    if (name->view() == *m) {
      vm.Raise(&vm::kAttributeErrorType, "readonly attribute");
      return -1;
    }
  }
  return vm::RefuseSetAttr(vm, self, name);
}
constexpr const char* kPatternMembers[] = {"pattern", "flags", "groups", nullptr};
constexpr const char* kMatchMembers[] = {"pos", "endpos", "string", "re", nullptr};

void InitReTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    vm::InitStaticType(&kPatternType, "re.Pattern", &vm::kObjectType, vm::kTypeGeneric);
    kPatternType.methods = kPatternMethods;
    kPatternType.trace = PatternTrace;
    kPatternType.finalize = PatternFinalize;
    kPatternType.repr = PatternRepr;
    kPatternType.hash = PatternHash;
    kPatternType.richcompare = PatternRichCompare;
    kPatternType.setattr = ReadonlyMembersSetAttr<kPatternMembers>;

    // Not subclassable, and not callable: "cannot create '_sre.SRE_Scanner'
    // instances", as CPython's.
    vm::InitStaticType(&kScannerType, "_sre.SRE_Scanner", &vm::kObjectType, 0);
    kScannerType.methods = kScannerMethods;
    kScannerType.trace = ScannerTrace;
    kScannerType.hash = vm::IdentityHash;
    kScannerType.setattr = ScannerSetAttr;

    vm::InitStaticType(&kMatchType, "re.Match", &vm::kObjectType, vm::kTypeGeneric);
    kMatchType.methods = kMatchMethods;
    kMatchType.trace = MatchTrace;
    kMatchType.finalize = MatchFinalize;
    kMatchType.repr = MatchRepr;
    kMatchType.hash = vm::IdentityHash;
    kMatchType.getitem = MatchGetItem;
    kMatchType.setattr = ReadonlyMembersSetAttr<kMatchMembers>;

    // re.error derives from Exception (Lib/re/_constants.py) and shares its
    // layout; msg, pattern, pos, lineno and colno live in the instance dict.
    vm::InitStaticType(&kReErrorType, "re.error", &vm::kExceptionType,
                       vm::kTypeBaseType | vm::kTypeException);
    kReErrorType.construct = ReErrorConstruct;
    kReErrorType.basic_size = vm::kExceptionType.basic_size;
    kReErrorType.new_instance = vm::kExceptionType.new_instance;
    kReErrorType.init = ReErrorInit;
    kReErrorType.trace = vm::kExceptionType.trace;
    kReErrorType.finalize = vm::kExceptionType.finalize;
  });
}

}  // namespace

bool InitReModule(Interp& vm, vm::ModuleObject* module) {
  InitReTypes();
  for (const vm::MethodDef& def : kReFunctions) {
    if (!vm::ModuleAddFunction(vm, module, &def)) return false;
  }
  static constexpr struct {
    const char* name;
    int value;
  } kConstants[] = {
      {"A", rx::kFlagAscii},        {"ASCII", rx::kFlagAscii},
      {"DEBUG", rx::kFlagDebug},    {"I", rx::kFlagIgnoreCase},
      {"IGNORECASE", rx::kFlagIgnoreCase}, {"L", rx::kFlagLocale},
      {"LOCALE", rx::kFlagLocale},  {"M", rx::kFlagMultiline},
      {"MULTILINE", rx::kFlagMultiline}, {"NOFLAG", 0},
      {"S", rx::kFlagDotAll},       {"DOTALL", rx::kFlagDotAll},
      {"T", rx::kFlagTemplate},     {"TEMPLATE", rx::kFlagTemplate},
      {"U", rx::kFlagUnicode},      {"UNICODE", rx::kFlagUnicode},
      {"X", rx::kFlagVerbose},      {"VERBOSE", rx::kFlagVerbose},
  };
  for (const auto& c : kConstants) {
    if (!vm::ModuleAddValue(vm, module, c.name, Value::SmallInt(c.value))) return false;
  }
  DictObject* cache = vm::NewDict(vm);
  if (cache == nullptr) return false;
  // CPython's re is a package (Lib/re/), whose submodules moat does not have.
  Value package = vm::NewStrValue(vm, "re");
  if (package.is_null()) return false;
  return vm::ModuleAddValue(vm, module, "__package__", package) &&
         vm::ModuleAddValue(vm, module, "_cache", Value::FromObject(cache)) &&
         vm::ModuleAddValue(vm, module, "Pattern", Value::FromObject(&kPatternType)) &&
         vm::ModuleAddValue(vm, module, "Match", Value::FromObject(&kMatchType)) &&
         vm::ModuleAddValue(vm, module, "error", Value::FromObject(&kReErrorType)) &&
         InitFrozenModule(vm, module);  // py/re.py: RegexFlag over the plain flags above
}

}  // namespace moat::stdlib
