// File: stdlib_safe/unittest_module.h
//
// The native part of `unittest` (stdlib_safe/py/unittest.py): `_module(name,
// /)`, the module a test class or main() names, as CPython's unittest reads
// it from sys.modules, which the sandbox withholds. It gives `__main__` (a
// module object over the main script's globals, what `unittest.main()` loads
// tests and setUpModule from) or a module this interpreter has already
// imported and whose body has finished (vm::FinishedModule), else None:
// nothing a script could not already reach by importing or through its
// own globals. The init also withholds
// the Ctrl-C handler functions and the asyncio test case, which the sandbox
// does not provide.
#ifndef MOAT_STDLIB_SAFE_UNITTEST_MODULE_H_
#define MOAT_STDLIB_SAFE_UNITTEST_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `unittest`: adds _module, then runs the frozen
// module body. False with the body's exception pending.
bool InitUnittestModule(vm::Interp& vm, vm::ModuleObject* module);

// The registry's entry for `unittest.mock`, which the sandbox does not
// provide: importing it raises ImportError saying so. (The entry also
// makes `unittest` a package, as CPython's is.)
bool InitUnittestMockModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_UNITTEST_MODULE_H_
