// contextlib's native helpers: the frozen module (py/contextlib.py) runs
// after _traceback_depth and _restore_traceback are added to it.
#ifndef MOAT_STDLIB_SAFE_CONTEXTLIB_MODULE_H_
#define MOAT_STDLIB_SAFE_CONTEXTLIB_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

bool InitContextlibModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_CONTEXTLIB_MODULE_H_
