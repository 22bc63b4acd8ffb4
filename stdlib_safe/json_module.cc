// json's native core (see json_module.h).
#include "stdlib_safe/json_module.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/float_format.h"
#include "vm/gc.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/float.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::As;
using vm::CallArgs;
using vm::Interp;
using vm::RootScope;
using vm::StrObject;
using vm::StrWriter;
using vm::Value;

// ---- Strings to JSON text ----------------------------------------------------

bool NeedsEscape(unsigned char b, bool ensure_ascii) {
  return b < 0x20 || b == '"' || b == '\\' || (ensure_ascii && b >= 0x7f);
}

// One escaped code point: the short escapes JSON has, else \uXXXX (a
// surrogate pair past the BMP).
bool AppendEscape(StrWriter& out, uint32_t cp) {
  switch (cp) {
    case '"': return out.AppendAscii("\\\"");
    case '\\': return out.AppendAscii("\\\\");
    case '\n': return out.AppendAscii("\\n");
    case '\r': return out.AppendAscii("\\r");
    case '\t': return out.AppendAscii("\\t");
    case '\b': return out.AppendAscii("\\b");
    case '\f': return out.AppendAscii("\\f");
    default: break;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  char buf[12];
  auto put = [&](char* p, uint32_t unit) {
    p[0] = '\\';
    p[1] = 'u';
    for (int i = 0; i < 4; ++i) p[2 + i] = kHex[(unit >> (12 - 4 * i)) & 0xf];
  };
  if (cp > 0xffff) {
    uint32_t v = cp - 0x10000;
    put(buf, 0xd800 | (v >> 10));
    put(buf + 6, 0xdc00 | (v & 0x3ff));
    return out.AppendAscii(std::string_view(buf, 12));
  }
  put(buf, cp);
  return out.AppendAscii(std::string_view(buf, 6));
}

// `s` as a JSON string: quoted, with what must be escaped escaped (and,
// when ensure_ascii, everything past '~').
bool AppendJsonString(Interp& vm, StrWriter& out, const StrObject* s, bool ensure_ascii) {
  std::string_view text = s->view();
  if (!vm.ChargeBytes(text.size()) || !out.AppendAscii("\"")) return false;
  size_t run_start = 0;
  size_t run_code_points = 0;
  bool run_ascii = true;
  auto flush_run = [&](size_t end) {
    if (end == run_start) return true;
    return out.Append(text.substr(run_start, end - run_start), run_code_points, run_ascii);
  };
  size_t pos = 0;
  while (pos < text.size()) {
    auto b = static_cast<unsigned char>(text[pos]);
    if (!NeedsEscape(b, ensure_ascii)) {
      // Bytes of one code point stay together: only a lead byte counts.
      if ((b & 0xc0) != 0x80) ++run_code_points;
      if (b >= 0x80) run_ascii = false;
      ++pos;
      continue;
    }
    if (!flush_run(pos)) return false;
    uint32_t cp = vm::DecodeUtf8(text, &pos);
    if (!AppendEscape(out, cp)) return false;
    run_start = pos;
    run_code_points = 0;
    run_ascii = true;
  }
  return flush_run(pos) && out.AppendAscii("\"");
}

// _encode_string(s, ensure_ascii, /)
Value EncodeString(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_encode_string(s, ensure_ascii, /)");
  Value a[2];
  if (!vm::ParseArgs(vm, kSpec, args, a)) return Value::Null();
  if (!vm::IsStr(a[0])) {
    return vm.RaiseFormat(&vm::kTypeErrorType, "first argument must be a string, not %s",
                          std::string(vm::TypeName(a[0])));
  }
  StrWriter out(vm);
  if (!AppendJsonString(vm, out, As<StrObject>(a[0]), a[1].is_true())) return Value::Null();
  return out.FinishValue();
}

// ---- The one-shot encoder ------------------------------------------------------

// CPython's c_make_encoder without indent: the whole text into one writer.
class OneShotEncoder {
 public:
  OneShotEncoder(Interp& vm, bool check_circular, Value default_fn, StrObject* key_separator,
                 StrObject* item_separator, bool sort_keys, bool skipkeys, bool allow_nan,
                 bool ensure_ascii)
      : vm_(vm),
        out_(vm),
        check_circular_(check_circular),
        default_fn_(default_fn),
        key_separator_(key_separator),
        item_separator_(item_separator),
        sort_keys_(sort_keys),
        skipkeys_(skipkeys),
        allow_nan_(allow_nan),
        ensure_ascii_(ensure_ascii) {}

  bool Encode(Value o) {
    if (o.is_none()) return out_.AppendAscii("null");
    if (o.is_true()) return out_.AppendAscii("true");
    if (o.is_false()) return out_.AppendAscii("false");
    if (vm::IsStr(o)) return AppendJsonString(vm_, out_, As<StrObject>(o), ensure_ascii_);
    if (vm::IsInt(o)) return AppendInt(o);
    if (vm::IsFloat(o)) return AppendFloat(vm::FloatValue(o));
    if (vm::IsList(o) || vm::IsTuple(o)) {
      vm::RecursiveCallGuard guard(vm_, kEncodingDepth);
      return guard.ok() && EncodeList(o);
    }
    if (vm::IsDict(o)) {
      vm::RecursiveCallGuard guard(vm_, kEncodingDepth);
      return guard.ok() && EncodeDict(o);
    }
    return EncodeOther(o);
  }

  Value Finish() { return out_.FinishValue(); }

 private:
  static constexpr const char* kEncodingDepth = " while encoding a JSON object";

  bool AppendInt(Value o) {
    if (o.is_small_int()) return out_.AppendAscii(std::to_string(o.small_int()));
    // int.__repr__, whatever a subclass defines (and under the digit limit).
    Value text = vm::IntToDecimalStr(vm_, o);
    return !text.is_null() && out_.AppendStr(As<StrObject>(text));
  }

  // float.__repr__, or the names JavaScript gives the values JSON lacks.
  bool FloatText(double x, std::string* text) {
    if (std::isfinite(x)) {
      *text = vm::FloatRepr(x);
      return true;
    }
    if (!allow_nan_) {
      vm_.RaiseValueError("Out of range float values are not JSON compliant");
      return false;
    }
    *text = x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN";
    return true;
  }

  bool AppendFloat(double x) {
    std::string text;
    return FloatText(x, &text) && out_.AppendAscii(text);
  }

  // The markers of check_circular: the containers being encoded.
  bool Enter(Value o) {
    if (!check_circular_) return true;
    if (!active_.insert(o.object()).second) {
      vm_.RaiseValueError("Circular reference detected");
      return false;
    }
    return true;
  }
  void Leave(Value o) {
    if (check_circular_) active_.erase(o.object());
  }

  bool EncodeList(Value seq) {
    Value fast = vm::SequenceFast(vm_, seq, "_iterencode_list needs a sequence");
    if (fast.is_null()) return false;
    RootScope roots(vm_);
    roots.Add(&seq);
    roots.Add(&fast);
    size_t size = 0;
    vm::SequenceFastItems(fast, &size);
    if (size == 0) return out_.AppendAscii("[]");
    if (!Enter(seq) || !out_.AppendAscii("[")) return false;
    // The size is read again each time: default() may change the list.
    for (size_t i = 0;; ++i) {
      const Value* items = vm::SequenceFastItems(fast, &size);
      if (i >= size) break;
      if (i > 0 && !out_.AppendStr(item_separator_)) return false;
      if (!Encode(items[i])) return false;
    }
    Leave(seq);
    return out_.AppendAscii("]");
  }

  // The dict's items as CPython 3.11's PyMapping_Items gives them: a new
  // list of (key, value) tuples (from items() for a subclass), sorted
  // when sort_keys.
  vm::ListObject* ItemsList(Value d) {
    vm::ListObject* items = nullptr;
    if (vm::HasType(d, &vm::kDictType)) {
      auto* dict = As<vm::DictObject>(d);
      items = vm::NewList(vm_, dict->size);
      if (items == nullptr) return nullptr;
      Value items_value = Value::FromObject(items);
      RootScope roots(vm_);
      roots.Add(&items_value);
      size_t pos = 0;
      Value key;
      Value value;
      while (vm::DictNext(dict, &pos, &key, &value)) {
        Value pair[2] = {key, value};
        vm::TupleObject* t = vm::NewTupleFrom(vm_, pair, 2);
        if (t == nullptr || !vm::ListAppendValue(vm_, items, Value::FromObject(t))) {
          return nullptr;
        }
      }
    } else {
      Value method = vm::GetAttr(vm_, d, vm_.Intern("items"));
      if (method.is_null()) return nullptr;
      Value view = vm_.Call0(method);
      if (view.is_null()) return nullptr;
      items = vm::ListFromIterable(vm_, view);
      if (items == nullptr) return nullptr;
    }
    if (!sort_keys_) return items;
    Value items_value = Value::FromObject(items);
    RootScope roots(vm_);
    roots.Add(&items_value);
    return vm::ListSort(vm_, items, Value::Null(), false) ? items : nullptr;
  }

  bool EncodeDict(Value d) {
    if (As<vm::DictObject>(d)->size == 0) return out_.AppendAscii("{}");
    RootScope roots(vm_);
    roots.Add(&d);
    if (!Enter(d) || !out_.AppendAscii("{")) return false;
    vm::ListObject* items = ItemsList(d);
    if (items == nullptr) return false;
    Value items_value = Value::FromObject(items);
    roots.Add(&items_value);
    bool first = true;
    for (size_t i = 0; i < items->size; ++i) {
      Value item = items->items[i];
      if (!vm::IsTuple(item) || As<vm::TupleObject>(item)->size != 2) {
        vm_.RaiseValueError("items must return 2-tuples");
        return false;
      }
      auto* pair = As<vm::TupleObject>(item);
      const Value* kv = vm::TupleItems(pair);
      if (!EncodeKeyValue(kv[0], kv[1], &first)) return false;
    }
    Leave(d);
    return out_.AppendAscii("}");
  }

  bool EncodeKeyValue(Value key, Value value, bool* first) {
    // A key's text: a str as it is; the others as their JSON scalars.
    std::string text;
    if (vm::IsStr(key)) {
      // written below, escaped
    } else if (vm::IsFloat(key)) {
      if (!FloatText(vm::FloatValue(key), &text)) return false;
    } else if (key.is_bool() || key.is_none()) {
      text = key.is_none() ? "null" : key.is_true() ? "true" : "false";
    } else if (vm::IsInt(key)) {
      if (key.is_small_int()) {
        text = std::to_string(key.small_int());
      } else {
        Value digits = vm::IntToDecimalStr(vm_, key);
        if (digits.is_null()) return false;
        text = As<StrObject>(digits)->view();
      }
    } else if (skipkeys_) {
      return true;
    } else {
      vm_.RaiseFormat(&vm::kTypeErrorType,
                      "keys must be str, int, float, bool or None, not %s",
                      std::string(vm::TypeName(key)));
      return false;
    }
    if (!*first && !out_.AppendStr(item_separator_)) return false;
    *first = false;
    bool key_written =
        vm::IsStr(key)
            ? AppendJsonString(vm_, out_, As<StrObject>(key), ensure_ascii_)
            : out_.AppendAscii("\"") && out_.AppendAscii(text) && out_.AppendAscii("\"");
    return key_written && out_.AppendStr(key_separator_) && Encode(value);
  }

  // Anything else: default(o)'s value, encoded in o's place.
  bool EncodeOther(Value o) {
    RootScope roots(vm_);
    roots.Add(&o);
    if (!Enter(o)) return false;
    Value replacement = vm_.Call1(default_fn_, o);
    if (replacement.is_null()) return false;
    roots.Add(&replacement);
    {
      vm::RecursiveCallGuard guard(vm_, kEncodingDepth);
      if (!guard.ok() || !Encode(replacement)) return false;
    }
    Leave(o);
    return true;
  }

  Interp& vm_;
  StrWriter out_;
  bool check_circular_;
  Value default_fn_;
  StrObject* key_separator_;
  StrObject* item_separator_;
  bool sort_keys_;
  bool skipkeys_;
  bool allow_nan_;
  bool ensure_ascii_;
  std::unordered_set<const vm::Object*> active_;
};

// _encode_one_shot(o, check_circular, default, key_separator,
//                  item_separator, sort_keys, skipkeys, allow_nan,
//                  ensure_ascii, /)
Value EncodeOneShot(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec(
      "_encode_one_shot(o, check_circular, default, key_separator, item_separator, sort_keys, "
      "skipkeys, allow_nan, ensure_ascii, /)");
  Value a[9];
  if (!vm::ParseArgs(vm, kSpec, args, a)) return Value::Null();
  // CPython calls its encoder object through tp_call: one counted step.
  vm::RecursiveCallGuard call(vm, " while calling a Python object");
  if (!call.ok()) return Value::Null();
  if (!vm::IsStr(a[3]) || !vm::IsStr(a[4])) {
    return vm.RaiseTypeError("_encode_one_shot() separators must be str");
  }
  OneShotEncoder encoder(vm, a[1].is_true(), a[2], As<StrObject>(a[3]), As<StrObject>(a[4]),
                         a[5].is_true(), a[6].is_true(), a[7].is_true(), a[8].is_true());
  if (!encoder.Encode(a[0])) return Value::Null();
  return encoder.Finish();
}

// ---- The scanner -----------------------------------------------------------------

// CPython's scan_once over the UTF-8 of a str. Positions are byte offsets;
// what Python sees (ends, error positions) is converted to code points.
class Scanner {
 public:
  Scanner(Interp& vm, StrObject* s, bool strict, Value error)
      : vm_(vm), s_(s), text_(s->view()), strict_(strict), error_(error) {}

  void SetHooks(Value object_hook, Value pairs_hook, Value parse_float, Value parse_int,
                Value parse_constant, vm::DictObject* memo) {
    object_hook_ = object_hook;
    pairs_hook_ = pairs_hook;
    parse_float_ = parse_float;
    parse_int_ = parse_int;
    parse_constant_ = parse_constant;
    memo_ = memo;
  }

  // The code point index of byte offset `pos`, and back.
  int64_t CodePoint(size_t pos) const {
    if (s_->ascii) return static_cast<int64_t>(pos);
    int64_t cp = 0;
    for (size_t i = 0; i < pos; ++i) cp += (static_cast<unsigned char>(text_[i]) & 0xc0) != 0x80;
    return cp;
  }
  size_t ByteOffset(int64_t cp) const {
    return vm::StrCodePointOffset(s_, static_cast<size_t>(cp));
  }

  // One value at `pos`; its end through `*end`.
  Value ScanValue(size_t pos, size_t* end) {
    if (pos >= text_.size()) return NoValue(pos);
    std::string_view rest = text_.substr(pos);
    switch (text_[pos]) {
      case '"':
        return ScanString(pos + 1, end);
      case '{': {
        vm::RecursiveCallGuard guard(vm_,
                                     " while decoding a JSON object from a unicode string");
        return guard.ok() ? ScanObject(pos + 1, end) : Value::Null();
      }
      case '[': {
        vm::RecursiveCallGuard guard(vm_, " while decoding a JSON array from a unicode string");
        return guard.ok() ? ScanArray(pos + 1, end) : Value::Null();
      }
      case 'n':
        if (rest.starts_with("null")) return Constant(Value::None(), pos + 4, end);
        break;
      case 't':
        if (rest.starts_with("true")) return Constant(Value::True(), pos + 4, end);
        break;
      case 'f':
        if (rest.starts_with("false")) return Constant(Value::False(), pos + 5, end);
        break;
      case 'N':
        if (rest.starts_with("NaN")) return ParseConstant("NaN", pos + 3, end);
        break;
      case 'I':
        if (rest.starts_with("Infinity")) return ParseConstant("Infinity", pos + 8, end);
        break;
      case '-':
        if (rest.starts_with("-Infinity")) return ParseConstant("-Infinity", pos + 9, end);
        break;
      default:
        break;
    }
    return ScanNumber(pos, end);
  }

  // The str whose opening quote is just before `pos`.
  Value ScanString(size_t pos, size_t* end) {
    const size_t begin = pos - 1;
    const size_t size = text_.size();
    StrWriter out(vm_);
    for (;;) {
      size_t next = pos;
      unsigned char c = 0;
      for (; next < size; ++next) {
        c = static_cast<unsigned char>(text_[next]);
        if (c == '"' || c == '\\') break;
        if (c < 0x20 && strict_) return Error("Invalid control character at", next);
      }
      if (next >= size) return Error("Unterminated string starting at", begin);
      if (next > pos) {
        std::string_view chunk = text_.substr(pos, next - pos);
        size_t code_points = 0;
        bool ascii = true;
        if (!vm_.ChargeBytes(chunk.size())) return Value::Null();
        vm::CountUtf8(chunk, &code_points, &ascii);  // a str's own bytes: valid
        if (!out.Append(chunk, code_points, ascii)) return Value::Null();
      }
      ++next;
      if (c == '"') {
        *end = next;
        return out.FinishValue();
      }
      if (next == size) return Error("Unterminated string starting at", begin);
      c = static_cast<unsigned char>(text_[next]);
      if (c != 'u') {
        static constexpr std::string_view kFrom = "\"\\/bfnrt";
        static constexpr std::string_view kTo = "\"\\/\b\f\n\r\t";
        size_t which = kFrom.find(static_cast<char>(c));
        if (which == std::string_view::npos) return Error("Invalid \\escape", next - 1);
        if (!out.AppendAscii(kTo.substr(which, 1))) return Value::Null();
        pos = next + 1;
        continue;
      }
      // \uXXXX: the escape must end before the last character, and a low
      // surrogate's escape joins a high one's only then too.
      size_t u = next;
      if (u + 5 >= size) return Error("Invalid \\uXXXX escape", u);
      int unit = Hex4(u + 1);
      if (unit < 0) return Error("Invalid \\uXXXX escape", u);
      uint32_t cp = static_cast<uint32_t>(unit);
      pos = u + 5;
      if (cp >= 0xd800 && cp <= 0xdbff && pos + 6 < size && text_[pos] == '\\' &&
          text_[pos + 1] == 'u') {
        int low = Hex4(pos + 2);
        if (low < 0) return Error("Invalid \\uXXXX escape", pos + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = 0x10000 + (((cp - 0xd800) << 10) | (static_cast<uint32_t>(low) - 0xdc00));
          pos += 6;
        }
      }
      if (!out.AppendCodePoint(cp)) return Value::Null();
    }
  }

 private:
  // The four hex digits at `pos`, or -1.
  int Hex4(size_t pos) const {
    if (pos + 4 > text_.size()) return -1;
    int v = 0;
    for (size_t i = pos; i < pos + 4; ++i) {
      char c = text_[i];
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }

  // Moves *pos past whitespace, charging long runs of it. False with the
  // limit's error pending.
  bool SkipWhitespace(size_t* pos) {
    size_t start = *pos;
    size_t i = start;
    while (i < text_.size()) {
      char c = text_[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++i;
    }
    *pos = i;
    return vm_.ChargeBytes(i - start);
  }

  // JSONDecodeError(msg, s, pos), raised.
  Value Error(const char* message, size_t pos) {
    Value msg = vm::NewStrValue(vm_, message);
    if (msg.is_null()) return msg;
    RootScope roots(vm_);
    roots.Add(&msg);
    Value where = vm::IntFromInt64(vm_, CodePoint(pos));
    if (where.is_null()) return where;
    Value items[3] = {msg, Value::FromObject(s_), where};
    Value exc = vm_.Call(error_, CallArgs{items, 3, nullptr});
    if (exc.is_null()) return exc;
    return vm_.SetException(exc);
  }

  // StopIteration(pos): no value starts here (raw_decode says "Expecting
  // value").
  Value NoValue(size_t pos) {
    Value where = vm::IntFromInt64(vm_, CodePoint(pos));
    if (where.is_null()) return where;
    Value exc = vm_.Call1(Value::FromObject(&vm::kStopIterationType), where);
    if (exc.is_null()) return exc;
    return vm_.SetException(exc);
  }

  static Value Constant(Value v, size_t after, size_t* end) {
    *end = after;
    return v;
  }

  Value ParseConstant(const char* name, size_t after, size_t* end) {
    Value text = vm::NewStrValue(vm_, name);
    if (text.is_null()) return text;
    *end = after;
    return vm_.Call1(parse_constant_, text);
  }

  Value ScanNumber(size_t pos, size_t* end) {
    const size_t start = pos;
    const size_t size = text_.size();
    auto digit = [&](size_t i) { return text_[i] >= '0' && text_[i] <= '9'; };
    if (text_[pos] == '-') {
      ++pos;
      if (pos >= size) return NoValue(start);
    }
    if (text_[pos] >= '1' && text_[pos] <= '9') {
      ++pos;
      while (pos < size && digit(pos)) ++pos;
    } else if (text_[pos] == '0') {
      ++pos;
    } else {
      return NoValue(start);
    }
    bool is_float = false;
    if (pos + 1 < size && text_[pos] == '.' && digit(pos + 1)) {
      is_float = true;
      pos += 2;
      while (pos < size && digit(pos)) ++pos;
    }
    if (pos + 1 < size && (text_[pos] == 'e' || text_[pos] == 'E')) {
      size_t e_start = pos;
      ++pos;
      if (pos + 1 < size && (text_[pos] == '-' || text_[pos] == '+')) ++pos;
      while (pos < size && digit(pos)) ++pos;
      if (digit(pos - 1)) {
        is_float = true;
      } else {
        pos = e_start;
      }
    }
    *end = pos;
    std::string_view number = text_.substr(start, pos - start);
    Value custom = is_float ? parse_float_ : parse_int_;
    const vm::TypeObject* builtin = is_float ? &vm::kFloatType : &vm::kIntType;
    if (!custom.is_object() || custom.object() != builtin) {
      Value text = vm::NewStrValue(vm_, number);
      if (text.is_null()) return text;
      return vm_.Call1(custom, text);
    }
    if (is_float) return vm::FloatFromString(vm_, number);
    if (number.size() <= 18) {
      int64_t v = 0;
      bool negative = number[0] == '-';
      for (size_t i = negative ? 1 : 0; i < number.size(); ++i) v = v * 10 + (number[i] - '0');
      return vm::IntFromInt64(vm_, negative ? -v : v);
    }
    return vm::IntFromString(vm_, number, 10);
  }

  Value ScanObject(size_t pos, size_t* end) {
    const size_t size = text_.size();
    bool pairs = !pairs_hook_.is_none();
    vm::Object* made = pairs ? static_cast<vm::Object*>(vm::NewList(vm_))
                             : static_cast<vm::Object*>(vm::NewDict(vm_));
    if (made == nullptr) return Value::Null();
    Value container = Value::FromObject(made);
    Value key;
    RootScope roots(vm_);
    roots.Add(&container);
    roots.Add(&key);
    if (!SkipWhitespace(&pos)) return Value::Null();
    if (pos >= size || text_[pos] != '}') {
      for (;;) {
        if (pos >= size || text_[pos] != '"') {
          return Error("Expecting property name enclosed in double quotes", pos);
        }
        key = ScanString(pos + 1, &pos);
        if (key.is_null()) return key;
        // Repeated keys share one str, as CPython's memo makes them.
        Value shared;
        int found = vm::DictGet(vm_, memo_, key, &shared);
        if (found < 0) return Value::Null();
        if (found > 0) {
          key = shared;
        } else if (vm::DictSet(vm_, memo_, key, key) < 0) {
          return Value::Null();
        }
        if (!SkipWhitespace(&pos)) return Value::Null();
        if (pos >= size || text_[pos] != ':') return Error("Expecting ':' delimiter", pos);
        ++pos;
        if (!SkipWhitespace(&pos)) return Value::Null();
        Value value = ScanValue(pos, &pos);
        if (value.is_null()) return value;
        if (pairs) {
          Value pair[2] = {key, value};
          vm::TupleObject* t = vm::NewTupleFrom(vm_, pair, 2);
          if (t == nullptr ||
              !vm::ListAppendValue(vm_, As<vm::ListObject>(container), Value::FromObject(t))) {
            return Value::Null();
          }
        } else if (vm::DictSet(vm_, As<vm::DictObject>(container), key, value) < 0) {
          return Value::Null();
        }
        if (!SkipWhitespace(&pos)) return Value::Null();
        if (pos < size && text_[pos] == '}') break;
        if (pos >= size || text_[pos] != ',') return Error("Expecting ',' delimiter", pos);
        ++pos;
        if (!SkipWhitespace(&pos)) return Value::Null();
      }
    }
    *end = pos + 1;
    if (pairs) return vm_.Call1(pairs_hook_, container);
    if (!object_hook_.is_none()) return vm_.Call1(object_hook_, container);
    return container;
  }

  Value ScanArray(size_t pos, size_t* end) {
    const size_t size = text_.size();
    vm::ListObject* list = vm::NewList(vm_);
    if (list == nullptr) return Value::Null();
    Value container = Value::FromObject(list);
    RootScope roots(vm_);
    roots.Add(&container);
    if (!SkipWhitespace(&pos)) return Value::Null();
    if (pos >= size || text_[pos] != ']') {
      for (;;) {
        Value value = ScanValue(pos, &pos);
        if (value.is_null() || !vm::ListAppendValue(vm_, list, value)) return Value::Null();
        if (!SkipWhitespace(&pos)) return Value::Null();
        if (pos < size && text_[pos] == ']') break;
        if (pos >= size || text_[pos] != ',') return Error("Expecting ',' delimiter", pos);
        ++pos;
        if (!SkipWhitespace(&pos)) return Value::Null();
      }
    }
    *end = pos + 1;
    return container;
  }

  Interp& vm_;
  StrObject* s_;
  std::string_view text_;
  bool strict_;
  Value error_;
  Value object_hook_ = Value::None();
  Value pairs_hook_ = Value::None();
  Value parse_float_;
  Value parse_int_;
  Value parse_constant_;
  vm::DictObject* memo_ = nullptr;
};

// (value, end) with `end` in code points; Null when value is.
Value WithEnd(Interp& vm, const Scanner& scanner, Value value, size_t end) {
  if (value.is_null()) return value;
  RootScope roots(vm);
  roots.Add(&value);
  Value end_value = vm::IntFromInt64(vm, scanner.CodePoint(end));
  if (end_value.is_null()) return end_value;
  Value pair[2] = {value, end_value};
  vm::TupleObject* t = vm::NewTupleFrom(vm, pair, 2);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

// A str argument and a code point index into it, checked as CPython's
// scanner checks them.
bool StrAndIndex(Interp& vm, Value s, Value index, int64_t* out) {
  if (!vm::ClinicSsize(vm, index, out)) return false;
  if (!vm::IsStr(s)) {
    vm.RaiseFormat(&vm::kTypeErrorType, "first argument must be a string, not %s",
                   std::string(vm::TypeName(s)));
    return false;
  }
  return true;
}

// _scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float,
//            parse_int, parse_constant, error, /) -> (value, end)
Value ScanOnce(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec(
      "_scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, "
      "parse_constant, error, /)");
  Value a[9];
  if (!vm::ParseArgs(vm, kSpec, args, a)) return Value::Null();
  // CPython calls its scanner object through tp_call: one counted step.
  vm::RecursiveCallGuard call(vm, " while calling a Python object");
  if (!call.ok()) return Value::Null();
  int64_t idx = 0;
  if (!StrAndIndex(vm, a[0], a[1], &idx)) return Value::Null();
  if (idx < 0) return vm.RaiseValueError("idx cannot be negative");
  auto* s = As<StrObject>(a[0]);
  if (idx >= s->length) {
    Value where = vm::IntFromInt64(vm, idx);
    if (where.is_null()) return where;
    Value exc = vm.Call1(Value::FromObject(&vm::kStopIterationType), where);
    return exc.is_null() ? exc : vm.SetException(exc);
  }
  vm::DictObject* memo = vm::NewDict(vm);
  if (memo == nullptr) return Value::Null();
  Value memo_value = Value::FromObject(memo);
  RootScope roots(vm);
  roots.Add(&memo_value);
  Scanner scanner(vm, s, a[2].is_true(), a[8]);
  scanner.SetHooks(a[3], a[4], a[5], a[6], a[7], memo);
  size_t start = scanner.ByteOffset(idx);
  size_t end = 0;
  Value value = scanner.ScanValue(start, &end);
  return WithEnd(vm, scanner, value, end);
}

// _scan_string(s, end, strict, error, /) -> (str, end): scanstring once
// its arguments are checked (0 <= end <= len(s)).
Value ScanStringCore(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_scan_string(s, end, strict, error, /)");
  Value a[4];
  if (!vm::ParseArgs(vm, kSpec, args, a)) return Value::Null();
  int64_t idx = 0;
  if (!StrAndIndex(vm, a[0], a[1], &idx)) return Value::Null();
  auto* s = As<StrObject>(a[0]);
  if (idx < 0 || idx > s->length) return vm.RaiseValueError("end is out of bounds");
  Scanner scanner(vm, s, a[2].is_true(), a[3]);
  size_t end = 0;
  Value text = scanner.ScanString(scanner.ByteOffset(idx), &end);
  return WithEnd(vm, scanner, text, end);
}

constexpr vm::MethodDef kJsonFunctions[] = {
    {"_encode_string", EncodeString},
    {"_encode_one_shot", EncodeOneShot},
    {"_scan_once", ScanOnce},
    {"_scan_string", ScanStringCore},
    {nullptr, nullptr},
};

}  // namespace

bool InitJsonModule(Interp& vm, vm::ModuleObject* module) {
  for (const vm::MethodDef* def = kJsonFunctions; def->name != nullptr; ++def) {
    if (!vm::ModuleAddFunction(vm, module, def)) return false;
  }
  return InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
