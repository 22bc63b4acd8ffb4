// The `unicodedata` module (see unicodedata_module.h): the argument check
// shared by the per-character functions, then the properties, names,
// numeric values, decomposition and normalization, then the init.
#include "stdlib_safe/unicodedata_module.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/args.h"
#include "vm/objects/bytes.h"
#include "vm/objects/float.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/str_util.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// ---- Arguments and the Unicode version ---------------------------------------------

// "name() argument 1 must be a unicode character, not str": a str of one
// code point.
bool OneChar(Interp& vm, Value v, const char* function, const char* argument, UChar32* out) {
  if (!vm::IsStr(v) || vm::As<vm::StrObject>(v)->length != 1) {
    vm.RaiseTypeError(StrCat(function, "() ", argument, " must be a unicode character, not ",
                             vm::TypeOf(v)->name));
    return false;
  }
  std::string_view text = vm::As<vm::StrObject>(v)->view();
  size_t pos = 0;
  *out = static_cast<UChar32>(vm::DecodeUtf8(text, &pos));
  return true;
}

// Whether `c` is assigned in Unicode 14.0.0, CPython 3.11's version: ICU
// knows later characters, which CPython treats as unassigned.
bool AssignedIn14(UChar32 c) {
  if (u_charType(c) == U_UNASSIGNED) return false;
  UVersionInfo age;
  u_charAge(c, age);
  return age[0] < 14 || (age[0] == 14 && age[1] == 0);
}

// Parses the per-character functions' arguments: (chr, /), METH_O in
// CPython ("unicodedata.category() takes exactly one argument (0 given)"),
// or (chr, default, /) ("decimal expected at least 1 argument, got 0").
// `defaulted` is Null when no default was given.
bool CharArgs(Interp& vm, CallArgs args, const char* name, bool takes_default, UChar32* c,
              Value* defaulted) {
  std::string qualname = StrCat("unicodedata.", name);
  if (!takes_default) {
    if (!vm::CheckMethodOneArg(vm, args, qualname.c_str())) return false;
  } else if (!vm::CheckNoKeywords(vm, args, qualname.c_str()) ||
             !vm::CheckPositionalCount(vm, args, name, 1, 2)) {
    return false;
  }
  *defaulted = args.nargs > 1 ? args.args[1] : Value::Null();
  return OneChar(vm, args.args[0], name, takes_default ? "argument 1" : "argument", c);
}

// ---- Properties ---------------------------------------------------------------------

constexpr const char* kCategoryNames[] = {
    "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp",
    "Cc", "Cf", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf",
};

constexpr const char* kBidiNames[] = {
    "L",   "R",   "EN", "ES",  "ET", "AN",  "CS",  "B",   "S",   "WS", "ON", "LRE",
    "LRO", "AL",  "R",  "RLO", "PDF", "NSM", "BN", "FSI", "LRI", "RLI", "PDI",
};

Value Category(Interp& vm, Value, CallArgs args) {
  UChar32 c;
  Value unused;
  if (!CharArgs(vm, args, "category", false, &c, &unused)) return Value::Null();
  int type = AssignedIn14(c) ? static_cast<int>(u_charType(c)) : 0;  // 0: Cn
  return vm::NewStrValue(vm, kCategoryNames[type]);
}

Value Bidirectional(Interp& vm, Value, CallArgs args) {
  UChar32 c;
  Value unused;
  if (!CharArgs(vm, args, "bidirectional", false, &c, &unused)) return Value::Null();
  if (!AssignedIn14(c)) return vm::NewStrValue(vm, "");
  UCharDirection d = u_charDirection(c);
  // ICU numbers RLE 14; its name is "RLE".
  if (d == U_RIGHT_TO_LEFT_EMBEDDING) return vm::NewStrValue(vm, "RLE");
  return vm::NewStrValue(vm, kBidiNames[d]);
}

Value Combining(Interp& vm, Value, CallArgs args) {
  UChar32 c;
  Value unused;
  if (!CharArgs(vm, args, "combining", false, &c, &unused)) return Value::Null();
  return Value::SmallInt(AssignedIn14(c) ? u_getCombiningClass(c) : 0);
}

Value Mirrored(Interp& vm, Value, CallArgs args) {
  UChar32 c;
  Value unused;
  if (!CharArgs(vm, args, "mirrored", false, &c, &unused)) return Value::Null();
  return Value::SmallInt(AssignedIn14(c) && u_isMirrored(c) ? 1 : 0);
}

Value EastAsianWidth(Interp& vm, Value, CallArgs args) {
  UChar32 c;
  Value unused;
  if (!CharArgs(vm, args, "east_asian_width", false, &c, &unused)) return Value::Null();
  static constexpr const char* kWidths[] = {"N", "A", "H", "F", "Na", "W"};
  int w = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return vm::NewStrValue(vm, w >= 0 && w < 6 ? kWidths[w] : "N");
}

// ---- Names ----------------------------------------------------------------------------
//
// ICU names the characters; CPython's database adds the name aliases and
// the named sequences, which ICU lacks (its alias names are only the
// corrections), and leaves the Tangut ideographs nameless.

struct NameAlias {
  const char* name;
  uint32_t code;
};
struct NamedSequence {
  const char* name;
  uint32_t codes[4];  // 0 ends a shorter one
};
struct CodePointRange {
  uint32_t first, last;
};

#include "stdlib_safe/unicode_names.inc"

constexpr uint32_t kNameAliasCount = sizeof(kNameAliases) / sizeof(kNameAliases[0]);
constexpr uint32_t kNamedSequenceCount = sizeof(kNamedSequences) / sizeof(kNamedSequences[0]);

// The aliases and named sequences by name, made once: a lookup costs the
// name's length, not the tables'.
struct NameEntry {
  const NameAlias* alias = nullptr;
  const NamedSequence* sequence = nullptr;
};

const NameEntry* FindNameEntry(std::string_view name) {
  static const std::unordered_map<std::string_view, NameEntry> table = [] {
    std::unordered_map<std::string_view, NameEntry> t;
    for (const NameAlias& a : kNameAliases) t[a.name].alias = &a;
    for (const NamedSequence& s : kNamedSequences) t[s.name].sequence = &s;
    return t;
  }();
  // Names match without regard to ASCII case, as CPython's _cmpname; the
  // tables' are upper case.
  char upper[256];
  if (name.size() > sizeof(upper)) return nullptr;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    upper[i] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
  }
  auto it = table.find(std::string_view(upper, name.size()));
  return it == table.end() ? nullptr : &it->second;
}

bool Nameless(uint32_t cp) {
  for (const CodePointRange& r : kNamelessRanges) {
    if (cp >= r.first && cp <= r.last) return true;
  }
  return false;
}

const NamedSequence* FindNamedSequence(std::string_view name) {
  const NameEntry* entry = FindNameEntry(name);
  return entry == nullptr ? nullptr : entry->sequence;
}


Value Name(Interp& vm, Value, CallArgs args) {
  UChar32 c;
  Value defaulted;
  if (!CharArgs(vm, args, "name", true, &c, &defaulted)) return Value::Null();
  std::string name;
  if (!UnicodeCharName(static_cast<uint32_t>(c), &name)) {
    if (!defaulted.is_null()) return defaulted;
    return vm.RaiseValueError("no such name");
  }
  return vm::NewStrValue(vm, name);
}

Value Lookup(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodOneArg(vm, args, "unicodedata.lookup")) return Value::Null();
  Value out[1] = {args.args[0]};
  std::string_view name;
  if (vm::IsStr(out[0])) {
    name = vm::As<vm::StrObject>(out[0])->view();
  } else if (!vm::BytesLikeView(out[0], &name)) {
    return vm.RaiseTypeError(
        StrCat("a bytes-like object is required, not '", vm::TypeOf(out[0])->name, "'"));
  }
  auto undefined = [&]() {
    Value message = vm::NewStrValue(vm, StrCat("undefined character name '", name, "'"));
    return message.is_null() ? message : vm.RaiseKeyError(message);
  };
  if (name.size() > 256) {
    Value message = vm::NewStrValue(vm, "name too long");
    return message.is_null() ? message : vm.RaiseKeyError(message);
  }
  std::string utf8;
  if (const NamedSequence* sequence = FindNamedSequence(name)) {
    for (uint32_t c : sequence->codes) {
      if (c != 0) vm::AppendUtf8(&utf8, c);
    }
    return vm::NewStrValue(vm, utf8);
  }
  uint32_t c;
  if (!UnicodeCharFromName(name, &c)) return undefined();
  vm::AppendUtf8(&utf8, c);
  return vm::NewStrValue(vm, utf8);
}

// ---- Numeric values ----------------------------------------------------------------------

// decimal(chr, default=None, /), digit(...), numeric(...): the value if the
// character's numeric type is at least `kind`'s.
enum class NumericKind { kDecimal, kDigit, kNumeric };

Value NumericValue(Interp& vm, CallArgs args, NumericKind kind) {
  static constexpr const char* kNames[] = {"decimal", "digit", "numeric"};
  static constexpr const char* kErrors[] = {"not a decimal", "not a digit",
                                            "not a numeric character"};
  int k = static_cast<int>(kind);
  UChar32 c;
  Value defaulted;
  if (!CharArgs(vm, args, kNames[k], true, &c, &defaulted)) return Value::Null();
  int type = AssignedIn14(c) ? u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE)
                             : static_cast<int>(U_NT_NONE);
  bool ok = type == U_NT_DECIMAL || (kind != NumericKind::kDecimal && type == U_NT_DIGIT) ||
            (kind == NumericKind::kNumeric && type == U_NT_NUMERIC);
  if (!ok) {
    if (!defaulted.is_null()) return defaulted;
    return vm.RaiseValueError(kErrors[k]);
  }
  double value = u_getNumericValue(c);
  if (kind == NumericKind::kNumeric) return vm::NewFloat(vm, value);
  return Value::SmallInt(static_cast<int64_t>(value));
}

Value Decimal(Interp& vm, Value, CallArgs args) {
  return NumericValue(vm, args, NumericKind::kDecimal);
}
Value Digit(Interp& vm, Value, CallArgs args) { return NumericValue(vm, args, NumericKind::kDigit); }
Value Numeric(Interp& vm, Value, CallArgs args) {
  return NumericValue(vm, args, NumericKind::kNumeric);
}

// ---- Decomposition and normalization --------------------------------------------------------

// The tag of a compatibility decomposition ("<compat>", "<font>"...), in
// ICU's UDecompositionType order; canonical decompositions have none.
constexpr const char* kDecompositionTags[] = {
    "",          "",        "<compat>", "<circle>", "<final>",  "<font>",   "<fraction>",
    "<initial>", "<isolated>", "<medial>", "<narrow>", "<noBreak>", "<small>", "<square>",
    "<sub>",     "<super>",  "<vertical>", "<wide>",
};

Value Decomposition(Interp& vm, Value, CallArgs args) {
  UChar32 c;
  Value unused;
  if (!CharArgs(vm, args, "decomposition", false, &c, &unused)) return Value::Null();
  // Hangul syllables decompose by algorithm, and CPython's table leaves
  // them out.
  if (!AssignedIn14(c) || (c >= 0xAC00 && c <= 0xD7A3)) return vm::NewStrValue(vm, "");
  UErrorCode status = U_ZERO_ERROR;
  int type = u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE);
  const UNormalizer2* normalizer =
      type == U_DT_CANONICAL ? unorm2_getNFDInstance(&status) : unorm2_getNFKDInstance(&status);
  UChar mapping[64];
  int32_t n = U_SUCCESS(status) ? unorm2_getRawDecomposition(normalizer, c, mapping, 64, &status)
                                : -1;
  if (U_FAILURE(status) || n < 0 || type == U_DT_NONE) return vm::NewStrValue(vm, "");
  std::string text = type >= 0 && type < 18 ? kDecompositionTags[type] : "";
  for (int32_t i = 0; i < n;) {
    UChar32 part;
    U16_NEXT(mapping, i, n, part);
    char hex[16];
    snprintf(hex, sizeof(hex), "%04X", static_cast<unsigned>(part));
    StrAppend(&text, text.empty() ? "" : " ", hex);
  }
  return vm::NewStrValue(vm, text);
}

// The ICU normalizer for a form name, or nullptr.
const UNormalizer2* NormalizerFor(std::string_view form) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* n = nullptr;
  if (form == "NFC") n = unorm2_getNFCInstance(&status);
  if (form == "NFD") n = unorm2_getNFDInstance(&status);
  if (form == "NFKC") n = unorm2_getNFKCInstance(&status);
  if (form == "NFKD") n = unorm2_getNFKDInstance(&status);
  return U_SUCCESS(status) ? n : nullptr;
}

// normalize(form, unistr, /) and is_normalized(form, unistr, /).
Value NormalizeOrCheck(Interp& vm, CallArgs args, bool check) {
  static const vm::ArgSpec kNormalizeSpec("unicodedata.normalize(form, unistr, /)");
  static const vm::ArgSpec kCheckSpec("unicodedata.is_normalized(form, unistr, /)");
  const char* name = check ? "is_normalized" : "normalize";
  Value out[2];
  if (!vm::ParseArgs(vm, check ? kCheckSpec : kNormalizeSpec, args, out)) return Value::Null();
  for (int i = 0; i < 2; ++i) {
    if (!vm::IsStr(out[i])) {
      return vm.RaiseTypeError(StrCat(name, "() argument ", i + 1, " must be str, not ",
                                      vm::TypeOf(out[i])->name));
    }
  }
  const UNormalizer2* normalizer = NormalizerFor(vm::As<vm::StrObject>(out[0])->view());
  if (normalizer == nullptr) return vm.RaiseValueError("invalid normalization form");
  auto* s = vm::As<vm::StrObject>(out[1]);
  if (s->ascii) return check ? Value::True() : out[1];  // ASCII is in every form
  // ICU works on UTF-16 (at most one unit per UTF-8 byte) with int32
  // counts. Its buffers live outside the heap: each is covered by the
  // scratch charge while it lives, and the work is charged before it.
  vm::ScratchCharge scratch(vm);
  if (!vm.ChargeItems(uint64_t{s->length} * 4) ||
      !scratch.Charge((uint64_t{s->byte_length} + 1) * sizeof(UChar))) {
    return Value::Null();
  }
  std::vector<UChar> in(size_t{s->byte_length} + 1);
  int32_t in_length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8(in.data(), static_cast<int32_t>(in.size()), &in_length, s->data,
                static_cast<int32_t>(s->byte_length), &status);
  if (U_FAILURE(status)) return vm.RaiseValueError("invalid normalization input");
  if (check) {
    UBool normal = unorm2_isNormalized(normalizer, in.data(), in_length, &status);
    return Value::Bool(U_SUCCESS(status) && normal);
  }
  // Room for the longest expansion (NFKD's 18 units for one) when an int32
  // can count it; otherwise ICU measures the result first.
  constexpr int64_t kMaxExpansion = 18;
  int64_t capacity = int64_t{in_length} * kMaxExpansion + 1;
  if (capacity > std::numeric_limits<int32_t>::max()) {
    if (!vm.ChargeItems(uint64_t{s->length} * 4)) return Value::Null();
    UErrorCode measured = U_ZERO_ERROR;
    int32_t needed = unorm2_normalize(normalizer, in.data(), in_length, nullptr, 0, &measured);
    if (measured != U_BUFFER_OVERFLOW_ERROR || needed >= std::numeric_limits<int32_t>::max()) {
      return vm.RaiseMemoryErrorFor(static_cast<uint64_t>(capacity) * sizeof(UChar));
    }
    capacity = int64_t{needed} + 1;
  }
  if (!scratch.Charge(static_cast<uint64_t>(capacity) * sizeof(UChar))) return Value::Null();
  std::vector<UChar> normal(static_cast<size_t>(capacity));
  int32_t n = unorm2_normalize(normalizer, in.data(), in_length, normal.data(),
                               static_cast<int32_t>(capacity), &status);
  if (U_FAILURE(status)) return vm.RaiseValueError("invalid normalization input");
  // UTF-8 takes at most 3 bytes per UTF-16 unit.
  uint64_t utf8_capacity = static_cast<uint64_t>(n) * 3 + 1;
  if (utf8_capacity > std::numeric_limits<int32_t>::max()) {
    return vm.RaiseMemoryErrorFor(utf8_capacity);
  }
  if (!scratch.Charge(utf8_capacity)) return Value::Null();
  std::string utf8(static_cast<size_t>(utf8_capacity), '\0');
  int32_t utf8_length = 0;
  u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &utf8_length, normal.data(), n,
              &status);
  if (U_FAILURE(status)) return vm.RaiseValueError("invalid normalization input");
  utf8.resize(static_cast<size_t>(utf8_length));
  return vm::NewStrValue(vm, utf8);
}

Value Normalize(Interp& vm, Value, CallArgs args) { return NormalizeOrCheck(vm, args, false); }
Value IsNormalized(Interp& vm, Value, CallArgs args) { return NormalizeOrCheck(vm, args, true); }

const vm::MethodDef kUnicodedataFunctions[] = {
    {"bidirectional", Bidirectional},
    {"category", Category},
    {"combining", Combining},
    {"decimal", Decimal},
    {"decomposition", Decomposition},
    {"digit", Digit},
    {"east_asian_width", EastAsianWidth},
    {"is_normalized", IsNormalized},
    {"lookup", Lookup},
    {"mirrored", Mirrored},
    {"name", Name},
    {"normalize", Normalize},
    {"numeric", Numeric},
    {nullptr, nullptr},
};

}  // namespace

bool UnicodeCharName(uint32_t cp, std::string* name) {
  UChar32 c = static_cast<UChar32>(cp);
  if (cp > 0x10FFFF || !AssignedIn14(c) || Nameless(cp)) return false;
  char buffer[128];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = u_charName(c, U_UNICODE_CHAR_NAME, buffer, sizeof(buffer), &status);
  if (U_FAILURE(status) || n <= 0) return false;
  name->assign(buffer, static_cast<size_t>(n));
  return true;
}

bool UnicodeCharNameOrAlias(uint32_t cp, std::string* name) {
  if (cp >= kNameAliasStart && cp - kNameAliasStart < kNameAliasCount) {
    *name = kNameAliases[cp - kNameAliasStart].name;
    return true;
  }
  if (cp >= kNamedSequenceStart && cp - kNamedSequenceStart < kNamedSequenceCount) {
    *name = kNamedSequences[cp - kNamedSequenceStart].name;
    return true;
  }
  return UnicodeCharName(cp, name);
}

bool UnicodeCharFromName(std::string_view name, uint32_t* cp) {
  if (name.size() > 256 || name.find('\0') != std::string_view::npos) return false;
  if (const NameEntry* entry = FindNameEntry(name); entry != nullptr && entry->alias != nullptr) {
    *cp = entry->alias->code;
    return true;
  }
  // ICU matches names without regard to case, as CPython does; it wants
  // them NUL-terminated and without NULs inside.
  std::string terminated(name);
  UErrorCode status = U_ZERO_ERROR;
  UChar32 found = u_charFromName(U_UNICODE_CHAR_NAME, terminated.c_str(), &status);
  if (U_FAILURE(status) || found < 0 || !AssignedIn14(found) ||
      Nameless(static_cast<uint32_t>(found))) {
    return false;
  }
  *cp = static_cast<uint32_t>(found);
  return true;
}

bool InitUnicodedataModule(Interp& vm, vm::ModuleObject* module) {
  for (const vm::MethodDef* def = kUnicodedataFunctions; def->name != nullptr; ++def) {
    if (!vm::ModuleAddFunction(vm, module, def)) return false;
  }
  Value version = vm::NewStrValue(vm, "14.0.0");
  return !version.is_null() && vm::ModuleAddValue(vm, module, "unidata_version", version);
}

}  // namespace moat::stdlib
