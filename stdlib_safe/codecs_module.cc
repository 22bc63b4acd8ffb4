// The codecs module's native part (see codecs_module.h).
#include "stdlib_safe/codecs_module.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/bytes.h"
#include "vm/objects/codecs.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"
#include "vm/str_util.h"

namespace moat::stdlib {

namespace {

using vm::As;
using vm::CallArgs;
using vm::Interp;
using vm::Value;

// One text codec's pair of functions, named as CPython's _codecs names them.
struct TextCodecFunctions {
  const char* codec;       // the name the VM's codecs resolve
  const char* encode_sig;  // ArgSpec signatures
  const char* decode_sig;
  bool decode_has_final;   // ascii and latin-1 decoders are always final
  bool final_default;      // the escape decoders' final defaults to True
  bool decode_takes_str;   // the escape decoders read a str as its UTF-8
  bool encode_byteorder;   // utf-16 and utf-32: byteorder picks the form
};

constexpr TextCodecFunctions kTextCodecs[] = {
    {"utf_8", "utf_8_encode(str, errors=None, /)",
     "utf_8_decode(data, errors=None, final=False, /)", true, false, false, false},
    {"ascii", "ascii_encode(str, errors=None, /)", "ascii_decode(data, errors=None, /)", false,
     true, false, false},
    {"latin_1", "latin_1_encode(str, errors=None, /)", "latin_1_decode(data, errors=None, /)",
     false, true, false, false},
    {"utf_16", "utf_16_encode(str, errors=None, byteorder=0, /)",
     "utf_16_decode(data, errors=None, final=False, /)", true, false, false, true},
    {"utf_16_le", "utf_16_le_encode(str, errors=None, /)",
     "utf_16_le_decode(data, errors=None, final=False, /)", true, false, false, false},
    {"utf_16_be", "utf_16_be_encode(str, errors=None, /)",
     "utf_16_be_decode(data, errors=None, final=False, /)", true, false, false, false},
    {"utf_32", "utf_32_encode(str, errors=None, byteorder=0, /)",
     "utf_32_decode(data, errors=None, final=False, /)", true, false, false, true},
    {"utf_32_le", "utf_32_le_encode(str, errors=None, /)",
     "utf_32_le_decode(data, errors=None, final=False, /)", true, false, false, false},
    {"utf_32_be", "utf_32_be_encode(str, errors=None, /)",
     "utf_32_be_decode(data, errors=None, final=False, /)", true, false, false, false},
    {"unicode_escape", "unicode_escape_encode(str, errors=None, /)",
     "unicode_escape_decode(data, errors=None, final=True, /)", true, true, true, false},
    {"raw_unicode_escape", "raw_unicode_escape_encode(str, errors=None, /)",
     "raw_unicode_escape_decode(data, errors=None, final=True, /)", true, true, true, false},
};
constexpr size_t kTextCodecCount = std::size(kTextCodecs);

// The bare function name of a signature ("utf_8_encode").
std::string_view FunctionName(const char* signature) {
  std::string_view sig(signature);
  return sig.substr(0, sig.find('('));
}

// Argument Clinic's `str(accept={str, NoneType})` errors argument: "strict"
// when None or not given.
bool ErrorsArg(Interp& vm, Value v, std::string_view fn, std::string_view* out) {
  *out = "strict";
  if (v.is_null() || v.is_none()) return true;
  if (!vm::IsStr(v)) {
    vm.RaiseTypeError(StrCat(fn, "() argument 2 must be str or None, not ",
                             vm::ClinicTypeName(v)));
    return false;
  }
  *out = As<vm::StrObject>(v)->view();
  return true;
}

// A C int argument (Argument Clinic's `int` and `bool(accept={int})`),
// `fallback` when not given.
bool IntArg(Interp& vm, Value v, int64_t fallback, int64_t* out) {
  *out = fallback;
  if (v.is_null()) return true;
  int value;
  if (!vm::ClinicCInt(vm, v, &value)) return false;
  *out = value;
  return true;
}

Value PairOf(Interp& vm, Value first, int64_t second) {
  vm::RootScope roots(vm);
  roots.Add(&first);
  Value items[2] = {first, vm::IntFromInt64(vm, second)};
  if (items[1].is_null()) return Value::Null();
  vm::TupleObject* t = vm::NewTupleFrom(vm, items, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// <codec>_encode(str, errors=None[, byteorder=0], /) -> (bytes, len(str)).
template <size_t I>
Value TextEncode(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec(kTextCodecs[I].encode_sig);
  const TextCodecFunctions& f = kTextCodecs[I];
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  std::string_view fn = FunctionName(f.encode_sig);
  if (!vm::IsStr(out[0])) {
    return vm.RaiseTypeError(
        StrCat(fn, "() argument 1 must be str, not ", vm::ClinicTypeName(out[0])));
  }
  std::string_view errors;
  if (!ErrorsArg(vm, out[1], fn, &errors)) return Value::Null();
  std::string codec = f.codec;
  if (f.encode_byteorder) {
    int64_t order;
    if (!IntArg(vm, out[2], 0, &order)) return Value::Null();
    if (order < 0) codec += "_le";
    if (order > 0) codec += "_be";
  }
  auto* s = As<vm::StrObject>(out[0]);
  Value bytes = vm::CodecEncode(vm, codec, s, errors);
  if (bytes.is_null()) return Value::Null();
  return PairOf(vm, bytes, s->length);
}

// The bytes a decoder reads: a bytes-like object, or for the escape codecs
// also a str as its UTF-8. False with TypeError.
bool DataArg(Interp& vm, Value v, bool takes_str, std::string_view* out) {
  if (takes_str && vm::IsStr(v)) {
    auto* s = As<vm::StrObject>(v);
    if (!vm::CheckUtf8Encodable(vm, s)) return false;
    *out = s->view();
    return true;
  }
  if (vm::BytesLikeView(v, out)) return true;
  vm.RaiseTypeError(StrCat("a bytes-like object is required, not '", vm::TypeName(v), "'"));
  return false;
}

// <codec>_decode(data, errors=None[, final], /) -> (str, bytes consumed).
template <size_t I>
Value TextDecode(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec(kTextCodecs[I].decode_sig);
  const TextCodecFunctions& f = kTextCodecs[I];
  Value out[3];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  std::string_view fn = FunctionName(f.decode_sig);
  std::string_view data;
  if (!DataArg(vm, out[0], f.decode_takes_str, &data)) return Value::Null();
  std::string_view errors;
  if (!ErrorsArg(vm, out[1], fn, &errors)) return Value::Null();
  int64_t final = 1;
  if (f.decode_has_final && !IntArg(vm, out[2], f.final_default, &final)) return Value::Null();
  vm::RootScope roots(vm);
  roots.Add(&out[0]);  // keeps `data` alive
  size_t consumed = 0;
  Value text = vm::CodecDecode(vm, f.codec, data, errors, final != 0, &consumed);
  if (text.is_null()) return Value::Null();
  return PairOf(vm, text, static_cast<int64_t>(consumed));
}

// utf_16_ex_decode / utf_32_ex_decode(data, errors=None, byteorder=0,
// final=False, /) -> (str, consumed, byteorder): with byteorder 0, a BOM
// picks the order and is consumed, and the order read is returned (0 when
// there was no BOM: read as little-endian).
template <size_t kUnit>
Value WideExDecode(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec(kUnit == 2
                                     ? "utf_16_ex_decode(data, errors=None, byteorder=0, "
                                       "final=False, /)"
                                     : "utf_32_ex_decode(data, errors=None, byteorder=0, "
                                       "final=False, /)");
  const char* fn = kUnit == 2 ? "utf_16_ex_decode" : "utf_32_ex_decode";
  Value out[4];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  std::string_view data;
  if (!DataArg(vm, out[0], false, &data)) return Value::Null();
  std::string_view errors;
  int64_t order, final;
  if (!ErrorsArg(vm, out[1], fn, &errors) || !IntArg(vm, out[2], 0, &order) ||
      !IntArg(vm, out[3], 0, &final)) {
    return Value::Null();
  }
  size_t bom = 0;
  if (order == 0 && data.size() >= kUnit) {
    std::string_view le = kUnit == 2 ? std::string_view("\xFF\xFE", 2)
                                     : std::string_view("\xFF\xFE\0\0", 4);
    std::string_view be = kUnit == 2 ? std::string_view("\xFE\xFF", 2)
                                     : std::string_view("\0\0\xFE\xFF", 4);
    if (data.substr(0, kUnit) == le) order = -1, bom = kUnit;
    if (data.substr(0, kUnit) == be) order = 1, bom = kUnit;
  }
  std::string codec = kUnit == 2 ? "utf_16" : "utf_32";
  codec += order > 0 ? "_be" : "_le";
  vm::RootScope roots(vm);
  roots.Add(&out[0]);
  size_t consumed = 0;
  Value text = vm::CodecDecode(vm, codec, data.substr(bom), errors, final != 0, &consumed);
  if (text.is_null()) return Value::Null();
  roots.Add(&text);
  Value items[3] = {text, vm::IntFromInt64(vm, static_cast<int64_t>(consumed + bom)),
                    Value::SmallInt(order < 0 ? -1 : order > 0 ? 1 : 0)};
  if (items[1].is_null()) return Value::Null();
  vm::TupleObject* t = vm::NewTupleFrom(vm, items, 3);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// _resolve_codec(encoding) -> (CodecInfo name, is a text codec) for the
// codecs moat has, or None: the search function the registry starts with.
Value ResolveCodec(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_resolve_codec(encoding, /)");
  Value out[1];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  if (!vm::IsStr(out[0])) return vm.RaiseTypeError("_resolve_codec() needs a str");
  std::string name;
  bool text = false;
  if (!vm::ResolveCodecName(vm, As<vm::StrObject>(out[0])->view(), &name, &text)) {
    if (!vm.ExceptionMatches(&vm::kLookupErrorType)) return Value::Null();
    vm.ClearException();
    return Value::None();
  }
  Value items[2] = {vm::NewStrValue(vm, name), Value::Bool(text)};
  if (items[0].is_null()) return Value::Null();
  vm::RootScope roots(vm);
  roots.Add(&items[0]);
  vm::TupleObject* t = vm::NewTupleFrom(vm, items, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// The built-in exception types whose instances carry more state than
// their args (their own __init__ or __new__ in CPython), so the registry
// does not remake them with a new message.
bool HasOwnConstructor(const vm::TypeObject* t) {
  static const vm::TypeObject* const kTypes[] = {
      &vm::kBaseExceptionGroupType, &vm::kStopIterationType,  &vm::kSystemExitType,
      &vm::kImportErrorType,        &vm::kOSErrorType,        &vm::kNameErrorType,
      &vm::kAttributeErrorType,     &vm::kSyntaxErrorType,    &vm::kUnicodeEncodeErrorType,
      &vm::kUnicodeDecodeErrorType, &vm::kUnicodeTranslateErrorType,
  };
  for (const vm::TypeObject* k : kTypes) {
    if (vm::IsSubtype(t, k)) return true;
  }
  return false;
}

bool EmptyDict(const vm::DictObject* d) { return d == nullptr || d->size == 0; }

// _simple_exception(exc) -> whether the registry may remake `exc` as
// "encoding with 'x' codec failed (Type: message)" of the same type, caused
// by it (CPython's _PyErr_TrySetFromCause): no class on its way to the
// built-in base defines __init__ or __new__, that base keeps no state of
// its own, the args are empty or one str, and no attribute was set.
Value SimpleException(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_simple_exception(exc, /)");
  Value out[1];
  if (!vm::ParseArgs(vm, kSpec, args, out)) return Value::Null();
  Value exc = out[0];
  if (!vm::IsException(exc)) return Value::False();
  const vm::TypeObject* type = exc.object()->type;
  if (vm::IsUserClass(type)) {
    auto* cls = static_cast<const vm::ClassObject*>(type);
    vm::StrObject* init = vm.Intern("__init__");
    vm::StrObject* make = vm.Intern("__new__");
    for (size_t i = 0; i < cls->mro->size; ++i) {
      Value k = cls->mro->items[i];
      if (!vm::IsUserClass(As<vm::TypeObject>(k))) break;
      vm::DictObject* ns = As<vm::ClassObject>(k)->dict;
      if (!vm::DictGetStr(vm, ns, init).is_null() || !vm::DictGetStr(vm, ns, make).is_null()) {
        return Value::False();
      }
    }
    vm::DictObject** slot = vm::InstanceDictSlot(exc);
    if (slot != nullptr && !EmptyDict(*slot)) return Value::False();
  }
  if (HasOwnConstructor(type)) return Value::False();
  auto* e = As<vm::ExceptionObject>(exc);
  if (!EmptyDict(e->dict)) return Value::False();
  if (e->args != nullptr && e->args->size > 1) return Value::False();
  if (e->args != nullptr && e->args->size == 1 && !vm::IsStr(e->args->items[0])) {
    return Value::False();
  }
  return Value::True();
}

template <size_t... I>
constexpr auto MakeEncodeDefs(std::index_sequence<I...>) {
  return std::array<vm::MethodDef, sizeof...(I)>{
      vm::MethodDef{nullptr, &TextEncode<I>}...};
}
template <size_t... I>
constexpr auto MakeDecodeDefs(std::index_sequence<I...>) {
  return std::array<vm::MethodDef, sizeof...(I)>{
      vm::MethodDef{nullptr, &TextDecode<I>}...};
}

// The MethodDefs' names live as long as the program: the function names
// cut from the signatures.
const std::array<std::string, kTextCodecCount>& NamesOf(bool encode) {
  static const auto kNames = [](bool enc) {
    std::array<std::string, kTextCodecCount> names;
    for (size_t i = 0; i < kTextCodecCount; ++i) {
      names[i] = std::string(
          FunctionName(enc ? kTextCodecs[i].encode_sig : kTextCodecs[i].decode_sig));
    }
    return names;
  };
  static const std::array<std::string, kTextCodecCount> kEncode = kNames(true);
  static const std::array<std::string, kTextCodecCount> kDecode = kNames(false);
  return encode ? kEncode : kDecode;
}

const vm::MethodDef kHelperDefs[] = {
    {"_resolve_codec", ResolveCodec},
    {"_simple_exception", SimpleException},
    {"utf_16_ex_decode", WideExDecode<2>},
    {"utf_32_ex_decode", WideExDecode<4>},
};

}  // namespace

bool InitCodecsModule(Interp& vm, vm::ModuleObject* module) {
  // codecs.open reads and writes the host's files.
  static constexpr const char* kWithheld[] = {"open", nullptr};
  module->withheld = kWithheld;
  static const auto kEncodeDefs = [] {
    auto defs = MakeEncodeDefs(std::make_index_sequence<kTextCodecCount>{});
    for (size_t i = 0; i < kTextCodecCount; ++i) defs[i].name = NamesOf(true)[i].c_str();
    return defs;
  }();
  static const auto kDecodeDefs = [] {
    auto defs = MakeDecodeDefs(std::make_index_sequence<kTextCodecCount>{});
    for (size_t i = 0; i < kTextCodecCount; ++i) defs[i].name = NamesOf(false)[i].c_str();
    return defs;
  }();
  for (size_t i = 0; i < kTextCodecCount; ++i) {
    if (!vm::ModuleAddFunction(vm, module, &kEncodeDefs[i]) ||
        !vm::ModuleAddFunction(vm, module, &kDecodeDefs[i])) {
      return false;
    }
  }
  for (const vm::MethodDef& def : kHelperDefs) {
    if (!vm::ModuleAddFunction(vm, module, &def)) return false;
  }
  return InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
