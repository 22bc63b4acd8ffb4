// The bytecode verifier and loader: turn an untrusted CodeImage into a
// CodeObject the loop may run without re-checking (see the invariants at the
// top of vm/interpreter.cc).
//
// Verification refuses, with kInvalidArgument and a message naming the
// problem and its source line:
//   - opcodes moat does not implement ("opcode BEFORE_WITH (line 3) is not
//     supported by moat"),
//   - operands out of range (constants, names, locals, cells, free vars),
//   - jumps outside the code or into the middle of an instruction,
//   - malformed exception tables,
//   - stack underflow, inconsistent depths at merge points, or a depth above
//     co_stacksize, and handlers whose depth exceeds the protected range's,
//   - values of the wrong kind where the loop casts without checking
//     (LIST_APPEND's list, MAKE_FUNCTION's code and closure, BUILD_STRING's
//     strs, BUILD_CONST_KEY_MAP's key tuple, KW_NAMES's call) and NULL used
//     as a value,
//   - cells not made by the prologue, fast access to cell slots, generator
//     instructions outside generators, a bad line table, unknown constant
//     kinds, code nested too deeply or containing itself, and images too
//     large or too complex to verify in bounded time.
#ifndef MOAT_VM_VERIFIER_H_
#define MOAT_VM_VERIFIER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "moat/code_image.h"
#include "vm/interp.h"
#include "vm/objects/function.h"

namespace moat::vm {

struct CodeObject;
struct ExceptionTableEntry;

// Decodes CPython 3.11's varint exception table.
absl::StatusOr<std::vector<ExceptionTableEntry>> DecodeExceptionTable(
    const std::vector<uint8_t>& table);

// Checks one code image. Nested code constants are checked for nesting
// depth, count, cycles and constant kinds here, and fully when loaded.
absl::Status VerifyCode(const CodeImage& image);

// VerifyCode for a program's top-level code, which runs without a function
// and so can have no free variables. LoadCode applies it to its outermost
// image.
absl::Status VerifyProgram(const CodeImage& image);

// Prepares a verified image's instructions `code` for in-place string
// appends, the loop CPython makes linear by resizing a str it holds the
// only reference to (`s += piece` or `s = s + piece` into a local). An
// append site is BINARY_OP + or += whose left operand LOAD_FAST x pushed
// and whose result STORE_FAST x stores, where nothing between pops that
// operand and control enters only from within: its cache word is set to 1
// (every other BINARY_OP's is cleared). Every other load of such a local
// becomes LOAD_FAST_SHARED (vm/opcodes.h). The object flag
// kObjAppendOwned (vm/object.h) then proves at run time that the str a
// site sees is referenced by nothing but that local.
// `exception_table` is the image's, decoded.
void MarkInPlaceAppends(const CodeImage& image,
                        const std::vector<ExceptionTableEntry>& exception_table,
                        std::vector<uint16_t>* code);

// Verifies and loads `image` and every nested code object into `vm`'s heap.
// The returned CodeObject is kept alive as a world root of `vm`. `origin`
// marks every code object loaded (a script's, or a moat module's).
absl::StatusOr<CodeObject*> LoadCode(Interp& vm, const std::shared_ptr<const CodeImage>& image,
                                     const std::shared_ptr<const std::string>& source,
                                     CodeOrigin origin = CodeOrigin::kScript);

// How many programs an interpreter keeps loaded for LoadProgram.
inline constexpr size_t kLoadedProgramCapacity = 16;

// LoadCode for a program the embedding API runs (Interpreter::Run and
// EvalToRepr): the same image run again reuses the code loaded for it. The
// last kLoadedProgramCapacity programs stay loaded (Interp::loaded_programs,
// pinned); an older one is let go and collected once nothing refers to
// it, so an interpreter that runs ever new programs keeps a bounded heap.
absl::StatusOr<CodeObject*> LoadProgram(Interp& vm, const std::shared_ptr<const CodeImage>& image,
                                        const std::string& source);

}  // namespace moat::vm

#endif  // MOAT_VM_VERIFIER_H_
