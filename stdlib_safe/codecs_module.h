// The codecs module: CPython's codec registry (lookup, register,
// encode/decode, the incremental and stream classes, the error-handler
// functions) written in Python (py/codecs.py) over the VM's text codecs
// (vm/objects/codecs.h). Its init first adds to the module the functions
// CPython's _codecs gives it, natives over those codecs:
// <codec>_encode(str, errors) -> (bytes, length) and
// <codec>_decode(data, errors, final) -> (str, bytes consumed) for utf_8,
// ascii, latin_1, the utf_16 and utf_32 forms and the escape codecs, and
// utf_16_ex_decode/utf_32_ex_decode; and two helpers of the registry:
// _resolve_codec, the search function for the codecs moat has (CodecInfo's
// name and whether it is a text codec), and _simple_exception, whether an
// error from a codec may be remade with the registry's "encoding with 'x'
// codec failed (...)" message.
//
// Hazards: the natives raise and allocate; they never run Python code.
#ifndef MOAT_STDLIB_SAFE_CODECS_MODULE_H_
#define MOAT_STDLIB_SAFE_CODECS_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `codecs`: adds the natives above, then runs the
// frozen module body. False with the body's exception pending.
bool InitCodecsModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_CODECS_MODULE_H_
