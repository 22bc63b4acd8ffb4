// Text codecs (codecs.h): utf-8, ascii, latin-1, utf-16, utf-32 and the
// single-byte table codecs (cp1252, cp437...: codecs_charmap.inc) with
// CPython's error handlers and messages (Objects/unicodeobject.c:
// unicode_encode_ucs1, unicode_encode_utf8, unicode_decode_utf8, ascii and
// latin1 decoders, the UTF-16/32 encoders and Stateful decoders;
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
#include <iterator>
#include <string>
#include <string_view>

#include "absl/strings/ascii.h"
#include "vm/args.h"
#include "vm/gc.h"
#include "vm/objects/bytes.h"
#include "vm/objects/exception.h"
#include "vm/objects/exception_unicode.h"
#include "vm/objects/str.h"
#include "vm/objects/str_unicode.h"
#include "vm/ops.h"
#include "vm/warnings.h"

namespace moat::vm {
namespace {

enum class Codec {
  kUtf8,
  kAscii,
  kLatin1,
  kUtf16,
  kUtf16Le,
  kUtf16Be,
  kUtf32,
  kUtf32Le,
  kUtf32Be,
  kUnicodeEscape,
  kRawUnicodeEscape,
  kUtf8Sig,  // utf-8 with a BOM written, and skipped when read
  kNotText,  // base64, hex, rot13...: bytes-to-bytes or str-to-str codecs
  kCharmap,  // a single-byte table codec (cp1252, cp437...): CharmapCodec
};

// A single-byte codec from CPython's encodings package (encodings/cp1252.py
// and the like, which use codecs.charmap_encode/charmap_decode).
struct CharmapPair {
  uint32_t cp;
  uint8_t byte;
};
struct CharmapCodec {
  const char* module;
  const uint16_t* decode;  // 256 code points; 0xFFFE: undefined
  const CharmapPair* encode;  // sorted by code point
  size_t encode_size;
};
struct CharmapAlias {
  std::string_view name;
  int codec;  // index into kCharmapCodecs
  bool module;
};

#include "vm/objects/codecs_charmap.inc"

// The name encoders report in errors (decoders of utf-16 and utf-32 name
// the byte order they read: WideDecodeName).
const char* CodecName(Codec c) {
  switch (c) {
    case Codec::kUtf8: return "utf-8";
    case Codec::kAscii: return "ascii";
    case Codec::kLatin1: return "latin-1";
    case Codec::kUtf16: return "utf-16";
    case Codec::kUtf16Le: return "utf-16-le";
    case Codec::kUtf16Be: return "utf-16-be";
    case Codec::kUtf32: return "utf-32";
    case Codec::kUtf32Le: return "utf-32-le";
    case Codec::kUtf32Be: return "utf-32-be";
    case Codec::kUnicodeEscape: return "unicodeescape";
    case Codec::kRawUnicodeEscape: return "rawunicodeescape";
    case Codec::kUtf8Sig: return "utf-8";
    case Codec::kCharmap: return "charmap";
    case Codec::kNotText: return "";
  }
  return "";
}

// encodings.aliases entries that name moat's codecs, plus the module names
// (`module`: found only before '.' is read as '_').
struct Alias {
  std::string_view name;
  Codec codec;
  bool module = false;
};
constexpr Alias kAliases[] = {
    {"utf_8", Codec::kUtf8, true},
    {"u8", Codec::kUtf8},
    {"utf", Codec::kUtf8},
    {"utf8", Codec::kUtf8},
    {"utf8_ucs2", Codec::kUtf8},
    {"utf8_ucs4", Codec::kUtf8},
    {"cp65001", Codec::kUtf8},
    {"ascii", Codec::kAscii, true},
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
    {"latin_1", Codec::kLatin1, true},
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
    {"utf_16", Codec::kUtf16, true},
    {"u16", Codec::kUtf16},
    {"utf16", Codec::kUtf16},
    {"utf_16_le", Codec::kUtf16Le, true},
    {"utf_16le", Codec::kUtf16Le},
    {"unicodelittleunmarked", Codec::kUtf16Le},
    {"utf_16_be", Codec::kUtf16Be, true},
    {"utf_16be", Codec::kUtf16Be},
    {"unicodebigunmarked", Codec::kUtf16Be},
    {"utf_32", Codec::kUtf32, true},
    {"u32", Codec::kUtf32},
    {"utf32", Codec::kUtf32},
    {"utf_32_le", Codec::kUtf32Le, true},
    {"utf_32le", Codec::kUtf32Le},
    {"utf_32_be", Codec::kUtf32Be, true},
    {"utf_32be", Codec::kUtf32Be},
    {"unicode_escape", Codec::kUnicodeEscape, true},
    {"raw_unicode_escape", Codec::kRawUnicodeEscape, true},
    {"utf_8_sig", Codec::kUtf8Sig, true},
    {"base64_codec", Codec::kNotText, true},
    {"base64", Codec::kNotText},
    {"base_64", Codec::kNotText},
    {"bz2_codec", Codec::kNotText, true},
    {"bz2", Codec::kNotText},
    {"hex_codec", Codec::kNotText, true},
    {"hex", Codec::kNotText},
    {"quopri_codec", Codec::kNotText, true},
    {"quopri", Codec::kNotText},
    {"quoted_printable", Codec::kNotText},
    {"quotedprintable", Codec::kNotText},
    {"rot_13", Codec::kNotText, true},
    {"rot13", Codec::kNotText},
    {"uu_codec", Codec::kNotText, true},
    {"uu", Codec::kNotText},
    {"zlib_codec", Codec::kNotText, true},
    {"zip", Codec::kNotText},
    {"zlib", Codec::kNotText},
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

// *module (when given) receives the name of the encodings module that
// implements the codec: kAliases lists each module's entry before its
// aliases.
bool FindAlias(std::string_view name, Codec* out, const CharmapCodec** charmap,
               bool with_modules = true, std::string_view* module = nullptr) {
  for (size_t i = 0; i < std::size(kAliases); ++i) {
    const Alias& a = kAliases[i];
    if (!with_modules && a.module) continue;
    if (a.name == name) {
      *out = a.codec;
      size_t owner = i;
      while (!kAliases[owner].module) --owner;
      if (module != nullptr) *module = kAliases[owner].name;
      return true;
    }
  }
  for (const CharmapAlias& a : kCharmapAliases) {
    if (!with_modules && a.module) continue;
    if (a.name == name) {
      *out = Codec::kCharmap;
      *charmap = &kCharmapCodecs[a.codec];
      if (module != nullptr) *module = kCharmapCodecs[a.codec].module;
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
bool LookupCodec(Interp& vm, std::string_view name, Codec* out, const CharmapCodec** charmap,
                 std::string_view* module = nullptr) {
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
  if (FindAlias(norm, out, charmap, true, module)) return true;
  std::string dotted = norm;
  for (char& c : dotted) {
    if (c == '.') c = '_';
  }
  // encodings.search_function retries only the alias table with '.' as '_'.
  if (FindAlias(dotted, out, charmap, false, module)) return true;
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

// Namereplace is an encode-only handler: decoders reject it with a
// TypeError as they reject xmlcharrefreplace; only encoding needs the
// character names, which the host gives the VM (Interp::Options::char_name)
// and without which it is refused.
bool LookupHandler(Interp& vm, std::string_view errors, bool encoding, Handler* out) {
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
      if (h.handler == Handler::kNameReplace && encoding && vm.char_name() == nullptr) {
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

// namereplace's text for `cp` (Python/codecs.c's
// PyCodec_NameReplaceErrors): \N{NAME}, or backslashreplace's escape for a
// code point without a name. LookupHandler has checked the lookup is set.
std::string NameReplacement(Interp& vm, uint32_t cp) {
  std::string name;
  if (vm.char_name()(cp, &name)) return StrCat("\\N{", name, "}");
  return CodePointEscape(cp);
}

// Whether CPython's PyUnicode_Decode / PyUnicode_AsEncodedString decode or
// encode `name` themselves: its _Py_normalize_encoding form (ASCII
// lowercase, runs of other characters than alphanumerics and '.' as one
// '_') is one of these. Other names go through the codec registry, whose
// codec_decode/codec_encode wrap a simple exception from the codec.
bool IsFastPathName(std::string_view name) {
  static constexpr std::string_view kFast[] = {"utf_8",  "utf8",     "utf_16",     "utf16",
                                               "utf_32", "utf32",    "ascii",      "us_ascii",
                                               "latin1", "latin_1", "iso_8859_1", "iso8859_1"};
  std::string norm;
  bool punct = false;
  for (char c : name) {
    if (norm.size() > 10) return false;
    if (absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '.') {
      if (punct && !norm.empty()) norm.push_back('_');
      norm.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
      punct = false;
    } else {
      punct = true;
    }
  }
  for (std::string_view f : kFast) {
    if (norm == f) return true;
  }
  return false;
}

// After a codec failed on a name that is not on the fast path: its
// LookupError or TypeError (an unknown error handler, xmlcharrefreplace
// while decoding), or unicode_escape's DeprecationWarning that a filter made
// an error, becomes "decoding with 'name' codec failed (LookupError:
// ...)" of the same type, caused by it (CPython's
// _PyErr_TrySetFromCause). Unicode errors, MemoryError and the limits'
// errors pass unchanged. Returns Null.
Value WrapCodecError(Interp& vm, std::string_view name, bool decoding) {
  Value exc = vm.exception();
  if (IsFastPathName(name) || !exc.is_object()) return Value::Null();
  TypeObject* type = exc.object()->type;
  if (type != &kLookupErrorType && type != &kTypeErrorType &&
      type != &kDeprecationWarningType) {
    return Value::Null();
  }
  Value text = ExceptionStr(vm, exc);
  if (text.is_null()) return Value::Null();
  std::string message = StrCat(decoding ? "decoding" : "encoding", " with '", name,
                               "' codec failed (", TypeName(exc), ": ",
                               As<StrObject>(text)->view(), ")");
  return RaiseFromCause(vm, type, message);
}

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
    case Codec::kAscii: return cp < 0x80;
    case Codec::kLatin1: return cp < 0x100;
    default: return !IsSurrogate(cp);
  }
}

// ---- UTF-16 and UTF-32 --------------------------------------------------------------

// Code units of 2 or 4 bytes in one byte order; "utf-16" and "utf-32"
// write a BOM and little-endian units (CPython's native order on the
// hosts moat runs on) and read a BOM to pick the order.
struct WideForm {
  size_t unit;  // 2 or 4
  bool big_endian;
  bool bom;
};

bool IsWide(Codec c) {
  return c >= Codec::kUtf16 && c <= Codec::kUtf32Be;
}

bool IsEscapeCodec(Codec c) {
  return c == Codec::kUnicodeEscape || c == Codec::kRawUnicodeEscape;
}

WideForm WideFormOf(Codec c) {
  switch (c) {
    case Codec::kUtf16: return {2, false, true};
    case Codec::kUtf16Le: return {2, false, false};
    case Codec::kUtf16Be: return {2, true, false};
    case Codec::kUtf32: return {4, false, true};
    case Codec::kUtf32Le: return {4, false, false};
    default: return {4, true, false};
  }
}

const char* WideDecodeName(const WideForm& f) {
  if (f.unit == 2) return f.big_endian ? "utf-16-be" : "utf-16-le";
  return f.big_endian ? "utf-32-be" : "utf-32-le";
}

bool PutUnit(ByteWriter& w, const WideForm& f, uint32_t u) {
  char b[4];
  for (size_t i = 0; i < f.unit; ++i) {
    size_t shift = 8 * (f.big_endian ? f.unit - 1 - i : i);
    b[i] = static_cast<char>((u >> shift) & 0xFF);
  }
  return w.Append(std::string_view(b, f.unit));
}

// A code point as UTF-16 units (a pair above U+FFFF) or one UTF-32 unit.
bool PutCodePoint(ByteWriter& w, const WideForm& f, uint32_t cp) {
  if (f.unit == 2 && cp >= 0x10000) {
    cp -= 0x10000;
    return PutUnit(w, f, 0xD800 | (cp >> 10)) && PutUnit(w, f, 0xDC00 | (cp & 0x3FF));
  }
  return PutUnit(w, f, cp);
}

// ASCII replacement text (the handlers' '?', escapes and character
// references) as units.
bool PutAscii(ByteWriter& w, const WideForm& f, std::string_view text) {
  for (char c : text) {
    if (!PutUnit(w, f, static_cast<unsigned char>(c))) return false;
  }
  return true;
}

uint32_t ReadUnit(std::string_view data, size_t pos, const WideForm& f) {
  uint32_t u = 0;
  for (size_t i = 0; i < f.unit; ++i) {
    uint32_t b = static_cast<unsigned char>(data[pos + i]);
    u |= b << (8 * (f.big_endian ? f.unit - 1 - i : i));
  }
  return u;
}

// For a form that reads a BOM ("utf-16", "utf-32"): the BOM's length when
// `data` starts with one, whose byte order *f then takes; else 0, and the
// form keeps its little-endian default.
size_t ReadBom(std::string_view data, WideForm* f) {
  if (!f->bom || data.size() < f->unit) return 0;
  WideForm le = *f;
  le.big_endian = false;
  uint32_t bom = ReadUnit(data, 0, le);
  uint32_t swapped = f->unit == 2 ? 0xFFFE : 0xFFFE0000;
  if (bom != 0xFEFF && bom != swapped) return 0;
  f->big_endian = bom == swapped;
  return f->unit;
}

// The UTF-16/32 encoders: a surrogate is an error of its own (one
// character, "surrogates not allowed"); handlers answering with text write
// it as units, surrogatepass writes the surrogate as a unit, and
// surrogateescape's single bytes are refused as CPython refuses a byte
// count that is not a whole number of units.
Value EncodeWide(Interp& vm, const StrObject* s, Codec codec, std::string_view errors) {
  WideForm f = WideFormOf(codec);
  std::string_view text = s->view();
  if (!ChargeTextPass(vm, text.size())) return Value::Null();
  ByteWriter w(vm);
  if (!w.Reserve(f.unit * (s->length + (f.bom ? 1 : 0)))) return Value::Null();
  if (f.bom && !PutUnit(w, f, 0xFEFF)) return Value::Null();
  bool have_handler = false;
  Handler handler = Handler::kStrict;
  size_t index = 0;
  for (size_t pos = 0; pos < text.size(); ++index) {
    uint32_t cp = DecodeUtf8(text, &pos);
    if (!IsSurrogate(cp)) {
      if (!PutCodePoint(w, f, cp)) return Value::Null();
      continue;
    }
    if (!have_handler) {
      if (!LookupHandler(vm, errors, /*encoding=*/true, &handler)) {
        return Value::Null();
      }
      have_handler = true;
    }
    bool ok = true;
    switch (handler) {
      case Handler::kStrict:
      case Handler::kSurrogateEscape:
        return RaiseEncodeError(vm, codec, s, index, index + 1, "surrogates not allowed");
      case Handler::kIgnore:
        break;
      case Handler::kReplace:
        ok = PutUnit(w, f, '?');
        break;
      case Handler::kBackslashReplace:
        ok = PutAscii(w, f, CodePointEscape(cp));
        break;
      case Handler::kNameReplace:
        ok = PutAscii(w, f, NameReplacement(vm, cp));
        break;
      case Handler::kXmlCharRefReplace:
        ok = PutAscii(w, f, StrCat("&#", cp, ";"));
        break;
      case Handler::kSurrogatePass:
        ok = PutUnit(w, f, cp);
        break;
    }
    if (!ok) return Value::Null();
  }
  return w.Finish(false);
}

bool AppendEncoded(ByteWriter& w, Codec codec, uint32_t cp) {
  if (codec != Codec::kUtf8) return w.AppendByte(static_cast<unsigned char>(cp));
  std::string utf8;
  AppendUtf8(&utf8, cp);
  return w.Append(utf8);
}

// ---- unicode_escape and raw_unicode_escape ----------------------------------------

// The escape encoders never fail: unicode_escape writes printable ASCII as
// it is, \\, \t, \n, \r, and \xNN, \uNNNN or \UNNNNNNNN for the
// rest; raw_unicode_escape writes code points below 256 as one byte and
// the rest as \uNNNN or \UNNNNNNNN (PyUnicode_AsUnicodeEscapeString,
// PyUnicode_AsRawUnicodeEscapeString).
Value EncodeEscape(Interp& vm, const StrObject* s, Codec codec) {
  std::string_view text = s->view();
  if (!ChargeTextPass(vm, text.size())) return Value::Null();
  ByteWriter w(vm);
  if (!w.Reserve(text.size())) return Value::Null();
  bool raw = codec == Codec::kRawUnicodeEscape;
  for (size_t pos = 0; pos < text.size();) {
    uint32_t cp = DecodeUtf8(text, &pos);
    bool ok;
    if (raw ? cp < 0x100 : (cp >= 0x20 && cp < 0x7F && cp != '\\')) {
      ok = w.AppendByte(static_cast<unsigned char>(cp));
    } else if (!raw && (cp == '\\' || cp == '\t' || cp == '\n' || cp == '\r')) {
      char esc[2] = {'\\', cp == '\\' ? '\\' : cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r'};
      ok = w.Append(std::string_view(esc, 2));
    } else {
      ok = w.Append(CodePointEscape(cp));
    }
    if (!ok) return Value::Null();
  }
  return w.Finish(false);
}

// The loop of the encoders that hand runs of unencodable characters to an
// error handler together (unicode_encode_utf8, unicode_encode_ucs1 and
// PyUnicode_EncodeCharmap). A Target says what its codec can encode:
//   bool Append(ByteWriter&, std::string_view utf8, uint32_t cp, bool* ok):
//       false if cp is unencodable; else appends it, *ok false on failure;
//   bool Encodable(uint32_t cp);
//   bool AppendReplacement(ByteWriter&, std::string_view ascii,
//                          bool* unencodable): a handler's ASCII text;
//   bool SurrogatePass(uint32_t cp): whether surrogatepass writes cp;
//   kSurrogateEscapeWholeRun: surrogateescape fails for the whole run (it
//       goes to the generic handler) rather than from the failing character.
template <typename Target>
Value EncodeByRuns(Interp& vm, const StrObject* s, Codec codec, const char* reason,
                   std::string_view errors, const Target& target, ByteWriter& w) {
  std::string_view text = s->view();
  bool have_handler = false;
  Handler handler = Handler::kStrict;
  size_t index = 0;  // code point index of `pos`
  for (size_t pos = 0; pos < text.size();) {
    size_t at = pos;
    uint32_t cp = DecodeUtf8(text, &pos);
    bool ok = true;
    if (target.Append(w, text.substr(at, pos - at), cp, &ok)) {
      if (!ok) return Value::Null();
      ++index;
      continue;
    }
    // Collect the run of unencodable characters [start, end).
    size_t start = index, end = index + 1;
    size_t run_begin = at, run_end = pos;
    while (run_end < text.size()) {
      size_t next = run_end;
      if (target.Encodable(DecodeUtf8(text, &next))) break;
      run_end = next;
      ++end;
    }
    if (!have_handler) {
      if (!LookupHandler(vm, errors, /*encoding=*/true, &handler)) {
        return Value::Null();
      }
      have_handler = true;
    }
    size_t i = start;
    for (size_t p = run_begin; p < run_end; ++i) {
      uint32_t c = DecodeUtf8(text, &p);
      bool unencodable = false;
      switch (handler) {
        case Handler::kStrict:
          return RaiseEncodeError(vm, codec, s, start, end, reason);
        case Handler::kIgnore:
          break;
        case Handler::kReplace:
          ok = target.AppendReplacement(w, "?", &unencodable);
          break;
        case Handler::kBackslashReplace:
          ok = target.AppendReplacement(w, CodePointEscape(c), &unencodable);
          break;
        case Handler::kNameReplace:
          ok = target.AppendReplacement(w, NameReplacement(vm, c), &unencodable);
          break;
        case Handler::kXmlCharRefReplace:
          ok = target.AppendReplacement(w, StrCat("&#", c, ";"), &unencodable);
          break;
        case Handler::kSurrogateEscape:
          if (c < 0xDC80 || c > 0xDCFF) {
            return RaiseEncodeError(vm, codec, s, Target::kSurrogateEscapeWholeRun ? start : i,
                                    end, reason);
          }
          ok = w.AppendByte(static_cast<unsigned char>(c - 0xDC00));
          break;
        case Handler::kSurrogatePass:
          if (!target.SurrogatePass(c)) return RaiseEncodeError(vm, codec, s, i, end, reason);
          ok = AppendEncoded(w, codec, c);
          break;
      }
      // A replacement the codec cannot encode either fails for the run.
      if (unencodable) return RaiseEncodeError(vm, codec, s, start, end, reason);
      if (!ok) return Value::Null();
    }
    index = end;
    pos = run_end;
  }
  return w.Finish(false);
}

// utf-8, ascii and latin-1 as EncodeByRuns targets.
struct NarrowTarget {
  static constexpr bool kSurrogateEscapeWholeRun = false;
  Codec codec;
  bool Append(ByteWriter& w, std::string_view utf8, uint32_t cp, bool* ok) const {
    if (!Encodable(cp)) return false;
    *ok = codec == Codec::kUtf8 ? w.Append(utf8) : w.AppendByte(static_cast<unsigned char>(cp));
    return true;
  }
  bool Encodable(uint32_t cp) const { return moat::vm::Encodable(codec, cp); }
  bool AppendReplacement(ByteWriter& w, std::string_view ascii, bool*) const {
    return w.Append(ascii);
  }
  bool SurrogatePass(uint32_t cp) const { return codec == Codec::kUtf8 && IsSurrogate(cp); }
};

// utf-8, ascii and latin-1.
Value EncodeNarrow(Interp& vm, const StrObject* s, Codec codec, std::string_view errors) {
  std::string_view text = s->view();
  ByteWriter w(vm);
  if (codec == Codec::kUtf8Sig) {
    if (!w.Append("\xEF\xBB\xBF")) return Value::Null();
    codec = Codec::kUtf8;
  }
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
  return EncodeByRuns(vm, s, codec, reason, errors, NarrowTarget{codec}, w);
}

// ---- Single-byte table codecs (charmap) ------------------------------------------

// The byte `cp` encodes to, or -1 (charmap_encoding_error's "character maps
// to <undefined>").
int CharmapByte(const CharmapCodec& c, uint32_t cp) {
  size_t lo = 0, hi = c.encode_size;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c.encode[mid].cp < cp) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo < c.encode_size && c.encode[lo].cp == cp ? c.encode[lo].byte : -1;
}

// A single-byte table as an EncodeByRuns target: a handler's replacement
// goes through the table too (charmap_encoding_error), and surrogatepass
// does not apply.
struct CharmapTarget {
  static constexpr bool kSurrogateEscapeWholeRun = true;
  const CharmapCodec& table;
  bool Append(ByteWriter& w, std::string_view, uint32_t cp, bool* ok) const {
    int b = CharmapByte(table, cp);
    if (b < 0) return false;
    *ok = w.AppendByte(static_cast<unsigned char>(b));
    return true;
  }
  bool Encodable(uint32_t cp) const { return CharmapByte(table, cp) >= 0; }
  bool AppendReplacement(ByteWriter& w, std::string_view ascii, bool* unencodable) const {
    for (char ch : ascii) {
      int b = CharmapByte(table, static_cast<unsigned char>(ch));
      if (b < 0) {
        *unencodable = true;
        return false;
      }
      if (!w.AppendByte(static_cast<unsigned char>(b))) return false;
    }
    return true;
  }
  bool SurrogatePass(uint32_t) const { return false; }
};

// PyUnicode_EncodeCharmap: runs of unencodable characters go to the error
// handler together.
Value EncodeCharmap(Interp& vm, const StrObject* s, const CharmapCodec& c,
                    std::string_view errors) {
  if (!ChargeTextPass(vm, 2 * uint64_t{s->byte_length})) return Value::Null();
  ByteWriter w(vm);
  if (!w.Reserve(s->length)) return Value::Null();
  return EncodeByRuns(vm, s, Codec::kCharmap, "character maps to <undefined>", errors,
                      CharmapTarget{c}, w);
}

// PyUnicode_DecodeCharmap with a decoding table: an undefined byte is an
// error of one byte.
Value DecodeCharmap(Interp& vm, std::string_view data, const CharmapCodec& c,
                    std::string_view errors) {
  if (!vm.ChargeBytes(2 * uint64_t{data.size()})) return Value::Null();
  StrWriter w(vm);
  if (!w.Reserve(data.size())) return Value::Null();
  constexpr const char* kReason = "character maps to <undefined>";
  bool have_handler = false;
  Handler handler = Handler::kStrict;
  for (size_t pos = 0; pos < data.size(); ++pos) {
    unsigned char b = static_cast<unsigned char>(data[pos]);
    uint32_t cp = c.decode[b];
    if (cp != 0xFFFE) {
      if (!w.AppendCodePoint(cp)) return Value::Null();
      continue;
    }
    if (!have_handler) {
      if (!LookupHandler(vm, errors, /*encoding=*/false, &handler)) {
        return Value::Null();
      }
      have_handler = true;
    }
    bool ok = true;
    switch (handler) {
      case Handler::kStrict:
      case Handler::kSurrogatePass:
        return RaiseDecodeError(vm, Codec::kCharmap, data, pos, pos + 1, kReason);
      case Handler::kXmlCharRefReplace:
      case Handler::kNameReplace:
        return vm.RaiseTypeError("don't know how to handle UnicodeDecodeError in error callback");
      case Handler::kIgnore:
        break;
      case Handler::kReplace:
        ok = w.AppendCodePoint(0xFFFD);
        break;
      case Handler::kBackslashReplace: {
        char esc[4] = {'\\', 'x', kHex[b >> 4], kHex[b & 0xF]};
        ok = w.AppendAscii(std::string_view(esc, 4));
        break;
      }
      case Handler::kSurrogateEscape:
        if (b < 0x80) return RaiseDecodeError(vm, Codec::kCharmap, data, pos, pos + 1, kReason);
        ok = w.AppendCodePoint(0xDC00 + b);
        break;
    }
    if (!ok) return Value::Null();
  }
  return w.FinishValue();
}

// ---- Decoding -------------------------------------------------------------------


inline bool IsCont(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

Utf8Step Utf8DecodeStep(std::string_view data, size_t pos) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(data.data()) + pos;
  size_t avail = data.size() - pos;
  unsigned char c = s[0];
  if (c < 0x80) return {true, c, 1, nullptr};
  auto invalid = [](size_t n) { return Utf8Step{false, 0, n, "invalid continuation byte"}; };
  auto truncated = [&]() { return Utf8Step{false, 0, avail, "unexpected end of data", true}; };
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

namespace {


// The UTF-16/32 decoders (PyUnicode_DecodeUTF16Stateful and
// PyUnicode_DecodeUTF32Stateful, final): a BOM at the start picks the byte
// order for "utf-16" and "utf-32" and is dropped; errors name the order
// read ("utf-16-le"...). The handlers resume where CPython's do:
// surrogatepass takes one surrogate unit, surrogateescape the run of bytes
// >= 0x80 at the start of the error (which may leave the decoder between
// units).
Value DecodeWide(Interp& vm, std::string_view data, Codec codec, std::string_view errors) {
  WideForm f = WideFormOf(codec);
  size_t pos = ReadBom(data, &f);
  const char* name = WideDecodeName(f);
  if (!ChargeTextPass(vm, data.size())) return Value::Null();
  StrWriter w(vm);
  if (!w.Reserve(data.size() / f.unit)) return Value::Null();
  bool have_handler = false;
  Handler handler = Handler::kStrict;
  while (pos < data.size()) {
    size_t start = pos, end;
    const char* reason;
    if (data.size() - pos < f.unit) {
      reason = "truncated data";
      end = data.size();
    } else if (f.unit == 2) {
      uint32_t u = ReadUnit(data, pos, f);
      if (!IsSurrogate(u)) {
        if (!w.AppendCodePoint(u)) return Value::Null();
        pos += 2;
        continue;
      }
      if (u >= 0xDC00) {
        reason = "illegal encoding";
        end = pos + 2;
      } else if (data.size() - pos < 4) {
        reason = "unexpected end of data";
        end = data.size();
      } else {
        uint32_t low = ReadUnit(data, pos + 2, f);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          if (!w.AppendCodePoint(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))) {
            return Value::Null();
          }
          pos += 4;
          continue;
        }
        reason = "illegal UTF-16 surrogate";
        end = pos + 2;
      }
    } else {
      uint32_t ch = ReadUnit(data, pos, f);
      if (ch < 0x110000 && !IsSurrogate(ch)) {
        if (!w.AppendCodePoint(ch)) return Value::Null();
        pos += 4;
        continue;
      }
      reason = ch < 0x110000 ? "code point in surrogate code point range(0xd800, 0xe000)"
                             : "code point not in range(0x110000)";
      end = pos + 4;
    }
    if (!have_handler) {
      if (!LookupHandler(vm, errors, /*encoding=*/false, &handler)) {
        return Value::Null();
      }
      have_handler = true;
    }
    bool ok = true;
    pos = end;
    switch (handler) {
      case Handler::kStrict:
        return RaiseUnicodeDecodeError(vm, name, data, static_cast<int64_t>(start),
                                       static_cast<int64_t>(end), reason);
      case Handler::kXmlCharRefReplace:
      case Handler::kNameReplace:
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
      case Handler::kSurrogateEscape: {
        size_t i = start;
        for (; i < end && static_cast<unsigned char>(data[i]) >= 0x80 && ok; ++i) {
          ok = w.AppendCodePoint(0xDC00 + static_cast<unsigned char>(data[i]));
        }
        if (i == start) {
          return RaiseUnicodeDecodeError(vm, name, data, static_cast<int64_t>(start),
                                         static_cast<int64_t>(end), reason);
        }
        pos = i;
        break;
      }
      case Handler::kSurrogatePass: {
        uint32_t u = data.size() - start >= f.unit ? ReadUnit(data, start, f) : 0;
        if (!IsSurrogate(u)) {
          return RaiseUnicodeDecodeError(vm, name, data, static_cast<int64_t>(start),
                                         static_cast<int64_t>(end), reason);
        }
        ok = w.AppendCodePoint(u);
        pos = start + f.unit;
        break;
      }
    }
    if (!ok) return Value::Null();
  }
  return w.FinishValue();
}

inline int HexValue(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The escape decoders (_PyUnicode_DecodeUnicodeEscapeInternal,
// _PyUnicode_DecodeRawUnicodeEscape), final: bytes other than escapes are
// latin-1. unicode_escape reads Python's string escapes (an unknown one
// stays as it is; an octal one past 0o377 gives its code point), and a
// decode that succeeds then warns, as CPython 3.11's, with a
// DeprecationWarning about the first such escape only; raw_unicode_escape
// only \uXXXX and \UXXXXXXXX after an odd run of backslashes. \N{name}
// asks the host's Unicode name database (Interp::Options::char_code, from
// unicodedata); without one, a complete \N{name} raises LookupError.
Value DecodeEscape(Interp& vm, std::string_view data, Codec codec, std::string_view errors) {
  if (!ChargeTextPass(vm, data.size())) return Value::Null();
  StrWriter w(vm);
  if (!w.Reserve(data.size())) return Value::Null();
  bool raw = codec == Codec::kRawUnicodeEscape;
  bool have_handler = false;
  Handler handler = Handler::kStrict;
  size_t pos = 0;
  // The first unknown escape's character, or an octal escape's value past
  // 0o377; -1 while there is none.
  int32_t first_invalid_escape = -1;
  auto byte = [&](size_t i) { return static_cast<unsigned char>(data[i]); };
  while (pos < data.size()) {
    unsigned char c = byte(pos++);
    if (c != '\\') {
      if (!w.AppendCodePoint(c)) return Value::Null();
      continue;
    }
    size_t start = pos - 1;
    const char* reason = nullptr;
    int count = 0;
    if (raw) {
      size_t run_end = pos;
      while (run_end < data.size() && byte(run_end) == '\\') ++run_end;
      size_t run = run_end - start;
      bool escape = run % 2 == 1 && run_end < data.size() &&
                    (byte(run_end) == 'u' || byte(run_end) == 'U');
      for (size_t i = 0; i < (escape ? run - 1 : run); ++i) {
        if (!w.AppendCodePoint('\\')) return Value::Null();
      }
      pos = run_end;
      if (!escape) continue;
      start = run_end - 1;
      c = byte(pos++);
      count = c == 'u' ? 4 : 8;
      reason = c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
    } else if (pos >= data.size()) {
      reason = "\\ at end of string";
    } else {
      c = byte(pos++);
      uint32_t simple = 0x110000;
      switch (c) {
        case '\n': continue;
        case '\\': case '\'': case '"': simple = c; break;
        case 'b': simple = '\b'; break;
        case 'f': simple = '\f'; break;
        case 't': simple = '\t'; break;
        case 'n': simple = '\n'; break;
        case 'r': simple = '\r'; break;
        case 'v': simple = '\v'; break;
        case 'a': simple = '\a'; break;
        case 'x': count = 2; reason = "truncated \\xXX escape"; break;
        case 'u': count = 4; reason = "truncated \\uXXXX escape"; break;
        case 'U': count = 8; reason = "truncated \\UXXXXXXXX escape"; break;
        case 'N': {
          // The error's range ends after the '}' of an unknown name, at the
          // '}' of an empty one, and at the end of an unclosed one.
          reason = "malformed \\N character escape";
          if (pos < data.size() && byte(pos) == '{') {
            size_t close = data.find('}', pos + 1);
            if (close == std::string_view::npos) {
              pos = data.size();
            } else if (close > pos + 1) {
              if (vm.char_code() == nullptr) {
                vm.Raise(&kLookupErrorType,
                         "\\N{...} escapes are not available in the sandbox (the host gave "
                         "no Unicode name database)");
                return Value::Null();
              }
              std::string_view name = data.substr(pos + 1, close - pos - 1);
              pos = close + 1;
              uint32_t named;
              if (vm.char_code()(name, &named)) {
                simple = named;
                break;
              }
              reason = "unknown Unicode character name";
            } else {
              pos = close;
            }
          }
          break;
        }
        default:
          if (c >= '0' && c <= '7') {
            simple = c - '0';
            auto octal = [&](size_t i) {
              return i < data.size() && byte(i) >= '0' && byte(i) <= '7';
            };
            for (int i = 0; i < 2 && octal(pos); ++i) simple = simple * 8 + (byte(pos++) - '0');
            if (simple > 0377 && first_invalid_escape < 0) {
              first_invalid_escape = static_cast<int32_t>(simple);
            }
          } else {
            if (!w.AppendCodePoint('\\')) return Value::Null();
            simple = c;
            if (first_invalid_escape < 0) first_invalid_escape = c;
          }
      }
      if (simple != 0x110000) {
        if (!w.AppendCodePoint(simple)) return Value::Null();
        continue;
      }
    }
    if (count > 0) {
      uint32_t ch = 0;
      int digits = 0;
      for (; digits < count && pos < data.size(); ++digits, ++pos) {
        int d = HexValue(byte(pos));
        if (d < 0) break;
        ch = (ch << 4) | static_cast<uint32_t>(d);
      }
      if (digits == count) {
        if (ch < 0x110000) {
          if (!w.AppendCodePoint(ch)) return Value::Null();
          continue;
        }
        reason = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
      }
    }
    size_t end = pos;
    if (!have_handler) {
      if (!LookupHandler(vm, errors, /*encoding=*/false, &handler)) {
        return Value::Null();
      }
      have_handler = true;
    }
    bool ok = true;
    switch (handler) {
      case Handler::kStrict:
      case Handler::kSurrogatePass:
      case Handler::kSurrogateEscape:  // the range starts with '\\', below 0x80
        return RaiseDecodeError(vm, codec, data, start, end, reason);
      case Handler::kXmlCharRefReplace:
      case Handler::kNameReplace:
        return vm.RaiseTypeError("don't know how to handle UnicodeDecodeError in error callback");
      case Handler::kIgnore:
        break;
      case Handler::kReplace:
        ok = w.AppendCodePoint(0xFFFD);
        break;
      case Handler::kBackslashReplace:
        for (size_t i = start; i < end && ok; ++i) {
          char esc[4] = {'\\', 'x', kHex[byte(i) >> 4], kHex[byte(i) & 0xF]};
          ok = w.AppendAscii(std::string_view(esc, 4));
        }
        break;
    }
    if (!ok) return Value::Null();
  }
  Value result = w.FinishValue();
  if (result.is_null() || first_invalid_escape < 0) return result;
  RootScope roots(vm);
  roots.Add(&result);
  // The escape's text: an octal one's three digits, else its character.
  std::string escape;
  if (first_invalid_escape > 0377) {
    for (int shift = 6; shift >= 0; shift -= 3) {
      escape.push_back(static_cast<char>('0' + ((first_invalid_escape >> shift) & 7)));
    }
  } else {
    AppendUtf8(&escape, static_cast<uint32_t>(first_invalid_escape));
  }
  std::string message = StrCat("invalid ", first_invalid_escape > 0377 ? "octal " : "",
                               "escape sequence '\\", escape, "'");
  if (!WarnFromNative(vm, &kDeprecationWarningType, message)) return Value::Null();
  return result;
}

// utf-8, ascii and latin-1.
Value DecodeNarrow(Interp& vm, std::string_view data, Codec codec, std::string_view errors) {
  if (codec == Codec::kUtf8Sig) {
    // encodings.utf_8_sig decodes what follows the BOM: positions in its
    // errors count from there.
    if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
    codec = Codec::kUtf8;
  }
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
      if (!LookupHandler(vm, errors, /*encoding=*/false, &handler)) {
        return Value::Null();
      }
      have_handler = true;
    }
    size_t start = pos, end = pos + err_len;
    bool ok = true;
    switch (handler) {
      case Handler::kStrict:
        return RaiseDecodeError(vm, codec, data, start, end, reason);
      case Handler::kXmlCharRefReplace:
      case Handler::kNameReplace:
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

// A text codec's own encoder and decoder, without the registry's wrapping
// of their errors.
Value EncodeResolved(Interp& vm, const StrObject* s, Codec codec, const CharmapCodec* charmap,
                     std::string_view errors) {
  return codec == Codec::kCharmap ? EncodeCharmap(vm, s, *charmap, errors)
         : IsWide(codec)          ? EncodeWide(vm, s, codec, errors)
         : IsEscapeCodec(codec)   ? EncodeEscape(vm, s, codec)
                                  : EncodeNarrow(vm, s, codec, errors);
}

Value DecodeResolved(Interp& vm, std::string_view data, Codec codec,
                     const CharmapCodec* charmap, std::string_view errors) {
  return codec == Codec::kCharmap ? DecodeCharmap(vm, data, *charmap, errors)
         : IsWide(codec)          ? DecodeWide(vm, data, codec, errors)
         : IsEscapeCodec(codec)   ? DecodeEscape(vm, data, codec, errors)
                                  : DecodeNarrow(vm, data, codec, errors);
}

// Where an escape cut off by the end of `data` starts (a lone '\\' at the
// end, \x, \u or \U with fewer hex digits than they need and no other
// character, \N{ without its '}'), or data.size() when none is: the part
// a non-final escape decoder leaves for the next call.
size_t IncompleteEscapeStart(std::string_view data, bool raw) {
  size_t size = data.size();
  size_t pos = 0;
  auto hex_run = [&](size_t from) {
    size_t end = from;
    while (end < size && HexValue(static_cast<unsigned char>(data[end])) >= 0) ++end;
    return end;
  };
  while ((pos = data.find('\\', pos)) != std::string_view::npos) {
    if (pos + 1 >= size) return pos;
    char c = data[pos + 1];
    size_t digits = c == 'x' && !raw ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    if (digits > 0 && size - (pos + 2) < digits && hex_run(pos + 2) == size) return pos;
    if (c == 'N' && !raw && (pos + 2 >= size || (data[pos + 2] == '{' &&
                                                 data.find('}', pos + 3) == data.npos))) {
      return pos;
    }
    pos += 2;  // an escaped backslash does not start another escape
  }
  return size;
}

// How much of `data` a decoder that may see more input decodes now: all but
// a code unit, sequence or escape cut off by the end, which the next call
// completes (CPython's stateful decoders, final=False).
size_t CompletePrefix(std::string_view data, Codec codec) {
  size_t size = data.size();
  switch (codec) {
    case Codec::kUnicodeEscape:
    case Codec::kRawUnicodeEscape:
      return IncompleteEscapeStart(data, codec == Codec::kRawUnicodeEscape);
    case Codec::kUtf8:
    case Codec::kUtf8Sig: {
      if (codec == Codec::kUtf8Sig && size < 3 &&
          std::string_view("\xEF\xBB\xBF").substr(0, size) == data) {
        return 0;  // maybe the start of the BOM
      }
      // The last sequence start within reach of the end.
      for (size_t back = 1; back <= 3 && back <= size; ++back) {
        size_t pos = size - back;
        if (IsCont(static_cast<unsigned char>(data[pos]))) continue;
        Utf8Step step = Utf8DecodeStep(data, pos);
        return !step.ok && step.truncated ? pos : size;
      }
      return size;
    }
    default:
      break;
  }
  if (!IsWide(codec)) return size;
  WideForm f = WideFormOf(codec);
  if (f.bom && size < f.unit) return 0;  // the BOM is not whole yet
  size_t start = ReadBom(data, &f);
  size_t whole = start + (size - start) / f.unit * f.unit;
  if (f.unit == 2 && whole - start >= 2) {
    uint32_t last = ReadUnit(data, whole - 2, f);
    if (last >= 0xD800 && last <= 0xDBFF) whole -= 2;  // a high surrogate awaiting its pair
  }
  return whole;
}

}  // namespace

Value EncodeStr(Interp& vm, const StrObject* s, std::string_view encoding,
                std::string_view errors) {
  Codec codec;
  const CharmapCodec* charmap = nullptr;
  if (!LookupCodec(vm, encoding, &codec, &charmap)) return Value::Null();
  if (codec == Codec::kNotText) {
    RaiseUnknownName(vm,
                     "'%s' is not a text encoding; use codecs.encode() to handle "
                     "arbitrary codecs",
                     encoding);
    return Value::Null();
  }
  Value r = EncodeResolved(vm, s, codec, charmap, errors);
  return r.is_null() ? WrapCodecError(vm, encoding, false) : r;
}

Value DecodeBytes(Interp& vm, std::string_view data, std::string_view encoding,
                  std::string_view errors) {
  // PyUnicode_Decode returns '' for empty input before it looks the codec
  // up: b''.decode('bogus') is ''.
  if (data.empty()) return NewStrValue(vm, "");
  Codec codec;
  const CharmapCodec* charmap = nullptr;
  if (!LookupCodec(vm, encoding, &codec, &charmap)) return Value::Null();
  if (codec == Codec::kNotText) {
    RaiseUnknownName(vm,
                     "'%s' is not a text encoding; use codecs.decode() to handle "
                     "arbitrary codecs",
                     encoding);
    return Value::Null();
  }
  Value r = DecodeResolved(vm, data, codec, charmap, errors);
  return r.is_null() ? WrapCodecError(vm, encoding, true) : r;
}

// ---- The codec registry -----------------------------------------------------------

bool ResolveCodecName(Interp& vm, std::string_view encoding, std::string* name, bool* text) {
  Codec codec;
  const CharmapCodec* charmap = nullptr;
  std::string_view module;
  if (!LookupCodec(vm, encoding, &codec, &charmap, &module)) return false;
  *text = codec != Codec::kNotText;
  // CodecInfo.name: the module's name with '-' for '_', but latin_1's
  // "iso8859-1" and the bytes codecs' names without "_codec".
  if (module == "latin_1") {
    *name = "iso8859-1";
    return true;
  }
  constexpr std::string_view kSuffix = "_codec";
  if (module.size() > kSuffix.size() && module.substr(module.size() - kSuffix.size()) == kSuffix) {
    module.remove_suffix(kSuffix.size());
  }
  name->assign(module);
  for (char& c : *name) {
    if (c == '_') c = '-';
  }
  return true;
}

Value CodecEncode(Interp& vm, std::string_view codec_name, const StrObject* s,
                  std::string_view errors) {
  Codec codec;
  const CharmapCodec* charmap = nullptr;
  if (!LookupCodec(vm, codec_name, &codec, &charmap)) return Value::Null();
  if (codec == Codec::kNotText) {
    RaiseUnknownName(vm, "unknown encoding: %s", codec_name);
    return Value::Null();
  }
  return EncodeResolved(vm, s, codec, charmap, errors);
}

Value CodecDecode(Interp& vm, std::string_view codec_name, std::string_view data,
                  std::string_view errors, bool final, size_t* consumed) {
  Codec codec;
  const CharmapCodec* charmap = nullptr;
  if (!LookupCodec(vm, codec_name, &codec, &charmap)) return Value::Null();
  if (codec == Codec::kNotText) {
    RaiseUnknownName(vm, "unknown encoding: %s", codec_name);
    return Value::Null();
  }
  size_t size = final ? data.size() : CompletePrefix(data, codec);
  *consumed = size;
  if (size == 0) return NewStrValue(vm, "");
  return DecodeResolved(vm, data.substr(0, size), codec, charmap, errors);
}

// ---- Methods --------------------------------------------------------------------

bool CheckUtf8Encodable(Interp& vm, const StrObject* s) {
  if (s->ascii || !HasLoneSurrogate(s->view())) return true;
  return !EncodeStr(vm, s, "utf-8", "strict").is_null();  // raises the encoder's error
}

bool ClinicStrArg(Interp& vm, Value v, const char* fn, const char* arg, std::string_view* out) {
  if (v.is_null()) return true;
  if (!IsStr(v)) {
    vm.RaiseFormat(&kTypeErrorType, "%s() argument '%s' must be str, not %s", fn, arg,
                   ClinicTypeName(v));
    return false;
  }
  const StrObject* s = As<StrObject>(v);
  // PyUnicode_AsUTF8AndSize, then the strlen check.
  if (!CheckUtf8Encodable(vm, s)) return false;
  if (s->view().find('\0') != std::string_view::npos) {
    vm.RaiseValueError("embedded null character");
    return false;
  }
  *out = s->view();
  return true;
}

Value StrEncodeMethod(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("encode(encoding='utf-8', errors='strict')");
  Value out[2];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  std::string_view encoding = "utf-8", errors = "strict";
  if (!ClinicStrArg(vm, out[0], "encode", "encoding", &encoding) ||
      !ClinicStrArg(vm, out[1], "encode", "errors", &errors)) {
    return Value::Null();
  }
  return EncodeStr(vm, As<StrObject>(self), encoding, errors);
}

Value BytesDecodeMethod(Interp& vm, Value self, CallArgs args) {
  static const ArgSpec kSpec("decode(encoding='utf-8', errors='strict')");
  Value out[2];
  if (!ParseArgs(vm, kSpec, args, out)) return Value::Null();
  std::string_view encoding = "utf-8", errors = "strict";
  if (!ClinicStrArg(vm, out[0], "decode", "encoding", &encoding) ||
      !ClinicStrArg(vm, out[1], "decode", "errors", &errors)) {
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

bool HasLoneSurrogate(std::string_view text) {
  for (size_t i = text.find('\xED'); i != std::string_view::npos; i = text.find('\xED', i + 1)) {
    if (i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xA0) return true;
  }
  return false;
}

std::string BackslashReplaceSurrogates(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  for (size_t pos = 0; pos < text.size();) {
    size_t start = pos;
    uint32_t cp = DecodeUtf8(text, &pos);
    if (IsSurrogate(cp)) {
      out += CodePointEscape(cp);
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

}  // namespace moat::vm
