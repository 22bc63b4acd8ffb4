// str.format(*args, **kwargs) and str.format_map(mapping): the replacement
// field grammar of PEP 3101, with CPython 3.11's semantics and messages,
// following Objects/stringlib/unicode_format.h function by function:
//
//   MarkupIterator_next                          -> NextMarkup
//   parse_field                                  -> ParseField
//   get_integer                                  -> GetInteger
//   field_name_split + get_field_object
//     + FieldNameIterator_next                   -> GetFieldObject
//   do_conversion                                -> Convert
//   output_markup                                -> OutputMarkup
//   build_string + do_markup                     -> BuildString
//
//   replacement_field ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
//   field_name        ::= arg_name ("." attribute_name | "[" element_index "]")*
//
// The format string is scanned as UTF-8 bytes: every delimiter ({ } [ ] . :
// !) is ASCII and no byte of a multi-byte UTF-8 sequence is, so byte offsets
// always fall on code-point boundaries. Code points are decoded only where
// CPython looks at one: the digits of an index (any Unicode decimal digit
// counts, as with Py_UNICODE_TODECIMAL) and the conversion character.
//
// Errors come in CPython's order: the markup of one field is parsed (syntax
// errors), then its object is looked up part by part (lookup errors and
// field-name syntax errors interleaved, left to right), then converted, then
// its spec expanded (nested fields, at most 2 levels: "Max string recursion
// exceeded"), then rendered by FormatValue (vm/format.h), the one format()
// entry point shared with format(), f-strings and __format__.
//
// Security: `{0.name}` goes through GetAttr (vm/ops.h), exactly like `obj.name`
// in a script, so the sandbox's refusal of names moat does not expose applies
// unchanged ("'__globals__' is not available in the sandbox"); `{0[key]}` goes
// through GetItem. Nothing here looks at an object's internals.
//
// Hazards: allocates; runs Python wherever the looked-up objects are user
// objects (__getattr__, __getitem__, __repr__, __str__, __format__), so the
// field object is rooted while later parts are looked up.
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "vm/format.h"
#include "vm/gc.h"
#include "vm/objects/exception.h"
#include "vm/objects/int.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::vm {

namespace {

// PEP 3101 allows a replacement field inside a format spec, but no deeper:
// "{0:{1}}" works, "{0:{1:{2}}}" fails (do_string_format's recursion_depth).
constexpr int kMaxRecursionDepth = 2;

// Where field values come from. str.format has positional args and keyword
// args (kwnames/kwvalues, or none); format_map has only `mapping`.
struct Sources {
  bool has_args = false;
  const Value* args = nullptr;
  size_t nargs = 0;
  TupleObject* kwnames = nullptr;  // str.format keywords (nullptr: none)
  const Value* kwvalues = nullptr;
  Value mapping = Value::Null();  // format_map's argument
};

// AutoNumber: whether fields are numbered automatically ("{}") or manually
// ("{0}"); mixing the two in one call is an error. Shared with nested specs.
enum class AutoState : uint8_t { kInit, kAuto, kManual };
struct AutoNumber {
  AutoState state = AutoState::kInit;
  int64_t next = 0;
};

// One step of the markup scan: literal text, then optionally a field.
struct Markup {
  std::string_view literal;
  bool field_present = false;
  std::string_view field_name;
  std::string_view format_spec;
  uint32_t conversion = 0;  // 0: none
  bool spec_needs_expanding = false;
};

// get_integer: 1 with *out set if `s` is a non-empty run of Unicode decimal
// digits, 0 if it is not a number, -1 with ValueError pending if it does not
// fit in a Py_ssize_t (overflow is detected digit by digit, before any later
// non-digit is seen, as CPython does).
int GetInteger(Interp& vm, std::string_view s, int64_t* out) {
  if (s.empty()) return 0;
  int64_t accumulator = 0;
  for (size_t pos = 0; pos < s.size();) {
    int digit = UnicodeDecimalValue(DecodeUtf8(s, &pos));
    if (digit < 0) return 0;
    if (accumulator > (std::numeric_limits<int64_t>::max() - digit) / 10) {
      vm.RaiseValueError("Too many decimal digits in format string");
      return -1;
    }
    accumulator = accumulator * 10 + digit;
  }
  *out = accumulator;
  return 1;
}

// parse_field: `*pos` is just past the '{' that opens a field. Fills the
// field's name, conversion and spec, leaving `*pos` past its closing '}'.
bool ParseField(Interp& vm, std::string_view str, size_t* pos, Markup* m) {
  const size_t end = str.size();
  const size_t name_start = *pos;
  char c = 0;
  // The field name ends at '}', ':' or '!', except inside [brackets].
  while (*pos < end) {
    c = str[(*pos)++];
    if (c == '{') {
      vm.RaiseValueError("unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (*pos < end && str[*pos] != ']') ++*pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  if (c != '}' && c != ':' && c != '!') {
    vm.RaiseValueError("expected '}' before end of string");
    return false;
  }
  m->field_name = str.substr(name_start, *pos - 1 - name_start);
  if (c == '}') return true;

  if (c == '!') {
    if (*pos >= end) {
      vm.RaiseValueError("end of string while looking for conversion specifier");
      return false;
    }
    m->conversion = DecodeUtf8(str, pos);
    if (*pos < end) {
      c = str[(*pos)++];
      if (c == '}') return true;
      if (c != ':') {
        vm.RaiseValueError("expected ':' after conversion specifier");
        return false;
      }
    }
  }
  // The spec runs to the '}' that balances the field's '{'.
  const size_t spec_start = *pos;
  int count = 1;
  while (*pos < end) {
    c = str[(*pos)++];
    if (c == '{') {
      m->spec_needs_expanding = true;
      ++count;
    } else if (c == '}' && --count == 0) {
      m->format_spec = str.substr(spec_start, *pos - 1 - spec_start);
      return true;
    }
  }
  vm.RaiseValueError("unmatched '{' in format spec");
  return false;
}

// MarkupIterator_next: 2 when it produced a literal and/or a field, 1 at the
// end of the string, 0 with ValueError pending. An escaped "{{" or "}}" ends
// a literal (including one brace) with no field; the scan resumes after it.
int NextMarkup(Interp& vm, std::string_view str, size_t* pos, Markup* m) {
  *m = Markup();
  const size_t end = str.size();
  if (*pos >= end) return 1;
  const size_t start = *pos;
  char c = 0;
  bool markup_follows = false;
  while (*pos < end) {
    c = str[(*pos)++];
    if (c == '{' || c == '}') {
      markup_follows = true;
      break;
    }
  }
  const bool at_end = *pos >= end;
  size_t len = *pos - start;
  if (c == '}' && (at_end || str[*pos] != '}')) {
    vm.RaiseValueError("Single '}' encountered in format string");
    return 0;
  }
  if (at_end && c == '{') {
    vm.RaiseValueError("Single '{' encountered in format string");
    return 0;
  }
  if (!at_end) {
    if (str[*pos] == c) {
      ++*pos;  // an escaped brace: the literal keeps one of the two
      markup_follows = false;
    } else {
      --len;  // the '{' opening the field is not literal text
    }
  }
  m->literal = str.substr(start, len);
  if (!markup_follows) return 2;
  m->field_present = true;
  return ParseField(vm, str, pos, m) ? 2 : 0;
}

// Looks `key` (a str) up among str.format's keyword arguments or in
// format_map's mapping: KeyError(key) when missing.
Value LookupKeyword(Interp& vm, const Sources& src, std::string_view name) {
  Value key = NewStrValue(vm, name);
  if (key.is_null()) return key;
  if (!src.mapping.is_null()) return GetItem(vm, src.mapping, key);
  if (src.kwnames != nullptr) {
    const StrObject* k = As<StrObject>(key);
    for (size_t i = 0; i < src.kwnames->size; ++i) {
      if (StrEquals(As<StrObject>(src.kwnames->items[i]), k)) return src.kwvalues[i];
    }
  }
  return vm.RaiseKeyError(key);
}

// field_name_split + get_field_object: the object a field name designates.
Value GetFieldObject(Interp& vm, std::string_view field_name, const Sources& src,
                     AutoNumber* auto_number) {
  size_t split = 0;
  while (split < field_name.size() && field_name[split] != '.' && field_name[split] != '[') {
    ++split;
  }
  const std::string_view first = field_name.substr(0, split);
  const std::string_view rest = field_name.substr(split);

  int64_t index = -1;
  const int is_number = GetInteger(vm, first, &index);
  if (is_number < 0) return Value::Null();
  const bool name_is_empty = first.empty();
  const bool numeric = name_is_empty || is_number == 1;
  if (numeric) {
    if (auto_number->state == AutoState::kInit) {
      auto_number->state = name_is_empty ? AutoState::kAuto : AutoState::kManual;
    }
    if (auto_number->state == AutoState::kManual && name_is_empty) {
      return vm.RaiseValueError(
          "cannot switch from manual field specification to automatic field numbering");
    }
    if (auto_number->state != AutoState::kManual && !name_is_empty) {
      return vm.RaiseValueError(
          "cannot switch from automatic field numbering to manual field specification");
    }
    if (name_is_empty) index = auto_number->next++;
  }

  RootScope roots(vm);
  Value obj;
  if (!numeric) {
    obj = LookupKeyword(vm, src, first);
  } else if (!src.has_args) {
    // Only format_map gets here: it has no positional arguments.
    return vm.RaiseValueError("Format string contains positional fields");
  } else if (static_cast<uint64_t>(index) >= src.nargs) {
    return vm.RaiseFormat(&kIndexErrorType,
                          "Replacement index %d out of range for positional args tuple", index);
  } else {
    obj = src.args[index];
  }
  if (obj.is_null()) return obj;
  roots.Add(&obj);
  Value key = Value::None();
  roots.Add(&key);

  // FieldNameIterator: ".name" and "[index]" parts, left to right.
  size_t p = 0;
  while (p < rest.size()) {
    const char c = rest[p++];
    const size_t part_start = p;
    std::string_view part;
    bool is_attribute;
    int64_t item_index = -1;
    int item_is_number = 0;
    if (c == '.') {
      is_attribute = true;
      while (p < rest.size() && rest[p] != '.' && rest[p] != '[') ++p;
      part = rest.substr(part_start, p - part_start);
    } else if (c == '[') {
      is_attribute = false;
      bool bracket_seen = false;
      while (p < rest.size()) {
        if (rest[p++] == ']') {
          bracket_seen = true;
          break;
        }
      }
      if (!bracket_seen) return vm.RaiseValueError("Missing ']' in format string");
      part = rest.substr(part_start, p - 1 - part_start);
      item_is_number = GetInteger(vm, part, &item_index);
      if (item_is_number < 0) return Value::Null();
    } else {
      return vm.RaiseValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part.empty()) return vm.RaiseValueError("Empty attribute in format string");

    if (is_attribute) {
      // The same lookup as `obj.name` in a script, sandbox refusals included.
      StrObject* name = NewStr(vm, part);
      if (name == nullptr) return Value::Null();
      key = Value::FromObject(name);
      obj = GetAttr(vm, obj, name);
    } else {
      // "[0]" indexes with an int, anything else with the str itself.
      key = item_is_number == 1 ? IntFromInt64(vm, item_index) : NewStrValue(vm, part);
      if (key.is_null()) return key;
      obj = GetItem(vm, obj, key);
    }
    if (obj.is_null()) return obj;
  }
  return obj;
}

// do_conversion: !r, !s, !a.
Value Convert(Interp& vm, Value obj, uint32_t conversion) {
  switch (conversion) {
    case 'r':
      return Repr(vm, obj);
    case 's':
      return Str(vm, obj);
    case 'a':
      return StrAscii(vm, obj);
    default:
      if (conversion > 32 && conversion < 127) {
        return vm.RaiseFormat(&kValueErrorType, "Unknown conversion specifier %c",
                              static_cast<char>(conversion));
      }
      return vm.RaiseFormat(&kValueErrorType, "Unknown conversion specifier \\x%x", conversion);
  }
}

bool BuildString(Interp& vm, std::string_view input, const Sources& src, int depth,
                 AutoNumber* auto_number, StrWriter* out, Value* whole = nullptr);

// output_markup: one field, rendered into `out`. With `whole` set, the
// field's text is stored there instead of appended when it is not empty:
// CPython's writer keeps the str __format__ returned itself (a str subclass
// instance included) when it is the first text and the last field.
bool OutputMarkup(Interp& vm, const Markup& m, const Sources& src, int depth,
                  AutoNumber* auto_number, StrWriter* out, Value* whole = nullptr) {
  RootScope roots(vm);
  Value obj = GetFieldObject(vm, m.field_name, src, auto_number);
  if (obj.is_null()) return false;
  roots.Add(&obj);
  if (m.conversion != 0) {
    obj = Convert(vm, obj, m.conversion);
    if (obj.is_null()) return false;
  }
  std::string_view spec = m.format_spec;
  StrWriter expanded(vm);
  if (m.spec_needs_expanding) {
    if (!BuildString(vm, spec, src, depth - 1, auto_number, &expanded)) return false;
    spec = expanded.view();
  }
  // render_field formats an exact int itself, where PyObject_Format (an
  // f-string's, format()'s) would call PyObject_Str, a recursion step.
  Value text = spec.empty() && TypeOf(obj) == &kIntType ? IntToDecimalStr(vm, obj)
                                                        : FormatValue(vm, obj, spec);
  if (text.is_null()) return false;
  if (whole != nullptr && As<StrObject>(text)->length != 0) {
    *whole = text;
    return true;
  }
  return out->AppendStr(As<StrObject>(text));
}

// build_string + do_markup: `input` with every field replaced, into `out`;
// `whole`, when given, gets the one field that makes up all the text (see
// OutputMarkup).
bool BuildString(Interp& vm, std::string_view input, const Sources& src, int depth,
                 AutoNumber* auto_number, StrWriter* out, Value* whole) {
  if (depth <= 0) {
    vm.RaiseValueError("Max string recursion exceeded");
    return false;
  }
  size_t pos = 0;
  Markup m;
  int r;
  while ((r = NextMarkup(vm, input, &pos, &m)) == 2) {
    if (!m.literal.empty()) {
      size_t length;
      bool ascii;
      CountUtf8(m.literal, &length, &ascii);
      if (!out->Append(m.literal, length, ascii)) return false;
    }
    bool alone = whole != nullptr && out->length() == 0 && pos == input.size();
    if (m.field_present &&
        !OutputMarkup(vm, m, src, depth, auto_number, out, alone ? whole : nullptr)) {
      return false;
    }
  }
  return r == 1;
}

Value DoStringFormat(Interp& vm, Value self, const Sources& src) {
  AutoNumber auto_number;
  StrWriter out(vm);
  RootScope roots(vm);
  Value whole = Value::Null();
  roots.Add(&whole);
  if (!BuildString(vm, As<StrObject>(self)->view(), src, kMaxRecursionDepth, &auto_number,
                   &out, &whole)) {
    return Value::Null();
  }
  return whole.is_null() ? out.FinishValue() : whole;
}

}  // namespace

Value StrFormatMethod(Interp& vm, Value self, CallArgs args) {
  Sources src;
  src.has_args = true;
  src.args = args.args;
  src.nargs = args.nargs;
  if (args.kwnames != nullptr && args.kwnames->size != 0) {
    src.kwnames = args.kwnames;
    src.kwvalues = args.args + args.nargs;
  }
  return DoStringFormat(vm, self, src);
}

Value StrFormatMapMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "str.format_map")) return Value::Null();
  Sources src;
  src.mapping = args.args[0];
  return DoStringFormat(vm, self, src);
}

Value StrFormatDunderMethod(Interp& vm, Value self, CallArgs args) {
  if (!CheckMethodOneArg(vm, args, "str.__format__")) return Value::Null();
  Value spec = args.args[0];
  if (!IsStr(spec)) {
    return vm.RaiseFormat(&kTypeErrorType, "__format__() argument must be str, not %s",
                          spec.is_none() ? std::string("None") : std::string(TypeName(spec)));
  }
  return FormatBuiltin(vm, self, As<StrObject>(spec)->view());
}

// PyObject_ASCII: repr() with non-ASCII code points escaped as
// backslashreplace does (\xe9, \u1234, \U0001f600).
Value StrAscii(Interp& vm, Value v) {
  Value r = Repr(vm, v);
  if (r.is_null()) return r;
  const StrObject* s = As<StrObject>(r);
  if (s->ascii) return r;
  if (!ChargeTextPass(vm, s)) return Value::Null();  // escaped a character at a time
  StrWriter out(vm);
  const std::string_view text = s->view();
  static constexpr char kHex[] = "0123456789abcdef";
  for (size_t pos = 0; pos < text.size();) {
    uint32_t cp = DecodeUtf8(text, &pos);
    if (cp < 0x80) {
      if (!out.AppendCodePoint(cp)) return Value::Null();
      continue;
    }
    char escape[10] = {'\\'};
    const int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    escape[1] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
    for (int i = 0; i < digits; ++i) escape[2 + i] = kHex[(cp >> (4 * (digits - 1 - i))) & 0xf];
    if (!out.AppendAscii(std::string_view(escape, 2 + digits))) return Value::Null();
  }
  return out.FinishValue();
}

}  // namespace moat::vm
