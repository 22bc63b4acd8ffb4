// Text codecs: str.encode, bytes.decode, bytes(str, encoding) and
// str(bytes, encoding) (CPython's Objects/unicodeobject.c fast paths and
// Python/codecs.c error handlers).
//
// moat has the codecs CPython decodes and encodes itself: utf-8, ascii,
// latin-1, utf-16 and utf-32 (with a byte order mark, -le and -be), and
// unicode_escape and raw_unicode_escape (whose \N{name} escapes need the
// Unicode name database moat does not carry: LookupError), and the common
// single-byte codecs of CPython's encodings package (cp437, cp850, cp1252,
// iso8859_15, koi8_r, mac_roman...: tables generated from python3.11 by
// codecs_charmap_gen.py, errors from the 'charmap' codec). An
// encoding name is resolved as CPython's registry resolves it (ASCII
// lowercase, then encodings.normalize_encoding and encodings.aliases), so
// 'UTF8', 'utf_8', 'u8', 'latin1', 'iso-8859-1', 'us-ascii', 'UTF-16LE'...
// all work; any other name raises LookupError "unknown encoding: NAME".
// Names off CPython's fast path ('u8', 'utf-16-le'...) reach the codec
// through its registry, which wraps a LookupError or TypeError from the
// codec as "decoding with 'u8' codec failed (LookupError: ...)"; moat does
// the same.
//
// Error handlers: strict, ignore, replace, backslashreplace,
// surrogateescape, surrogatepass (utf-8, utf-16 and utf-32, as in CPython) and, when
// encoding, xmlcharrefreplace and namereplace (with the character names the
// host gives: Interp::Options::char_name; refused without them). A handler name is looked up only when an error
// occurs, as CPython does; an unknown one raises LookupError "unknown error
// handler name 'x'". UnicodeEncodeError / UnicodeDecodeError carry CPython's
// five arguments and attributes (vm/objects/exception_unicode.h).
//
// Hazards: raise and allocate; never run Python code.
#ifndef MOAT_VM_OBJECTS_CODECS_H_
#define MOAT_VM_OBJECTS_CODECS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct StrObject;

// str -> exact bytes. Null on exception.
Value EncodeStr(Interp& vm, const StrObject* s, std::string_view encoding,
                std::string_view errors);
// bytes -> exact str. `data` must stay valid during the call (nothing here
// runs Python). Null on exception.
Value DecodeBytes(Interp& vm, std::string_view data, std::string_view encoding,
                  std::string_view errors);

// ---- The codec registry (the codecs module) ----

// CodecInfo.name of the codec `encoding` names ("utf-8", "iso8859-1",
// "cp1252", "rot-13", "hex"...), found as str.encode finds it, and
// whether it is a text codec (str to bytes) rather than one of the
// bytes-to-bytes or str-to-str codecs. False with LookupError "unknown
// encoding: NAME" when moat has no such codec.
bool ResolveCodecName(Interp& vm, std::string_view encoding, std::string* name, bool* text);
// A text codec's encoder and decoder as the codecs module's functions call
// them (utf_8_encode, utf_8_decode...): their errors are the codec's own,
// not wrapped as str.encode wraps them for names off CPython's fast path.
// With `final` false the decoder leaves a code unit or sequence cut off by
// the end of `data` for the next call (the escape codecs decode it all);
// *consumed receives the bytes decoded. Null on exception.
Value CodecEncode(Interp& vm, std::string_view codec_name, const StrObject* s,
                  std::string_view errors);
Value CodecDecode(Interp& vm, std::string_view codec_name, std::string_view data,
                  std::string_view errors, bool final, size_t* consumed);

// One step of CPython's UTF-8 decoder at `data[pos]` (pos < size): on
// success the code point and its length; on failure the error range length
// and reason (Objects/stringlib/codecs.h utf8_decode with
// unicode_decode_utf8's ranges). `truncated`: a valid start cut off by the
// end of `data` ("unexpected end of data"), which more data may complete.
struct Utf8Step {
  bool ok;
  uint32_t cp;
  size_t length;       // bytes consumed (ok) or the error range's length
  const char* reason;  // when !ok
  bool truncated = false;
};
Utf8Step Utf8DecodeStep(std::string_view data, size_t pos);

// PyUnicode_AsUTF8AndSize's refusal: false with the strict UTF-8 encoder's
// UnicodeEncodeError when `s` holds a lone surrogate, as the C functions
// that read a str as UTF-8 (float.fromhex...) fail on it.
bool CheckUtf8Encodable(Interp& vm, const StrObject* s);

// Argument Clinic's `str` converter, as the encoding and errors arguments
// of str.encode, bytes.decode, str(), bytes() and bytearray() take them:
// Null `v` (not given) leaves *out; a non-str is a TypeError naming `fn`
// and `arg`; a lone surrogate is the UTF-8 codec's UnicodeEncodeError and
// a NUL "embedded null character", as PyUnicode_AsUTF8AndSize and the
// strlen check refuse them. False with the exception set. Allocates.
bool ClinicStrArg(Interp& vm, Value v, const char* fn, const char* arg, std::string_view* out);

// str.encode(encoding='utf-8', errors='strict') and
// bytes.decode / bytearray.decode(encoding='utf-8', errors='strict').
Value StrEncodeMethod(Interp& vm, Value self, CallArgs args);
Value BytesDecodeMethod(Interp& vm, Value self, CallArgs args);

// "\xe9", "\u20ac", "\U0001f600": a code point as UnicodeEncodeError's
// message and the backslashreplace handler show it.
std::string CodePointEscape(uint32_t cp);

// Whether text (moat's UTF-8, where a lone surrogate is the three bytes
// ED A0..BF xx) holds a lone surrogate: the one thing a UTF-8 stream
// cannot write as it is.
bool HasLoneSurrogate(std::string_view text);
// `text` with each lone surrogate written as its escape ("\udc80"), as
// the backslashreplace handler of CPython's sys.stderr writes it.
std::string BackslashReplaceSurrogates(std::string_view text);

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_CODECS_H_
