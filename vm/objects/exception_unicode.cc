// UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError: their
// attributes, __init__ and str() (CPython's Objects/exceptions.c,
// UnicodeEncodeError_init / UnicodeEncodeError_str and siblings).
#include "vm/objects/exception_unicode.h"

#include <string>

#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codecs.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"

namespace moat::vm {

namespace {

enum class UnicodeErrorKind { kEncode, kDecode, kTranslate };

UnicodeErrorKind KindOf(const TypeObject* t) {
  if (IsSubtype(t, &kUnicodeDecodeErrorType)) return UnicodeErrorKind::kDecode;
  if (IsSubtype(t, &kUnicodeTranslateErrorType)) return UnicodeErrorKind::kTranslate;
  return UnicodeErrorKind::kEncode;
}

UnicodeErrorObject* AsUnicodeError(Value v) { return As<UnicodeErrorObject>(v); }

// PyArg_ParseTuple's message for a 'U' argument that is no str.
bool CheckStrArgument(Interp& vm, Value v, size_t position) {
  if (IsStr(v)) return true;
  vm.RaiseFormat(&kTypeErrorType, "argument %d must be str, not %s", position,
                 ClinicTypeName(v));
  return false;
}

// The attributes from __init__'s arguments: "UUnnU" (encode), "UOnnU" with
// a bytes-like object (decode, a bytearray becomes bytes) and "UnnU"
// (translate). May run Python (__index__).
int ParseAttributes(Interp& vm, Value self, CallArgs args) {
  UnicodeErrorKind kind = KindOf(TypeOf(self));
  size_t want = kind == UnicodeErrorKind::kTranslate ? 4 : 5;
  if (args.nargs != want) {
    vm.RaiseFormat(&kTypeErrorType, "function takes exactly %d arguments (%d given)", want,
                   args.nargs);
    return -1;
  }
  const Value* a = args.args;
  size_t first = kind == UnicodeErrorKind::kTranslate ? 0 : 1;
  if (first == 1 && !CheckStrArgument(vm, a[0], 1)) return -1;
  if (kind != UnicodeErrorKind::kDecode && !CheckStrArgument(vm, a[first], first + 1)) return -1;
  int64_t start, end;
  if (!ClinicSsize(vm, a[first + 1], &start) || !ClinicSsize(vm, a[first + 2], &end) ||
      !CheckStrArgument(vm, a[first + 3], first + 4)) {
    return -1;
  }
  Value object = a[first];
  if (kind == UnicodeErrorKind::kDecode && !IsBytes(object)) {
    std::string_view data;
    if (!BytesLikeView(object, &data)) {
      vm.RaiseFormat(&kTypeErrorType, "a bytes-like object is required, not '%s'",
                     TypeName(object));
      return -1;
    }
    object = NewBytesValue(vm, data);
    if (object.is_null()) return -1;
  }
  UnicodeErrorObject* e = AsUnicodeError(self);
  e->encoding = first == 1 ? a[0] : Value::Null();
  e->object = object;
  e->start = start;
  e->end = end;
  e->reason = a[first + 3];
  return 0;
}

int UnicodeErrorInit(Interp& vm, Value self, CallArgs args) {
  // BaseException.__init__ first (args, the keyword check).
  if (kUnicodeErrorType.init(vm, self, args) < 0) return -1;
  return ParseAttributes(vm, self, args);
}

// Calling the built-in type itself: BaseException's construction (which
// runs no __init__), then the attributes.
Value UnicodeErrorConstruct(Interp& vm, Value type, CallArgs args) {
  Value e = kUnicodeErrorType.construct(vm, type, args);
  if (e.is_null()) return e;
  RootScope roots(vm);
  roots.Add(&e);
  return ParseAttributes(vm, e, args) < 0 ? Value::Null() : e;
}

void UnicodeErrorTrace(Object* o, GcTracer& t) {
  kUnicodeErrorType.trace(o, t);  // the ExceptionObject part
  UnicodeErrorObject* e = static_cast<UnicodeErrorObject*>(o);
  t.Visit(e->encoding);
  t.Visit(e->object);
  t.Visit(e->reason);
}

Value NoneIfNull(Value v) { return v.is_null() ? Value::None() : v; }

Value GetEncoding(Interp&, Value self, CallArgs) {
  return NoneIfNull(AsUnicodeError(self)->encoding);
}
Value GetObject(Interp&, Value self, CallArgs) { return NoneIfNull(AsUnicodeError(self)->object); }
Value GetReason(Interp&, Value self, CallArgs) { return NoneIfNull(AsUnicodeError(self)->reason); }
Value GetStart(Interp& vm, Value self, CallArgs) {
  return IntFromInt64(vm, AsUnicodeError(self)->start);
}
Value GetEnd(Interp& vm, Value self, CallArgs) {
  return IntFromInt64(vm, AsUnicodeError(self)->end);
}

const MethodDef kUnicodeErrorMethods[] = {
    {"encoding", GetEncoding, MethodKind::kGetter},
    {"object", GetObject, MethodKind::kGetter},
    {"start", GetStart, MethodKind::kGetter},
    {"end", GetEnd, MethodKind::kGetter},
    {"reason", GetReason, MethodKind::kGetter},
    {nullptr, nullptr},
};

// str(v) as text, "<NULL>" for an unset attribute (PyObject_Str(NULL)).
bool AttributeText(Interp& vm, Value v, std::string* out) {
  if (v.is_null()) {
    *out = "<NULL>";
    return true;
  }
  return AppendStr(vm, v, out);
}

Value UnicodeErrorStrSlot(Interp& vm, Value self) { return UnicodeErrorStr(vm, self); }

Value RaiseWithAttributes(Interp& vm, TypeObject* type, std::string_view encoding, Value object,
                          int64_t start, int64_t end, std::string_view reason) {
  // Nothing here reaches a safepoint, so the new objects need no roots.
  Value items[5];
  items[0] = NewStrValue(vm, encoding);
  items[1] = object;
  items[2] = IntFromInt64(vm, start);
  items[3] = IntFromInt64(vm, end);
  items[4] = NewStrValue(vm, reason);
  for (Value v : items) {
    if (v.is_null()) return Value::Null();
  }
  TupleObject* args = NewTupleFrom(vm, items, 5);
  if (args == nullptr) return Value::Null();
  ExceptionObject* exc = NewException(vm, type, args);
  if (exc == nullptr) return Value::Null();
  UnicodeErrorObject* e = static_cast<UnicodeErrorObject*>(exc);
  e->encoding = items[0];
  e->object = object;
  e->start = start;
  e->end = end;
  e->reason = items[4];
  return vm.SetException(Value::FromObject(exc));
}

}  // namespace

bool IsUnicodeErrorWithRange(const TypeObject* type) {
  return IsSubtype(type, &kUnicodeEncodeErrorType) || IsSubtype(type, &kUnicodeDecodeErrorType) ||
         IsSubtype(type, &kUnicodeTranslateErrorType);
}

Value RaiseUnicodeEncodeError(Interp& vm, std::string_view encoding, const StrObject* s,
                              int64_t start, int64_t end, std::string_view reason) {
  return RaiseWithAttributes(vm, &kUnicodeEncodeErrorType, encoding, Value::FromObject(s), start,
                             end, reason);
}

Value RaiseUnicodeDecodeError(Interp& vm, std::string_view encoding, std::string_view data,
                              int64_t start, int64_t end, std::string_view reason) {
  // The codec has only a view of what it decodes: the attribute is a copy.
  Value object = NewBytesValue(vm, data);
  if (object.is_null()) return object;
  return RaiseWithAttributes(vm, &kUnicodeDecodeErrorType, encoding, object, start, end, reason);
}

Value UnicodeErrorStr(Interp& vm, Value exc) {
  // Not initialised (made by __new__ alone): CPython gives "".
  if (AsUnicodeError(exc)->object.is_null()) return NewStrValue(vm, "");
  // The attributes may have been set to anything since: their str() may run
  // Python code, so the fields are read again afterwards.
  std::string reason, encoding;
  if (!AttributeText(vm, AsUnicodeError(exc)->reason, &reason)) return Value::Null();
  UnicodeErrorKind kind = KindOf(TypeOf(exc));
  if (kind != UnicodeErrorKind::kTranslate &&
      !AttributeText(vm, AsUnicodeError(exc)->encoding, &encoding)) {
    return Value::Null();
  }
  UnicodeErrorObject* e = AsUnicodeError(exc);
  int64_t start = e->start, end = e->end;
  Value object = e->object;
  bool one = start >= 0 && end == start + 1;
  std::string out;
  if (kind == UnicodeErrorKind::kDecode) {
    std::string_view data;
    if (one && BytesLikeView(object, &data) && static_cast<uint64_t>(start) < data.size()) {
      out = absl::StrFormat("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding,
                            static_cast<unsigned char>(data[start]), start, reason);
    } else {
      out = absl::StrFormat("'%s' codec can't decode bytes in position %d-%d: %s", encoding,
                            start, end - 1, reason);
    }
    return NewStrValue(vm, out);
  }
  std::string prefix =
      kind == UnicodeErrorKind::kEncode ? StrCat("'", encoding, "' codec can't encode") : "can't translate";
  if (one && IsStr(object) && static_cast<uint64_t>(start) < As<StrObject>(object)->length) {
    const StrObject* s = As<StrObject>(object);
    if (!ChargeCodePointWalk(vm, s, static_cast<size_t>(start))) return Value::Null();
    uint32_t cp = StrCodePointAt(s, static_cast<size_t>(start));
    out = StrCat(prefix, " character '", CodePointEscape(cp), "' in position ", start, ": ",
                 reason);
  } else {
    out = StrCat(prefix, " characters in position ", start, "-", end - 1, ": ", reason);
  }
  return NewStrValue(vm, out);
}

int UnicodeErrorSetMember(Interp& vm, Value exc, std::string_view name, Value value) {
  if (!IsUnicodeErrorWithRange(TypeOf(exc))) return 1;
  UnicodeErrorObject* e = AsUnicodeError(exc);
  // T_OBJECT members: anything goes; deleting leaves them unset.
  if (name == "encoding" || name == "object" || name == "reason") {
    Value* field = name == "encoding" ? &e->encoding : name == "object" ? &e->object : &e->reason;
    *field = value;
    return 0;
  }
  if (name != "start" && name != "end") return 1;
  // T_PYSSIZET members: an int that fits; a failed assignment leaves -1, as
  // CPython's PyMember_SetOne does.
  int64_t* field = name == "start" ? &e->start : &e->end;
  if (value.is_null()) {
    vm.RaiseTypeError("can't delete numeric/char attribute");
    return -1;
  }
  if (!IsInt(value)) {
    *field = -1;
    vm.RaiseTypeError("an integer is required");
    return -1;
  }
  if (!IntToInt64(value, field)) {
    *field = -1;
    vm.RaiseOverflowError("Python int too large to convert to C ssize_t");
    return -1;
  }
  return 0;
}

void InitUnicodeErrorTypes() {
  for (TypeObject* t :
       {&kUnicodeEncodeErrorType, &kUnicodeDecodeErrorType, &kUnicodeTranslateErrorType}) {
    t->basic_size = sizeof(UnicodeErrorObject);
    t->trace = UnicodeErrorTrace;
    t->construct = UnicodeErrorConstruct;
    t->init = UnicodeErrorInit;
    t->str = UnicodeErrorStrSlot;
    t->methods = kUnicodeErrorMethods;
  }
}

}  // namespace moat::vm
