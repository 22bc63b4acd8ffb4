// datetime's native helper (see datetime_module.h).
#include "stdlib_safe/datetime_module.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "stdlib_safe/builtins.h"
#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/base_types.h"
#include "vm/objects/descriptor.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// Marks a function of the stand-in's namespace (plain, or inside a
// classmethod, staticmethod or property) as a C method
// (kCodeFlagCTypeMethod). Only the module's own functions: the flag is on
// the code, which a decorator of another module (reprlib's recursive_repr)
// shares with the wrappers it makes for anyone.
//
// A plain function of the namespace `owner` (not wrapped, not one of the
// names CPython calls without an instance) is also one of the C type's
// method descriptors or slot wrappers, which check their first argument's
// type (vm::MarkCTypeSelf).
void MarkCTypeMethod(Value v, const vm::DictObject* module_globals,
                     vm::TypeObject* owner = nullptr) {
  if (vm::HasType(v, &vm::kClassMethodType) || vm::HasType(v, &vm::kStaticMethodType)) {
    v = vm::As<vm::FunctionWrapperObject>(v)->callable;
    owner = nullptr;
  }
  if (vm::HasType(v, &vm::kPropertyType)) {
    auto* p = vm::As<vm::PropertyObject>(v);
    for (Value f : {p->fget, p->fset, p->fdel}) MarkCTypeMethod(f, module_globals);
    return;
  }
  if (!vm::HasType(v, &vm::kFunctionType) && !vm::HasType(v, &vm::kBuiltinStandInType)) return;
  vm::FunctionObject* f = vm::As<vm::FunctionObject>(v);
  if (f->globals == module_globals && f->code->origin == vm::CodeOrigin::kMoatModule) {
    f->code->flags |= vm::kCodeFlagCTypeMethod;
    if (owner != nullptr && vm::HasType(v, &vm::kFunctionType)) vm::MarkCTypeSelf(f, owner);
  }
}

// Whether CPython calls a C type's `name` without an instance first:
// `__new__` (a static method), `__init_subclass__` and
// `__class_getitem__` (class methods).
bool CalledWithoutInstance(Value name) {
  if (!vm::IsStr(name)) return true;
  std::string_view n = vm::As<vm::StrObject>(name)->view();
  return n == "__new__" || n == "__init_subclass__" || n == "__class_getitem__";
}

// _set_type_name(cls, name, mutable=False, /, *, final=False):
// makes `name` the type name of user class `cls` in messages, marks it as
// the stand-in for that C type, and removes its `__slots__` name. Unless
// `mutable` is true (the few C types CPython makes as heap types:
// time.struct_time), the class becomes immutable when the module's body
// ends (kTypeImmutableStandIn). `final`: the C type is no acceptable base
// (kTypeFinalStandIn). The class's private names (`_int`, `_fix`) are from
// now on found only by the calling module's code (ClassObject::
// private_scope, the caller's globals), and its methods become C methods:
// their isinstance checks real types and their attributes are read-only
// (kCodeFlagCTypeMethod). The interned string
// lives as long as the interpreter, so the class may keep pointing into it.
// Other arguments are ignored. Returns None; raises only for wrong
// arguments or MemoryError.
Value SetTypeName(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec(
      "_set_type_name(cls, name, mutable=False, /, *, final=False)");
  Value argv[4];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsType(argv[0]) || !vm::IsStr(argv[1])) return Value::None();
  vm::TypeObject* cls = vm::As<vm::TypeObject>(argv[0]);
  if (!vm::IsUserClass(cls)) return Value::None();
  vm::StrObject* name = vm.Intern(vm::As<vm::StrObject>(argv[1])->view());
  if (name == nullptr) return Value::Null();
  cls->name = name->data;
  cls->type_flags |= vm::kTypeCTypeStandIn;
  if (argv[2].is_null() || !argv[2].is_true()) cls->type_flags |= vm::kTypeImmutableStandIn;
  if (!argv[3].is_null() && argv[3].is_true()) cls->type_flags |= vm::kTypeFinalStandIn;
  vm::ClassObject* c = vm::As<vm::ClassObject>(argv[0]);
  // Its methods' code, pinned by the loader and so never traced, names it
  // as their CodeObject::ctype_owner: it must outlive them, and code lives
  // as long as the interpreter.
  vm.AddWorldRoot(cls);
  const vm::Frame* frame = vm.current_frame();
  if (frame != nullptr) c->private_scope = frame->globals;
  size_t pos = 0;
  Value key, value;
  while (frame != nullptr && vm::DictNext(c->dict, &pos, &key, &value)) {
    MarkCTypeMethod(value, frame->globals, CalledWithoutInstance(key) ? nullptr : cls);
  }
  // A C type's fixed layout is the stand-in's __slots__ (so its instances
  // have no __dict__, as CPython's), but a C type has no `__slots__` name.
  vm::StrObject* slots = vm.Intern("__slots__");
  if (!vm::DictGetStr(vm, c->dict, slots).is_null() &&
      vm::SetAttr(vm, argv[0], slots, Value::Null()) < 0) {
    return Value::Null();
  }
  return Value::None();
}

const vm::MethodDef kSetTypeNameDef = {"_set_type_name", SetTypeName};

}  // namespace

bool AddSetTypeName(Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kSetTypeNameDef);
}

bool InitFrozenModuleWithTypeNames(Interp& vm, vm::ModuleObject* module) {
  return AddSetTypeName(vm, module) && InitFrozenModule(vm, module);
}

bool InitFrozenCModuleWith(Interp& vm, vm::ModuleObject* module,
                           std::initializer_list<const vm::MethodDef*> helpers) {
  vm::DictObject* globals = vm::DictCopy(vm, module->dict);
  if (globals == nullptr) return false;
  module->private_globals = globals;  // rooted by the module from here
  vm::BuiltinFunctionObject* check =
      vm::NewBuiltinFunction(vm, &kTypeCheckIsinstanceDef, Value::Null(), nullptr);
  vm::BuiltinFunctionObject* name_types =
      check == nullptr ? nullptr
                       : vm::NewBuiltinFunction(vm, &kSetTypeNameDef,
                                                Value::FromObject(module), nullptr);
  if (name_types == nullptr ||
      vm::DictSetStr(vm, globals, "isinstance", Value::FromObject(check)) != 0 ||
      vm::DictSetStr(vm, globals, kSetTypeNameDef.name, Value::FromObject(name_types)) != 0) {
    return false;
  }
  for (const vm::MethodDef* def : helpers) {
    vm::BuiltinFunctionObject* f =
        vm::NewBuiltinFunction(vm, def, Value::FromObject(module), nullptr);
    if (f == nullptr || vm::DictSetStr(vm, globals, def->name, Value::FromObject(f)) != 0) {
      return false;
    }
  }
  if (!InitFrozenModuleIn(vm, module, globals)) return false;
  // What the module shows: its dunders and the names of its __all__ (the
  // C module's names, atexit's `_run_exitfuncs` too), else every name
  // without a leading underscore.
  vm::StrObject* all_name = vm.Intern("__all__");
  // Held by `globals`, which the module roots; nothing below runs Python.
  Value all = vm::DictGetStr(vm, globals, all_name);
  size_t pos = 0;
  Value key, value;
  while (vm::DictNext(globals, &pos, &key, &value)) {
    if (!vm::IsStr(key)) continue;
    vm::StrObject* k = vm::As<vm::StrObject>(key);
    std::string_view n = k->view();
    bool dunder = n.size() > 4 && n.starts_with("__") && n.ends_with("__");
    bool shown = dunder;
    if (!dunder && all.is_null()) {
      shown = !n.starts_with("_");
    } else if (!dunder) {
      int r = vm::Contains(vm, all, key);
      if (r < 0) return false;
      shown = r == 1;
    }
    if (shown && vm::DictSet(vm, module->dict, key, value) < 0) return false;
  }
  return true;
}

bool InitFrozenCModule(Interp& vm, vm::ModuleObject* module) {
  return InitFrozenCModuleWith(vm, module, {});
}

}  // namespace moat::stdlib

// ---- datetime's native core ---------------------------------------------
//
// The operations date loops use, over the fields the stand-in's classes
// keep in their __slots__ (read and written through the classes' member
// descriptors, so this file knows names, not offsets). Each one handles
// only the common case: the module's own classes exactly (no subclass,
// whose constructor or methods may be the user's), small-int fields,
// arguments in range. Anything else returns None, and the Python method
// that called it goes on with its own code, which has every check and
// message; so a native answers only where the Python code would have
// answered the same, and never raises but MemoryError.

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// The core tuple every native below is bound to: the classes, then the
// member descriptors of their fields, in this order.
enum CoreItem : int {
  kDateCls, kDateTimeCls, kTimeCls, kTimedeltaCls, kTzinfoCls,
  kYear, kMonth, kDay, kDateHash,                          // date's __slots__
  kHour, kMinute, kSecond, kMicrosecond, kTzinfo, kFold,  // datetime's
  kDays, kSeconds, kMicroseconds, kDeltaHash,              // timedelta's
  kCoreSize
};

constexpr int64_t kMaxOrdinal = 3652059;  // date.max.toordinal()
constexpr int64_t kMaxDeltaDays = 999999999;
constexpr int64_t kUsPerSecond = 1000000;
constexpr int64_t kUsPerDay = 86400 * kUsPerSecond;
constexpr int kDaysBeforeMonth[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
constexpr int kDaysInMonth[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

bool IsLeap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

int64_t DaysInMonth(int64_t y, int64_t m) {
  return m == 2 && IsLeap(y) ? 29 : kDaysInMonth[m];
}

// Ordinal 1 is 0001-01-01; years 1..9999, months 1..12.
int64_t YmdToOrd(int64_t y, int64_t m, int64_t d) {
  int64_t p = y - 1;
  return p * 365 + p / 4 - p / 100 + p / 400 + kDaysBeforeMonth[m] + (m > 2 && IsLeap(y)) + d;
}

// The inverse, for 1 <= n <= kMaxOrdinal: the 400-, 100-, 4- and 1-year
// cycles of ord2ymd in CPython's Modules/_datetimemodule.c.
void OrdToYmd(int64_t n, int64_t* y, int64_t* m, int64_t* d) {
  n -= 1;
  int64_t n400 = n / 146097;
  n %= 146097;
  int64_t n100 = n / 36524;
  n %= 36524;
  int64_t n4 = n / 1461;
  n %= 1461;
  int64_t n1 = n / 365;
  n %= 365;
  *y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
  if (n1 == 4 || n100 == 4) {
    *y -= 1;
    *m = 12;
    *d = 31;
    return;
  }
  bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
  int64_t month = (n + 50) >> 5;
  int64_t before = kDaysBeforeMonth[month] + (month > 2 && leap);
  if (before > n) {
    month -= 1;
    before = kDaysBeforeMonth[month] + (month > 2 && leap);
  }
  *m = month;
  *d = n - before + 1;
}

int64_t FloorDiv(__int128 a, int64_t b, __int128* rem) {
  if (a >= INT64_MIN && a <= INT64_MAX) {
    // Every datetime's microseconds fit 64 bits, whose division is an
    // instruction (the 128-bit one is a library call). b > 0 here.
    int64_t x = static_cast<int64_t>(a);
    int64_t q = x / b;
    int64_t r = x % b;
    if (r != 0 && (r < 0) != (b < 0)) {
      q -= 1;
      r += b;
    }
    *rem = r;
    return q;
  }
  __int128 q = a / b;
  __int128 r = a % b;
  if (r != 0 && (r < 0) != (b < 0)) {
    q -= 1;
    r += b;
  }
  *rem = r;
  return static_cast<int64_t>(q);
}

const Value* Core(Value self) { return vm::As<vm::TupleObject>(self)->items; }

bool IsExactly(Value v, const Value* core, int cls) {
  return v.is_object() && Value::FromObject(vm::TypeOf(v)) == core[cls];
}

// vm::MemberField, inline: the natives read several fields per call.
Value& Field(const Value* core, int item, Value obj) {
  auto* m = vm::As<vm::MemberDescriptorObject>(core[item]);
  return *reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.object()) + m->offset);
}

// The small-int fields `items` of `obj` into `out`; false if one is not
// (an instance object.__new__ made and nobody filled).
bool ReadFields(const Value* core, Value obj, std::initializer_list<int> items, int64_t* out) {
  for (int item : items) {
    Value v = Field(core, item, obj);
    if (!v.is_small_int()) return false;
    *out++ = v.small_int();
  }
  return true;
}

// A new instance of the class core[cls] with its fields `items` set to
// `values` and its cached hash unset; Null with MemoryError pending.
Value NewWithFields(Interp& vm, const Value* core, int cls, std::initializer_list<int> items,
                    std::initializer_list<Value> values) {
  vm::Object* o = vm::NewInstance<vm::Object>(vm, vm::As<vm::TypeObject>(core[cls]));
  if (o == nullptr) return Value::Null();
  Value obj = Value::FromObject(o);
  const Value* v = values.begin();
  for (int item : items) Field(core, item, obj) = *v++;
  Field(core, cls == kTimedeltaCls ? kDeltaHash : kDateHash, obj) = Value::SmallInt(-1);
  return obj;
}

Value NewDate(Interp& vm, const Value* core, int64_t y, int64_t m, int64_t d) {
  return NewWithFields(vm, core, kDateCls, {kYear, kMonth, kDay},
                       {Value::SmallInt(y), Value::SmallInt(m), Value::SmallInt(d)});
}

// A datetime (or date, for cls kDateCls) at `us` microseconds after
// 0001-01-01T00:00; None when out of range (Python raises the error).
Value DateTimeFromUs(Interp& vm, const Value* core, __int128 us, Value tz) {
  __int128 rest;
  int64_t n = FloorDiv(us, kUsPerDay, &rest) + 1;
  if (n < 1 || n > kMaxOrdinal) return Value::None();
  int64_t y, m, d;
  OrdToYmd(n, &y, &m, &d);
  int64_t r = static_cast<int64_t>(rest);
  int64_t secs = r / kUsPerSecond;
  return NewWithFields(
      vm, core, kDateTimeCls,
      {kYear, kMonth, kDay, kHour, kMinute, kSecond, kMicrosecond, kTzinfo, kFold},
      {Value::SmallInt(y), Value::SmallInt(m), Value::SmallInt(d), Value::SmallInt(secs / 3600),
       Value::SmallInt(secs / 60 % 60), Value::SmallInt(secs % 60),
       Value::SmallInt(r % kUsPerSecond), tz, Value::SmallInt(0)});
}

// A timedelta of `us` microseconds; None past timedelta's range.
Value DeltaFromUs(Interp& vm, const Value* core, __int128 us) {
  __int128 rest;
  int64_t days = FloorDiv(us, kUsPerDay, &rest);
  if (days < -kMaxDeltaDays || days > kMaxDeltaDays) return Value::None();
  int64_t r = static_cast<int64_t>(rest);
  return NewWithFields(vm, core, kTimedeltaCls, {kDays, kSeconds, kMicroseconds},
                       {Value::SmallInt(days), Value::SmallInt(r / kUsPerSecond),
                        Value::SmallInt(r % kUsPerSecond)});
}

// The microseconds of a timedelta or of a datetime since 0001-01-01T00:00.
bool DeltaUs(const Value* core, Value td, __int128* us) {
  int64_t f[3];
  if (!ReadFields(core, td, {kDays, kSeconds, kMicroseconds}, f)) return false;
  *us = (static_cast<__int128>(f[0]) * 86400 + f[1]) * kUsPerSecond + f[2];
  return true;
}

bool DateTimeUs(const Value* core, Value dt, __int128* us) {
  int64_t f[7];
  if (!ReadFields(core, dt, {kYear, kMonth, kDay, kHour, kMinute, kSecond, kMicrosecond}, f) ||
      f[0] < 1 || f[0] > 9999 || f[1] < 1 || f[1] > 12) {
    return false;
  }
  int64_t days = YmdToOrd(f[0], f[1], f[2]) - 1;
  *us = (static_cast<__int128>(days) * 86400 + f[3] * 3600 + f[4] * 60 + f[5]) * kUsPerSecond +
        f[6];
  return true;
}

bool DateOrd(const Value* core, Value d, int64_t* n) {
  int64_t f[3];
  if (!ReadFields(core, d, {kYear, kMonth, kDay}, f) || f[0] < 1 || f[0] > 9999 || f[1] < 1 ||
      f[1] > 12) {
    return false;
  }
  *n = YmdToOrd(f[0], f[1], f[2]);
  return true;
}

// The fields of a date (`is_date`) or of a naive datetime into f[0..7)
// (a date's time fields 0): false unless each is a small int in range.
// The caller has checked the object's class.
bool NaiveFieldsInRange(const Value* core, Value obj, bool is_date, int64_t* f) {
  for (int i = 3; i < 7; ++i) f[i] = 0;
  if (!ReadFields(core, obj, {kYear, kMonth, kDay}, f) ||
      (!is_date && !ReadFields(core, obj, {kHour, kMinute, kSecond, kMicrosecond}, f + 3))) {
    return false;
  }
  static constexpr int64_t kLimit[7] = {9999, 12, 31, 23, 59, 59, 999999};
  for (int i = 0; i < 7; ++i) {
    if (f[i] < (i < 3 ? 1 : 0) || f[i] > kLimit[i]) return false;
  }
  return true;
}

Value FromCompare(int op, __int128 a, __int128 b) {
  switch (op) {
    case 0: return Value::Bool(a == b);
    case 1: return Value::Bool(a != b);
    case 2: return Value::Bool(a < b);
    case 3: return Value::Bool(a <= b);
    case 4: return Value::Bool(a > b);
    default: return Value::Bool(a >= b);
  }
}

// ---- the natives: fn(core, args) ----

// _fast_date_add(self, other): date + timedelta.
Value DateAdd(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  if (args.nargs != 2 || !IsExactly(args.args[0], core, kDateCls) ||
      !IsExactly(args.args[1], core, kTimedeltaCls)) {
    return Value::None();
  }
  int64_t n;
  Value days = Field(core, kDays, args.args[1]);
  if (!DateOrd(core, args.args[0], &n) || !days.is_small_int()) return Value::None();
  n += days.small_int();
  if (n < 1 || n > kMaxOrdinal) return Value::None();
  int64_t y, m, d;
  OrdToYmd(n, &y, &m, &d);
  return NewDate(vm, core, y, m, d);
}

// _fast_date_sub(self, other): date - timedelta, date - date.
Value DateSub(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  if (args.nargs != 2 || !IsExactly(args.args[0], core, kDateCls)) return Value::None();
  int64_t n;
  if (!DateOrd(core, args.args[0], &n)) return Value::None();
  Value other = args.args[1];
  if (IsExactly(other, core, kTimedeltaCls)) {
    Value days = Field(core, kDays, other);
    if (!days.is_small_int()) return Value::None();
    n -= days.small_int();
    if (n < 1 || n > kMaxOrdinal) return Value::None();
    int64_t y, m, d;
    OrdToYmd(n, &y, &m, &d);
    return NewDate(vm, core, y, m, d);
  }
  int64_t k;
  if (!IsExactly(other, core, kDateCls) || !DateOrd(core, other, &k)) return Value::None();
  return DeltaFromUs(vm, core, static_cast<__int128>(n - k) * kUsPerDay);
}

// datetime `dt` plus `sign` (1 or -1) times timedelta `td`, when dt's
// fields are a valid date and time and td is normalised (as every instance
// the module makes): the time of day moves, and the date by the days that
// carry, within its month or else through the ordinal; the same fields as
// DateTimeFromUs's round trip through microseconds, for less. *out is None
// past the range (as DateTimeFromUs's). False, with nothing done, for
// anything else.
bool ShiftDateTime(Interp& vm, const Value* core, Value dt, Value td, int sign, Value* out) {
  int64_t f[7], t[3];
  if (!ReadFields(core, dt, {kYear, kMonth, kDay, kHour, kMinute, kSecond, kMicrosecond}, f) ||
      !ReadFields(core, td, {kDays, kSeconds, kMicroseconds}, t) || f[0] < 1 || f[0] > 9999 ||
      f[1] < 1 || f[1] > 12 || f[2] < 1 || f[2] > DaysInMonth(f[0], f[1]) || f[3] < 0 ||
      f[3] > 23 || f[4] < 0 || f[4] > 59 || f[5] < 0 || f[5] > 59 || f[6] < 0 ||
      f[6] >= kUsPerSecond || t[0] < -kMaxDeltaDays || t[0] > kMaxDeltaDays || t[1] < 0 ||
      t[1] >= 86400 || t[2] < 0 || t[2] >= kUsPerSecond) {
    return false;
  }
  int64_t of_day = ((f[3] * 60 + f[4]) * 60 + f[5]) * kUsPerSecond + f[6] +
                   sign * (t[1] * kUsPerSecond + t[2]);
  int64_t days = sign * t[0];
  if (of_day >= kUsPerDay) {
    of_day -= kUsPerDay;
    days += 1;
  } else if (of_day < 0) {
    of_day += kUsPerDay;
    days -= 1;
  }
  int64_t y = f[0], m = f[1], d = f[2] + days;
  if (d < 1 || d > DaysInMonth(y, m)) {
    int64_t n = YmdToOrd(f[0], f[1], f[2]) + days;
    if (n < 1 || n > kMaxOrdinal) {
      *out = Value::None();
      return true;
    }
    OrdToYmd(n, &y, &m, &d);
  }
  int64_t secs = of_day / kUsPerSecond;
  *out = NewWithFields(
      vm, core, kDateTimeCls,
      {kYear, kMonth, kDay, kHour, kMinute, kSecond, kMicrosecond, kTzinfo, kFold},
      {Value::SmallInt(y), Value::SmallInt(m), Value::SmallInt(d), Value::SmallInt(secs / 3600),
       Value::SmallInt(secs / 60 % 60), Value::SmallInt(secs % 60),
       Value::SmallInt(of_day % kUsPerSecond), Field(core, kTzinfo, dt), Value::SmallInt(0)});
  return true;
}

// _fast_datetime_add(self, other): datetime + timedelta.
Value DateTimeAdd(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  __int128 a, b;
  if (args.nargs != 2 || !IsExactly(args.args[0], core, kDateTimeCls) ||
      !IsExactly(args.args[1], core, kTimedeltaCls)) {
    return Value::None();
  }
  Value shifted;
  if (ShiftDateTime(vm, core, args.args[0], args.args[1], 1, &shifted)) return shifted;
  if (!DateTimeUs(core, args.args[0], &a) || !DeltaUs(core, args.args[1], &b)) {
    return Value::None();
  }
  return DateTimeFromUs(vm, core, a + b, Field(core, kTzinfo, args.args[0]));
}

// _fast_datetime_sub(self, other): datetime - timedelta, and datetime -
// datetime of the same tzinfo object (no utcoffset() to call).
Value DateTimeSub(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  __int128 a, b;
  if (args.nargs != 2 || !IsExactly(args.args[0], core, kDateTimeCls) ||
      !DateTimeUs(core, args.args[0], &a)) {
    return Value::None();
  }
  Value other = args.args[1];
  Value tz = Field(core, kTzinfo, args.args[0]);
  if (IsExactly(other, core, kTimedeltaCls)) {
    Value shifted;
    if (ShiftDateTime(vm, core, args.args[0], other, -1, &shifted)) return shifted;
    if (!DeltaUs(core, other, &b)) return Value::None();
    return DateTimeFromUs(vm, core, a - b, tz);
  }
  if (!IsExactly(other, core, kDateTimeCls) || Field(core, kTzinfo, other) != tz ||
      !DateTimeUs(core, other, &b)) {
    return Value::None();
  }
  return DeltaFromUs(vm, core, a - b);
}

// _fast_timedelta_add(self, other), _timedelta_sub(self, other).
Value DeltaAddSub(Interp& vm, Value self, CallArgs args, int sign) {
  const Value* core = Core(self);
  __int128 a, b;
  if (args.nargs != 2 || !IsExactly(args.args[0], core, kTimedeltaCls) ||
      !IsExactly(args.args[1], core, kTimedeltaCls) || !DeltaUs(core, args.args[0], &a) ||
      !DeltaUs(core, args.args[1], &b)) {
    return Value::None();
  }
  return DeltaFromUs(vm, core, a + sign * b);
}

Value DeltaAdd(Interp& vm, Value self, CallArgs args) { return DeltaAddSub(vm, self, args, 1); }
Value DeltaSub(Interp& vm, Value self, CallArgs args) { return DeltaAddSub(vm, self, args, -1); }

// _fast_date_compare(self, other, op): op 0..5 for ==, !=, <, <=, >, >=; date
// with date, and datetime with datetime of the same tzinfo object.
Value DateCompare(Interp&, Value self, CallArgs args) {
  const Value* core = Core(self);
  if (args.nargs != 3 || !args.args[2].is_small_int()) return Value::None();
  Value a = args.args[0], b = args.args[1];
  int op = static_cast<int>(args.args[2].small_int());
  if (IsExactly(a, core, kDateCls) && IsExactly(b, core, kDateCls)) {
    int64_t x, y;
    if (!DateOrd(core, a, &x) || !DateOrd(core, b, &y)) return Value::None();
    return FromCompare(op, x, y);
  }
  if (IsExactly(a, core, kDateTimeCls) && IsExactly(b, core, kDateTimeCls) &&
      Field(core, kTzinfo, a) == Field(core, kTzinfo, b)) {
    __int128 x, y;
    if (!DateTimeUs(core, a, &x) || !DateTimeUs(core, b, &y)) return Value::None();
    return FromCompare(op, x, y);
  }
  return Value::None();
}

// _fast_timedelta_compare(self, other, op).
Value DeltaCompare(Interp&, Value self, CallArgs args) {
  const Value* core = Core(self);
  __int128 x, y;
  if (args.nargs != 3 || !args.args[2].is_small_int() ||
      !IsExactly(args.args[0], core, kTimedeltaCls) ||
      !IsExactly(args.args[1], core, kTimedeltaCls) || !DeltaUs(core, args.args[0], &x) ||
      !DeltaUs(core, args.args[1], &y)) {
    return Value::None();
  }
  return FromCompare(static_cast<int>(args.args[2].small_int()), x, y);
}

// _fast_date_ordinal(self): toordinal() of a date or datetime (of any class:
// the fields are the same slots).
Value DateOrdinal(Interp&, Value self, CallArgs args) {
  const Value* core = Core(self);
  int64_t n;
  if (args.nargs != 1 || !args.args[0].is_object() ||
      !vm::IsSubtype(vm::TypeOf(args.args[0]), vm::As<vm::TypeObject>(core[kDateCls])) ||
      !DateOrd(core, args.args[0], &n)) {
    return Value::None();
  }
  return Value::SmallInt(n);
}

// _fast_hash(self, of_datetime): date.__hash__ of a date (of_datetime
// false) or datetime.__hash__ of a naive datetime (true), as the Python
// code's: the bytes hash of the fields' CPython pickle bytes (year high and
// low byte, month, day[, hour, minute, second, microsecond's three bytes]),
// cached in the `_hashcode` slot. Most such hashes are past the small-int
// range: they are cached as int objects (as the Python code caches them),
// so a dict lookup of a date hashes its bytes once, not on every call.
// date.__hash__ of a datetime is left to the Python code: as CPython's, it
// hashes the date part into the cache the datetime's hash shares.
Value Hash(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  if (args.nargs != 2) return Value::None();
  Value obj = args.args[0];
  bool is_date = !args.args[1].is_true();
  if (is_date ? !IsExactly(obj, core, kDateCls)
              : !IsExactly(obj, core, kDateTimeCls) || !Field(core, kTzinfo, obj).is_none()) {
    return Value::None();
  }
  Value cached = Field(core, kDateHash, obj);
  if (cached.is_small_int() ? cached.small_int() != -1 : vm::IsBigInt(cached)) return cached;
  int64_t f[7];
  if (!NaiveFieldsInRange(core, obj, is_date, f)) return Value::None();
  char data[10] = {static_cast<char>(f[0] >> 8), static_cast<char>(f[0] & 255),
                   static_cast<char>(f[1]),      static_cast<char>(f[2]),
                   static_cast<char>(f[3]),      static_cast<char>(f[4]),
                   static_cast<char>(f[5]),      static_cast<char>(f[6] >> 16),
                   static_cast<char>((f[6] >> 8) & 255), static_cast<char>(f[6] & 255)};
  int64_t h = vm::HashBytes(vm.hash_seed(), std::string_view(data, is_date ? 4 : 10));
  // `obj` is the caller's argument, so it outlives the allocation.
  Value result = Value::FitsSmallInt(h) ? Value::SmallInt(h) : vm::IntFromInt64(vm, h);
  if (result.is_null()) return result;
  Field(core, kDateHash, obj) = result;
  return result;
}

// The values of a call's (args tuple, kwargs dict) by parameter `names`:
// false unless each one is given once, by an allowed name, and at most
// `maxpos` positionally.
bool BindArgs(Interp& vm, Value args_tuple, Value kwargs_dict,
              std::initializer_list<const char*> names, size_t maxpos, Value* out) {
  if (!vm::HasType(args_tuple, &vm::kTupleType) || !vm::HasType(kwargs_dict, &vm::kDictType)) {
    return false;
  }
  const vm::TupleObject* t = vm::As<vm::TupleObject>(args_tuple);
  if (t->size > maxpos) return false;
  const Value* items = t->items;
  for (size_t i = 0; i < t->size; ++i) out[i] = items[i];
  for (size_t i = t->size; i < names.size(); ++i) out[i] = Value::Null();
  size_t pos = 0;
  Value key, value;
  while (vm::DictNext(vm::As<vm::DictObject>(kwargs_dict), &pos, &key, &value)) {
    if (!vm::IsStr(key)) return false;
    std::string_view k = vm::As<vm::StrObject>(key)->view();
    size_t i = 0;
    for (const char* name : names) {
      if (k == name) break;
      ++i;
    }
    if (i == names.size() || !out[i].is_null()) return false;
    out[i] = value;
  }
  (void)vm;
  return true;
}

// _fast_date_new(cls, args, kwargs): date(year, month, day).
Value DateNew(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  Value v[3];
  if (args.nargs != 3 || args.args[0] != core[kDateCls] ||
      !BindArgs(vm, args.args[1], args.args[2], {"year", "month", "day"}, 3, v)) {
    return Value::None();
  }
  for (Value x : v) {
    if (!x.is_small_int()) return Value::None();
  }
  int64_t y = v[0].small_int(), m = v[1].small_int(), d = v[2].small_int();
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) {
    return Value::None();
  }
  return NewDate(vm, core, y, m, d);
}

// A datetime of the fields `f` (year...microsecond, -, fold) with those
// `v` gives (Null: not given) replaced, and tzinfo `v[7]` if given, else
// `tz`; None unless each is a small int in range and tzinfo is None or a
// tzinfo.
Value DateTimeChecked(Interp& vm, const Value* core, const Value* v, int64_t* f, Value tz) {
  for (int i : {0, 1, 2, 3, 4, 5, 6, 8}) {
    if (v[i].is_null()) continue;
    if (!v[i].is_small_int()) return Value::None();
    f[i] = v[i].small_int();
  }
  if (!v[7].is_null()) tz = v[7];
  if (!tz.is_none() &&
      !(tz.is_object() &&
        vm::IsSubtype(vm::TypeOf(tz), vm::As<vm::TypeObject>(core[kTzinfoCls])))) {
    return Value::None();
  }
  if (f[0] < 1 || f[0] > 9999 || f[1] < 1 || f[1] > 12 || f[2] < 1 ||
      f[2] > DaysInMonth(f[0], f[1]) || f[3] < 0 || f[3] > 23 || f[4] < 0 || f[4] > 59 ||
      f[5] < 0 || f[5] > 59 || f[6] < 0 || f[6] > 999999 || f[8] < 0 || f[8] > 1) {
    return Value::None();
  }
  return NewWithFields(
      vm, core, kDateTimeCls,
      {kYear, kMonth, kDay, kHour, kMinute, kSecond, kMicrosecond, kTzinfo, kFold},
      {Value::SmallInt(f[0]), Value::SmallInt(f[1]), Value::SmallInt(f[2]),
       Value::SmallInt(f[3]), Value::SmallInt(f[4]), Value::SmallInt(f[5]),
       Value::SmallInt(f[6]), tz, Value::SmallInt(f[8])});
}

// _fast_datetime_new(cls, args, kwargs): datetime(year, month, day, hour=0,
// minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0).
Value DateTimeNew(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  Value v[9];
  if (args.nargs != 3 || args.args[0] != core[kDateTimeCls] ||
      !BindArgs(vm, args.args[1], args.args[2],
                {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo",
                 "fold"},
                8, v)) {
    return Value::None();
  }
  int64_t f[9] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
  if (v[0].is_null() || v[1].is_null() || v[2].is_null()) return Value::None();
  return DateTimeChecked(vm, core, v, f, Value::None());
}

// _fast_timedelta_new(cls, args, kwargs): timedelta of int arguments.
Value DeltaNew(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  Value v[7];
  if (args.nargs != 3 || args.args[0] != core[kTimedeltaCls] ||
      !BindArgs(vm, args.args[1], args.args[2],
                {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"},
                7, v)) {
    return Value::None();
  }
  static constexpr int64_t kFactor[7] = {kUsPerDay, kUsPerSecond, 1, 1000,
                                         60 * kUsPerSecond, 3600 * kUsPerSecond, 7 * kUsPerDay};
  __int128 total = 0;
  for (int i = 0; i < 7; ++i) {
    if (v[i].is_null()) continue;
    if (!v[i].is_small_int()) return Value::None();
    // |value| < 2**62 and factor < 2**43: no product or sum of seven
    // overflows 127 bits.
    total += static_cast<__int128>(v[i].small_int()) * kFactor[i];
  }
  return DeltaFromUs(vm, core, total);
}

// _fast_fromordinal(cls, args, kwargs): date.fromordinal(n) for date and
// datetime.
Value FromOrdinal(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  if (args.nargs != 3 || !vm::HasType(args.args[1], &vm::kTupleType) ||
      !vm::HasType(args.args[2], &vm::kDictType) ||
      vm::As<vm::TupleObject>(args.args[1])->size != 1 ||
      vm::As<vm::DictObject>(args.args[2])->size != 0) {
    return Value::None();
  }
  Value n = vm::As<vm::TupleObject>(args.args[1])->items[0];
  if (!n.is_small_int() || n.small_int() < 1 || n.small_int() > kMaxOrdinal) return Value::None();
  int64_t y, m, d;
  OrdToYmd(n.small_int(), &y, &m, &d);
  if (args.args[0] == core[kDateCls]) return NewDate(vm, core, y, m, d);
  if (args.args[0] != core[kDateTimeCls]) return Value::None();
  return DateTimeFromUs(vm, core, static_cast<__int128>(n.small_int() - 1) * kUsPerDay,
                        Value::None());
}

// _fast_replace(self, args, kwargs): date.replace and datetime.replace of
// an instance of the class exactly.
Value Replace(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  if (args.nargs != 3) return Value::None();
  Value obj = args.args[0];
  Value v[9];
  int64_t f[9] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
  if (IsExactly(obj, core, kDateCls)) {
    if (!BindArgs(vm, args.args[1], args.args[2], {"year", "month", "day"}, 3, v) ||
        !ReadFields(core, obj, {kYear, kMonth, kDay}, f)) {
      return Value::None();
    }
    for (int i = 0; i < 3; ++i) {
      if (v[i].is_null()) continue;
      if (!v[i].is_small_int()) return Value::None();
      f[i] = v[i].small_int();
    }
    if (f[0] < 1 || f[0] > 9999 || f[1] < 1 || f[1] > 12 || f[2] < 1 ||
        f[2] > DaysInMonth(f[0], f[1])) {
      return Value::None();
    }
    return NewDate(vm, core, f[0], f[1], f[2]);
  }
  if (!IsExactly(obj, core, kDateTimeCls) ||
      !BindArgs(vm, args.args[1], args.args[2],
                {"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo",
                 "fold"},
                8, v) ||
      !ReadFields(core, obj, {kYear, kMonth, kDay, kHour, kMinute, kSecond, kMicrosecond}, f) ||
      !ReadFields(core, obj, {kFold}, f + 8)) {
    return Value::None();
  }
  return DateTimeChecked(vm, core, v, f, Field(core, kTzinfo, obj));
}

// Appends `v` (0 <= v < 10**width) in `width` digits, zero-padded.
void AppendDigits(std::string* out, int64_t v, int width) {
  size_t end = out->size() + width;
  out->resize(end);
  for (size_t i = end; i-- > end - width; v /= 10) (*out)[i] = static_cast<char>('0' + v % 10);
}

// _fast_isoformat(self, sep): str() and isoformat() without arguments of
// a date, or of a naive datetime with the one-character `sep` between
// date and time. An empty `sep` asks for the date part alone, of a date
// or a datetime: date.isoformat(some_datetime).
Value IsoFormat(Interp& vm, Value self, CallArgs args) {
  const Value* core = Core(self);
  if (args.nargs != 2 || !vm::IsStr(args.args[1])) return Value::None();
  Value obj = args.args[0];
  size_t sep_length = vm::As<vm::StrObject>(args.args[1])->length;
  bool is_date = IsExactly(obj, core, kDateCls);
  int64_t f[7];
  if (!is_date && IsExactly(obj, core, kDateTimeCls) && sep_length == 0) {
    is_date = true;
  } else if (!is_date && (!IsExactly(obj, core, kDateTimeCls) ||
                          !Field(core, kTzinfo, obj).is_none() || sep_length != 1)) {
    return Value::None();
  }
  if (!NaiveFieldsInRange(core, obj, is_date, f)) return Value::None();
  std::string out;
  AppendDigits(&out, f[0], 4);
  out += '-';
  AppendDigits(&out, f[1], 2);
  out += '-';
  AppendDigits(&out, f[2], 2);
  if (!is_date) {
    out += vm::As<vm::StrObject>(args.args[1])->view();
    AppendDigits(&out, f[3], 2);
    out += ':';
    AppendDigits(&out, f[4], 2);
    out += ':';
    AppendDigits(&out, f[5], 2);
    if (f[6] != 0) {
      out += '.';
      AppendDigits(&out, f[6], 6);
    }
  }
  return vm::NewStrValue(vm, out);
}

// _fast_strftime(self, format): strftime of a date or naive datetime
// whose format is ASCII and uses only the directives whose C-locale text
// glibc and CPython agree on without flags or widths: %Y (years from
// 1000), %y %m %d %H %M %S %f %j %a %A %b %B %p %I %z %Z %%.
Value StrFTime(Interp& vm, Value self, CallArgs args) {
  static constexpr const char* kDays[7] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                           "Friday", "Saturday", "Sunday"};
  static constexpr const char* kMonths[13] = {
      "",     "January", "February",  "March",   "April",    "May",     "June",
      "July", "August",  "September", "October", "November", "December"};
  const Value* core = Core(self);
  if (args.nargs != 2 || !vm::HasType(args.args[1], &vm::kStrType)) return Value::None();
  Value obj = args.args[0];
  const vm::StrObject* fmt = vm::As<vm::StrObject>(args.args[1]);
  bool is_date = IsExactly(obj, core, kDateCls);
  int64_t f[7];
  if ((!is_date && (!IsExactly(obj, core, kDateTimeCls) ||
                    !Field(core, kTzinfo, obj).is_none())) ||
      !fmt->ascii || !NaiveFieldsInRange(core, obj, is_date, f)) {
    return Value::None();
  }
  int64_t ordinal = YmdToOrd(f[0], f[1], f[2]);
  std::string_view text = fmt->view();
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\0') return Value::None();
    if (c != '%') {
      out += c;
      continue;
    }
    if (++i == text.size()) return Value::None();
    switch (text[i]) {
      case 'Y':
        if (f[0] < 1000) return Value::None();
        AppendDigits(&out, f[0], 4);
        break;
      case 'y': AppendDigits(&out, f[0] % 100, 2); break;
      case 'm': AppendDigits(&out, f[1], 2); break;
      case 'd': AppendDigits(&out, f[2], 2); break;
      case 'H': AppendDigits(&out, f[3], 2); break;
      case 'M': AppendDigits(&out, f[4], 2); break;
      case 'S': AppendDigits(&out, f[5], 2); break;
      case 'f': AppendDigits(&out, f[6], 6); break;
      case 'I': AppendDigits(&out, (f[3] + 11) % 12 + 1, 2); break;
      case 'p': out += f[3] < 12 ? "AM" : "PM"; break;
      case 'j': AppendDigits(&out, ordinal - YmdToOrd(f[0], 1, 1) + 1, 3); break;
      case 'A': out += kDays[(ordinal + 6) % 7]; break;
      case 'a': out.append(kDays[(ordinal + 6) % 7], 3); break;
      case 'B': out += kMonths[f[1]]; break;
      case 'b': out.append(kMonths[f[1]], 3); break;
      case 'z':
      case 'Z': break;  // naive: no offset, no zone name
      case '%': out += '%'; break;
      default: return Value::None();
    }
  }
  return vm::NewStrValue(vm, out);
}

// The getter _field_getter makes for a read-only property over one field
// (the classes' year, hour, days...): the member's value. Another object
// gets the message of CPython's getset descriptor, under the public name
// (`_year` is `year`).
Value FieldGet(Interp& vm, Value self, CallArgs args) {
  auto* m = vm::As<vm::MemberDescriptorObject>(self);
  if (args.nargs != 1) return vm.RaiseTypeError("expected one argument");
  if (!vm::IsSubtype(vm::TypeOf(args.args[0]), m->owner)) {
    return vm.RaiseFormat(&vm::kTypeErrorType,
                          "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          std::string(m->name->view().substr(1)), m->owner->name,
                          std::string(vm::TypeName(args.args[0])));
  }
  // A set field is read in place; MemberGet raises for an unset one.
  Value v = *reinterpret_cast<Value*>(reinterpret_cast<char*>(args.args[0].object()) + m->offset);
  return v.is_null() ? vm::MemberGet(vm, m, args.args[0]) : v;
}

const vm::MethodDef kFieldGetDef = {"_field", FieldGet};

const vm::MethodDef kCoreDefs[] = {
    {"_fast_date_new", DateNew},         {"_fast_datetime_new", DateTimeNew},
    {"_fast_timedelta_new", DeltaNew},   {"_fast_fromordinal", FromOrdinal},
    {"_fast_date_add", DateAdd},         {"_fast_date_sub", DateSub},
    {"_fast_datetime_add", DateTimeAdd}, {"_fast_datetime_sub", DateTimeSub},
    {"_fast_timedelta_add", DeltaAdd},   {"_fast_timedelta_sub", DeltaSub},
    {"_fast_date_compare", DateCompare}, {"_fast_timedelta_compare", DeltaCompare},
    {"_fast_date_ordinal", DateOrdinal}, {"_fast_replace", Replace},
    {"_fast_isoformat", IsoFormat},    {"_fast_strftime", StrFTime},
    {"_fast_hash", Hash},
};

// _field_getter(descriptor, /).
Value FieldGetter(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_field_getter(descriptor, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::HasType(argv[0], &vm::kMemberDescriptorType)) {
    return vm.RaiseTypeError("_field_getter() needs a member descriptor");
  }
  vm::BuiltinFunctionObject* f = vm::NewBuiltinFunction(vm, &kFieldGetDef, argv[0]);
  return f == nullptr ? Value::Null() : Value::FromObject(f);
}

// _datetime_core(date, datetime, time, timedelta, tzinfo, /): the natives
// above bound to the classes and their fields' descriptors, as a tuple in
// kCoreDefs's order. Raises TypeError if a class lacks one of the fields.
Value DateTimeCore(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_datetime_core(date, datetime, time, timedelta, tzinfo, /)");
  Value argv[5];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  vm::TupleObject* core = vm::NewTuple(vm, kCoreSize);
  if (core == nullptr) return Value::Null();
  vm::RootScope roots(vm);
  Value core_value = Value::FromObject(core);
  roots.Add(&core_value);
  for (int i = 0; i < 5; ++i) {
    if (!vm::IsType(argv[i]) || !vm::IsUserClass(vm::As<vm::TypeObject>(argv[i]))) {
      return vm.RaiseTypeError("_datetime_core() takes the module's classes");
    }
    core->items[i] = argv[i];
  }
  struct FieldOf {
    int cls;
    const char* name;
  };
  static constexpr FieldOf kFields[] = {
      {kDateCls, "_year"},           {kDateCls, "_month"},         {kDateCls, "_day"},
      {kDateCls, "_hashcode"},       {kDateTimeCls, "_hour"},      {kDateTimeCls, "_minute"},
      {kDateTimeCls, "_second"},     {kDateTimeCls, "_microsecond"},
      {kDateTimeCls, "_tzinfo"},     {kDateTimeCls, "_fold"},      {kTimedeltaCls, "_days"},
      {kTimedeltaCls, "_seconds"},   {kTimedeltaCls, "_microseconds"},
      {kTimedeltaCls, "_hashcode"},
  };
  int item = kYear;
  for (const FieldOf& f : kFields) {
    vm::ClassObject* cls = vm::As<vm::ClassObject>(argv[f.cls]);
    Value d = vm::DictGetStr(vm, cls->dict, vm.Intern(f.name));
    if (!vm::HasType(d, &vm::kMemberDescriptorType)) {
      return vm.RaiseFormat(&vm::kTypeErrorType, "_datetime_core(): no slot %s", f.name);
    }
    core->items[item++] = d;
  }
  constexpr size_t kCount = sizeof(kCoreDefs) / sizeof(kCoreDefs[0]);
  vm::TupleObject* out = vm::NewTuple(vm, kCount);
  if (out == nullptr) return Value::Null();
  Value out_value = Value::FromObject(out);
  roots.Add(&out_value);
  for (size_t i = 0; i < kCount; ++i) {
    vm::BuiltinFunctionObject* f = vm::NewBuiltinFunction(vm, &kCoreDefs[i], core_value);
    if (f == nullptr) return Value::Null();
    out->items[i] = Value::FromObject(f);
  }
  return out_value;
}

const vm::MethodDef kDateTimeCoreDef = {"_datetime_core", DateTimeCore};
const vm::MethodDef kFieldGetterDef = {"_field_getter", FieldGetter};

}  // namespace

bool InitDateTimeModule(Interp& vm, vm::ModuleObject* module) {
  return InitFrozenCModuleWith(vm, module, {&kDateTimeCoreDef, &kFieldGetterDef});
}

}  // namespace moat::stdlib
