// File: moat/code_image.h
//
// The compiler <-> VM contract. A CodeImage is one CPython 3.11 code object
// turned into plain C++ data: no CPython object survives in it, so an image
// can be produced in one process (compiler_bridge, which links libpython) and
// executed in another that links only the VM.
//
// The VM treats every image as untrusted: the loader/verifier (vm/verifier.cc)
// checks opcodes against the whitelist, operand indices, jump targets, the
// exception table and stack depth before anything runs.
//
// Format version history:
//   1 - first version: CPython 3.11 bytecode (magic 3495), per-code-unit
//       source locations, exception table in CPython's varint encoding.
#ifndef MOAT_CODE_IMAGE_H_
#define MOAT_CODE_IMAGE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace moat {

inline constexpr int kCodeImageFormatVersion = 1;

struct CodeImage;

// One entry of co_consts.
struct Constant {
  enum class Kind : uint8_t {
    kNone,
    kBool,
    kInt,        // text holds the value in hex with a 0x prefix ("-0x1f")
    kFloat,      // number
    kComplex,    // number (real), imag
    kStr,        // text holds UTF-8 (lone surrogates encoded as 3-byte WTF-8)
    kBytes,      // text holds the raw bytes
    kTuple,      // items
    kFrozenset,  // items
    kCode,       // code
    kEllipsis,
  };
  Kind kind = Kind::kNone;
  bool bool_value = false;
  double number = 0.0;
  double imag = 0.0;
  std::string text;
  std::vector<Constant> items;
  // kFrozenset: CPython's table layout, so iteration order (and the order a
  // set built from the constant keeps) is CPython's: items[i] sat in slot
  // set_slots[i] of a table of set_mask + 1 slots. Empty: no layout (the
  // items are added in order). Untrusted like the rest: the loader uses it
  // only when moat's probing finds every item where it is placed.
  uint64_t set_mask = 0;
  std::vector<uint64_t> set_slots;
  std::shared_ptr<const CodeImage> code;
};

// Source span of one code unit, 1-based lines and 0-based UTF-8 byte columns
// as CPython reports them; -1 where CPython has no location.
struct SourceLocation {
  int32_t line = -1;
  int32_t end_line = -1;
  int32_t column = -1;
  int32_t end_column = -1;
};

// co_localspluskinds bits (CPython Include/internal/pycore_code.h).
inline constexpr uint8_t kLocalKindArgVar = 0x08;   // CO_FAST_ARG_* shares bit
inline constexpr uint8_t kLocalKindLocal = 0x20;    // CO_FAST_LOCAL
inline constexpr uint8_t kLocalKindCell = 0x40;     // CO_FAST_CELL
inline constexpr uint8_t kLocalKindFree = 0x80;     // CO_FAST_FREE

// co_flags bits used by the VM.
inline constexpr int32_t kCodeFlagOptimized = 0x0001;
inline constexpr int32_t kCodeFlagNewLocals = 0x0002;
inline constexpr int32_t kCodeFlagVarargs = 0x0004;
inline constexpr int32_t kCodeFlagVarkeywords = 0x0008;
inline constexpr int32_t kCodeFlagNested = 0x0010;
inline constexpr int32_t kCodeFlagGenerator = 0x0020;
inline constexpr int32_t kCodeFlagCoroutine = 0x0080;
inline constexpr int32_t kCodeFlagIterableCoroutine = 0x0100;
inline constexpr int32_t kCodeFlagAsyncGenerator = 0x0200;

// One code object (module body, function, class body, comprehension).
struct CodeImage {
  std::string name;
  std::string qualname;
  std::string filename;
  int32_t first_line = 1;
  int32_t arg_count = 0;
  int32_t posonly_arg_count = 0;
  int32_t kwonly_arg_count = 0;
  int32_t stack_size = 0;
  int32_t flags = 0;
  // Instruction words exactly as co_code: low byte opcode, high byte oparg,
  // CACHE entries included (zeroed).
  std::vector<uint16_t> code;
  std::vector<Constant> consts;
  std::vector<std::string> names;             // co_names
  std::vector<std::string> localsplus_names;  // locals, then cells, then frees
  std::vector<uint8_t> localsplus_kinds;      // one per localsplus name
  std::vector<uint8_t> exception_table;       // co_exceptiontable bytes
  std::vector<SourceLocation> locations;      // one per code unit
};

// A compiled module: its top-level code plus the source, kept so tracebacks
// can show source lines.
struct CompiledModule {
  std::shared_ptr<const CodeImage> code;
  std::string filename;
  std::string source;
  // Warnings the compiler issued (SyntaxWarning for `x is 1`...), formatted
  // as python3.11 prints them to stderr; empty when there were none.
  std::string warnings;
};

}  // namespace moat

#endif  // MOAT_CODE_IMAGE_H_
