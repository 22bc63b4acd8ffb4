// CodeImage <-> bytes: a compiled module as a flat byte string, so code can
// be compiled in one place (the build, by compiler_bridge) and run in
// another that never sees CPython (the safe modules written in Python are
// compiled at build time and embedded in moat as these bytes).
//
// The format is little-endian and versioned by kCodeImageFormatVersion. It
// holds exactly the fields of moat/code_image.h; the reader treats its input
// as untrusted (every length checked against what is left, nesting bounded)
// and the loader's verifier still checks the code it yields.
#ifndef MOAT_VM_CODE_IMAGE_BYTES_H_
#define MOAT_VM_CODE_IMAGE_BYTES_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "moat/code_image.h"

namespace moat::vm {

// The bytes of `module`: its filename, source and code (not its warnings).
std::string CompiledModuleToBytes(const CompiledModule& module);

// The module `bytes` hold; InvalidArgument when they are not a well-formed
// image of this format version.
absl::StatusOr<CompiledModule> CompiledModuleFromBytes(std::string_view bytes);

}  // namespace moat::vm

#endif  // MOAT_VM_CODE_IMAGE_BYTES_H_
