// Text codecs (codecs.h): utf-8, ascii and latin-1 with CPython's error
// handlers and messages (Objects/unicodeobject.c: unicode_encode_ucs1,
// unicode_encode_utf8, unicode_decode_utf8, ascii and latin1 decoders;
// Objects/stringlib/codecs.h for the exact UTF-8 error ranges;
// Python/codecs.c for the handlers; Objects/exceptions.c for the texts).
//
// Encoding walks the str's UTF-8 (moat's strs are generalized UTF-8, so a
// lone surrogate arrives as its 3-byte form) and counts code points for the
// positions in messages. Runs of unencodable characters are handled as one
// error range, as CPython collects them.
#include "vm/objects/codecs.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "vm/args.h"
#include "vm/objects/bytes.h"
#include "vm/objects/exception.h"
#include "vm/objects/exception_unicode.h"
#include "vm/objects/str.h"
#include "vm/objects/str_unicode.h"
#include "vm/ops.h"

namespace moat::vm {
namespace {

enum class Codec { kUtf8, kAscii, kLatin1 };

const char* CodecName(Codec c) {
  switch (c) {
    case Codec::kUtf8: return "utf-8";
    case Codec::kAscii: return "ascii";
    case Codec::kLatin1: return "latin-1";
  }
  return "";
}

// encodings.aliases entries that name moat's codecs, plus the module names.
struct Alias {
  std::string_view name;
  Codec codec;
};
constexpr Alias kAliases[] = {
    {"utf_8", Codec::kUtf8},
    {"u8", Codec::kUtf8},
    {"utf", Codec::kUtf8},
    {"utf8", Codec::kUtf8},
    {"utf8_ucs2", Codec::kUtf8},
    {"utf8_ucs4", Codec::kUtf8},
    {"cp65001", Codec::kUtf8},
    {"ascii", Codec::kAscii},
    {"646", Codec::kAscii},
    {"ansi_x3.4_1968", Codec::kAscii},
    {"ansi_x3_4_1968", Codec::kAscii},
    {"ansi_x3.4_1986", Codec::kAscii},
    {"cp367", Codec::kAscii},
    {"csascii", Codec::kAscii},
    {"ibm367", Codec::kAscii},
    {"iso646_us", Codec::kAscii},
    {"iso_646.irv_1991", Codec::kAscii},
    {"iso_ir_6", Codec::kAscii},
    {"us", Codec::kAscii},
    {"us_ascii", Codec::kAscii},
    {"latin_1", Codec::kLatin1},
    {"8859", Codec::kLatin1},
    {"cp819", Codec::kLatin1},
    {"csisolatin1", Codec::kLatin1},
    {"ibm819", Codec::kLatin1},
    {"iso8859", Codec::kLatin1},
    {"iso8859_1", Codec::kLatin1},
    {"iso_8859_1", Codec::kLatin1},
    {"iso_8859_1_1987", Codec::kLatin1},
    {"iso_ir_100", Codec::kLatin1},
    {"l1", Codec::kLatin1},
    {"latin", Codec::kLatin1},
    {"latin1", Codec::kLatin1},
};

// LookupError quoting a script-chosen name, whose copies in the message are
// charged first. Returns false.
bool RaiseUnknownName(Interp& vm, const absl::FormatSpec<std::string>& format,
                      std::string_view name) {
  ScratchCharge scratch(vm);
  if (!scratch.Charge(3 * uint64_t{name.size()})) return false;
  vm.RaiseFormat(&kLookupErrorType, format, std::string(name));
  return false;
}

bool FindAlias(std::string_view name, Codec* out, bool with_modules = true) {
  for (const Alias& a : kAliases) {
    if (!with_modules && (a.name == "utf_8" || a.name == "ascii" || a.name == "latin_1")) continue;
    if (a.name == name) {
      *out = a.codec;
      return true;
    }
  }
  return false;
}

// The codec registry's lookup: ASCII lowercase (Python/codecs.c
// normalizestring), then encodings.normalize_encoding (runs of characters
// other than alphanumerics and '.' become one '_', dropped at the ends;
// non-ASCII alphanumerics are dropped), then the alias table, also with '.'
// read as '_'.
bool LookupCodec(Interp& vm, std::string_view name, Codec* out) {
  // The name is the script's: its scan is charged, and the normalized copy
  // stops growing once it is longer than any alias.
  if (!ChargeTextPass(vm, name.size())) return false;
  if (name.find('\0') != std::string_view::npos) {
    vm.RaiseValueError("embedded null character");
    return false;
  }
  constexpr size_t kLongestAlias = 32;
  std::string norm;
  bool punct = false;
  for (size_t pos = 0; pos < name.size() && norm.size() <= kLongestAlias;) {
    uint32_t cp = DecodeUtf8(name, &pos);
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if (cp == '.' || UnicodeIsAlnum(cp)) {
      if (punct && !norm.empty()) norm.push_back('_');
      if (cp < 0x80) norm.push_back(static_cast<char>(cp));
      punct = false;
    } else {
      punct = true;
    }
  }
  if (norm.size() > kLongestAlias) return RaiseUnknownName(vm, "unknown encoding: %s", name);
  if (FindAlias(norm, out)) return true;
  std::string dotted = norm;
  for (char& c : dotted) {
    if (c == '.') c = '_';
  }
  // encodings.search_function retries only the alias table with '.' as '_'.
  if (FindAlias(dotted, out, false)) return true;
  return RaiseUnknownName(vm, "unknown encoding: %s", name);
}

enum class Handler {
  kStrict,
  kIgnore,
  kReplace,
  kBackslashReplace,
  kXmlCharRefReplace,
  kSurrogateEscape,
  kSurrogatePass,
  kNameReplace,
};

bool LookupHandler(Interp& vm, std::string_view errors, Handler* out) {
  static constexpr struct {
    std::string_view name;
    Handler handler;
  } kHandlers[] = {
      {"strict", Handler::kStrict},
      {"ignore", Handler::kIgnore},
      {"replace", Handler::kReplace},
      {"backslashreplace", Handler::kBackslashReplace},
      {"xmlcharrefreplace", Handler::kXmlCharRefReplace},
      {"surrogateescape", Handler::kSurrogateEscape},
      {"surrogatepass", Handler::kSurrogatePass},
      {"namereplace", Handler::kNameReplace},
  };
  for (const auto& h : kHandlers) {
    if (h.name == errors) {
      if (h.handler == Handler::kNameReplace) {
        // Needs the Unicode name database, which moat does not carry.
        vm.Raise(&kLookupErrorType,
                 "error handler 'namereplace' is not available in the sandbox");
        return false;
      }
      *out = h.handler;
      return true;
    }
  }
  return RaiseUnknownName(vm, "unknown error handler name '%s'", errors);
}

constexpr char kHex[] = "0123456789abcdef";

// The codec errors carry CPython's attributes (vm/objects/exception_unicode.h),
// whose str() makes the message.
Value RaiseEncodeError(Interp& vm, Codec codec, const StrObject* s, size_t start, size_t end,
                       std::string_view reason) {
  return RaiseUnicodeEncodeError(vm, CodecName(codec), s, static_cast<int64_t>(start),
                                 static_cast<int64_t>(end), reason);
}

Value RaiseDecodeError(Interp& vm, Codec codec, std::string_view data, size_t start, size_t end,
                       std::string_view reason) {
  return RaiseUnicodeDecodeError(vm, CodecName(codec), data, static_cast<int64_t>(start),
                                 static_cast<int64_t>(end), reason);
}

inline bool IsSurrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// ---- Encoding -------------------------------------------------------------------

// Whether `codec` can encode `cp` without an error handler.
inline bool Encodable(Codec codec, uint32_t cp) {
  switch (codec) {
    case Codec::kUtf8: return !IsSurrogate(cp);
    case Codec::kAscii: return cp < 0x80;
    case Codec::kLatin1: return cp < 0x100;
  }
  return false;
}

bool AppendEncoded(ByteWriter& w, Codec codec, uint32_t cp) {
  if (codec != Codec::kUtf8) return w.AppendByte(static_cast<unsigned char>(cp));
  std::string utf8;
  AppendUtf8(&utf8, cp);
  return w.Append(utf8);
}

}  // namespace

Value EncodeStr(Interp& vm, const StrObject* s, std::string_view encoding,
                std::string_view errors) {
  Codec codec;
  if (!LookupCodec(vm, encoding, &codec)) return Value::Null();
  std::string_view text = s->view();
  ByteWriter w(vm);
  // ASCII text is copied as it is (the writer charges for that); anything
  // else is read a character at a time, once or twice.
  if (!s->ascii && !ChargeTextPass(vm, 2 * uint64_t{s->byte_length})) return Value::Null();
  if (codec == Codec::kUtf8 || s->ascii) {
    // Fast path: the stored UTF-8 is the answer unless it holds surrogates.
    bool clean = true;
    if (!s->ascii) {
      for (size_t pos = 0; pos < text.size();) {
        if (IsSurrogate(DecodeUtf8(text, &pos))) {
          clean = false;
          break;
        }
      }
    }
    if (clean) {
      if (!w.Append(text)) return Value::Null();
      return w.Finish(false);
    }
  }
  if (!w.Reserve(text.size())) return Value::Null();
  const char* reason = codec == Codec::kUtf8   ? "surrogates not allowed"
                       : codec == Codec::kAscii ? "ordinal not in range(128)"
                                                : "ordinal not in range(256)";
  bool have_handler = false;
  Handler handler = Handler::kStrict;
  size_t index = 0;  // code point index of `pos`
  for (size_t pos = 0; pos < text.size();) {
    size_t at = pos;
    uint32_t cp = DecodeUtf8(text, &pos);
    if (Encodable(codec, cp)) {
      bool ok = codec == Codec::kUtf8 ? w.Append(text.substr(at, pos - at))
                                      : w.AppendByte(static_cast<unsigned char>(cp));
      if (!ok) return Value::Null();
      ++index;
      continue;
    }
    // Collect the run of unencodable characters [start, end).
    size_t start = index;
    size_t run_begin = at;
    size_t end = index + 1;
    size_t run_end = pos;
    while (run_end < text.size()) {
      size_t next = run_end;
      uint32_t c = DecodeUtf8(text, &next);
      if (Encodable(codec, c)) break;
      run_end = next;
      ++end;
    }
    if (!have_handler) {
      if (!LookupHandler(vm, errors, &handler)) return Value::Null();
      have_handler = true;
    }
    size_t i = start;
    for (size_t p = run_begin; p < run_end; ++i) {
      uint32_t c = DecodeUtf8(text, &p);
      bool ok = true;
      switch (handler) {
        case Handler::kStrict:
        case Handler::kNameReplace:
          return RaiseEncodeError(vm, codec, s, start, end, reason);
        case Handler::kIgnore:
          break;
        case Handler::kReplace:
          ok = w.AppendByte('?');
          break;
        case Handler::kBackslashReplace:
          ok = w.Append(CodePointEscape(c));
          break;
        case Handler::kXmlCharRefReplace:
          ok = w.Append(StrCat("&#", c, ";"));
          break;
        case Handler::kSurrogateEscape:
          if (c < 0xDC80 || c > 0xDCFF) {
            return RaiseEncodeError(vm, codec, s, i, end, reason);
          }
          ok = w.AppendByte(static_cast<unsigned char>(c - 0xDC00));
          break;
        case Handler::kSurrogatePass:
          if (codec != Codec::kUtf8 || !IsSurrogate(c)) {
            return RaiseEncodeError(vm, codec, s, i, end, reason);
          }
          ok = AppendEncoded(w, codec, c);
          break;
      }
      if (!ok) return Value::Null();
    }
    index = end;
    pos = run_end;
  }
  return w.Finish(false);
}

// ---- Decoding -------------------------------------------------------------------

namespace {

// One step of CPython's UTF-8 decoder at `data[pos]` (pos < size): on
// success the code point and its length; on failure the error range length
// and reason (Objects/stringlib/codecs.h utf8_decode with
// unicode_decode_utf8's ranges).
struct Utf8Step {
  bool ok;
  uint32_t cp;
  size_t length;       // bytes consumed (ok) or the error range's length
  const char* reason;  // when !ok
};

inline bool IsCont(unsigned char c) { return (c & 0xC0) == 0x80; }

Utf8Step Utf8DecodeStep(std::string_view data, size_t pos) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(data.data()) + pos;
  size_t avail = data.size() - pos;
  unsigned char c = s[0];
  if (c < 0x80) return {true, c, 1, nullptr};
  auto invalid = [](size_t n) { return Utf8Step{false, 0, n, "invalid continuation byte"}; };
  auto truncated = [&]() { return Utf8Step{false, 0, avail, "unexpected end of data"}; };
  if (c < 0xC2 || c > 0xF4) return {false, 0, 1, "invalid start byte"};
  if (c < 0xE0) {
    if (avail < 2) return truncated();
    if (!IsCont(s[1])) return invalid(1);
    return {true, (static_cast<uint32_t>(c & 0x1F) << 6) | (s[1] & 0x3F), 2, nullptr};
  }
  if (c < 0xF0) {
    if (avail < 2) return truncated();
    unsigned char c2 = s[1];
    if (!IsCont(c2) || (c2 < 0xA0 ? c == 0xE0 : c == 0xED)) return invalid(1);
    if (avail < 3) return truncated();
    if (!IsCont(s[2])) return invalid(2);
    uint32_t cp = (static_cast<uint32_t>(c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (s[2] & 0x3F);
    return {true, cp, 3, nullptr};
  }
  if (avail < 2) return truncated();
  unsigned char c2 = s[1];
  if (!IsCont(c2) || (c2 < 0x90 ? c == 0xF0 : c == 0xF4)) return invalid(1);
  if (avail < 3) return truncated();
  if (!IsCont(s[2])) return invalid(2);
  if (avail < 4) return truncated();
  if (!IsCont(s[3])) return invalid(3);
  uint32_t cp = (static_cast<uint32_t>(c & 0x07) << 18) | ((c2 & 0x3F) << 12) |
                ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
  return {true, cp, 4, nullptr};
}

}  // namespace

Value DecodeBytes(Interp& vm, std::string_view data, std::string_view encoding,
                  std::string_view errors) {
  Codec codec;
  if (!LookupCodec(vm, encoding, &codec)) return Value::Null();
  // All ASCII (every codec's common case): copied straight into the str.
  if (!vm.ChargeBytes(data.size())) return Value::Null();
  size_t length;
  bool ascii;
  if (CountUtf8(data, &length, &ascii) && ascii) {
    StrObject* r = NewStrUninit(vm, data.size(), data.size(), true);
    if (r == nullptr) return Value::Null();
    if (!data.empty()) std::memcpy(r->data, data.data(), data.size());
    return Value::FromObject(r);
  }
  StrWriter w(vm);
  // Runs of ASCII are found a word at a time and copied (charged like a
  // copy); everything else is decoded a character at a time, charged as it
  // goes (the writer charges for the output).
  if (!vm.ChargeBytes(data.size()) || !w.Reserve(data.size())) return Value::Null();
  ScanMeter meter(vm, kCharCost);
  uint64_t decoded = 0;  // bytes not in ASCII runs
  bool have_handler = false;
  Handler handler = Handler::kStrict;
  size_t pos = 0;
  while (pos < data.size()) {
    unsigned char b = static_cast<unsigned char>(data[pos]);
    size_t err_len;
    const char* reason;
    if (b >= 0x80 && !meter.Reach(++decoded)) return Value::Null();
    if (b < 0x80) {
      // An ASCII run.
      size_t end = pos + 1;
      while (end + 8 <= data.size()) {
        uint64_t word;
        std::memcpy(&word, data.data() + end, 8);
        if ((word & 0x8080808080808080ULL) != 0) break;
        end += 8;
      }
      while (end < data.size() && static_cast<unsigned char>(data[end]) < 0x80) ++end;
      if (!w.AppendAscii(data.substr(pos, end - pos))) return Value::Null();
      pos = end;
      continue;
    }
    if (codec == Codec::kLatin1) {
      if (!w.AppendCodePoint(b)) return Value::Null();
      ++pos;
      continue;
    }
    if (codec == Codec::kUtf8) {
      Utf8Step step = Utf8DecodeStep(data, pos);
      if (step.ok) {
        if (!w.Append(data.substr(pos, step.length), 1, false)) return Value::Null();
        pos += step.length;
        continue;
      }
      err_len = step.length;
      reason = step.reason;
    } else {
      err_len = 1;
      reason = "ordinal not in range(128)";
    }
    if (!have_handler) {
      if (!LookupHandler(vm, errors, &handler)) return Value::Null();
      have_handler = true;
    }
    size_t start = pos, end = pos + err_len;
    bool ok = true;
    switch (handler) {
      case Handler::kStrict:
      case Handler::kNameReplace:
        return RaiseDecodeError(vm, codec, data, start, end, reason);
      case Handler::kXmlCharRefReplace:
        return vm.RaiseTypeError("don't know how to handle UnicodeDecodeError in error callback");
      case Handler::kIgnore:
        break;
      case Handler::kReplace:
        ok = w.AppendCodePoint(0xFFFD);
        break;
      case Handler::kBackslashReplace:
        for (size_t i = start; i < end && ok; ++i) {
          unsigned char x = static_cast<unsigned char>(data[i]);
          char esc[4] = {'\\', 'x', kHex[x >> 4], kHex[x & 0xF]};
          ok = w.AppendAscii(std::string_view(esc, 4));
        }
        break;
      case Handler::kSurrogateEscape:
        for (size_t i = start; i < end; ++i) {
          if (static_cast<unsigned char>(data[i]) < 0x80) {
            return RaiseDecodeError(vm, codec, data, start, end, reason);
          }
        }
        for (size_t i = start; i < end && ok; ++i) {
          ok = w.AppendCodePoint(0xDC00 + static_cast<unsigned char>(data[i]));
        }
        break;
      case Handler::kSurrogatePass: {
        // A UTF-8 encoded surrogate (ED A0..BF 80..BF) decodes to itself.
        const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data()) + start;
        if (codec == Codec::kUtf8 && data.size() - start >= 3 && p[0] == 0xED &&
            (p[1] & 0xE0) == 0xA0 && IsCont(p[2])) {
          uint32_t cp = 0xD000 | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
          ok = w.AppendCodePoint(cp);
          end = start + 3;
          break;
        }
        return RaiseDecodeError(vm, codec, data, start, end, reason);
      }
    }
    if (!ok) return Value::Null();
    pos = end;
  }
  return w.FinishValue();
}

// ---- Methods --------------------------------------------------------------------

namespace {

// Clinic's str converter for encoding/errors.
bool TextArg(Interp& vm, Value v, const char* fn, const char* arg, std::string_view* out) {
  if (v.is_null()) return true;
  if (!IsStr(v)) {
    vm.RaiseFormat(&kTypeErrorType, "%s() argument '%s' must be str, not %s", fn, arg,
                   ClinicTypeName(v));
    return false;
  }
  *out = As<StrObject>(v)->view();
  return true;
}

}  // namespace

Value StrEncodeMethod(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("encode(encoding='utf-8', errors='strict')");
  Value out[2];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  std::string_view encoding = "utf-8", errors = "strict";
  if (!TextArg(vm, out[0], "encode", "encoding", &encoding) ||
      !TextArg(vm, out[1], "encode", "errors", &errors)) {
    return Value::Null();
  }
  return EncodeStr(vm, As<StrObject>(self), encoding, errors);
}

Value BytesDecodeMethod(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("decode(encoding='utf-8', errors='strict')");
  Value out[2];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  std::string_view encoding = "utf-8", errors = "strict";
  if (!TextArg(vm, out[0], "decode", "encoding", &encoding) ||
      !TextArg(vm, out[1], "decode", "errors", &errors)) {
    return Value::Null();
  }
  std::string_view data;
  BytesLikeView(self, &data);
  return DecodeBytes(vm, data, encoding, errors);
}

std::string CodePointEscape(uint32_t cp) {
  int digits = cp <= 0xFF ? 2 : (cp <= 0xFFFF ? 4 : 8);
  std::string out = "\\";
  out.push_back(digits == 2 ? 'x' : (digits == 4 ? 'u' : 'U'));
  for (int i = digits - 1; i >= 0; --i) out.push_back(kHex[(cp >> (4 * i)) & 0xF]);
  return out;
}

}  // namespace moat::vm
