// itertools' native types: the frozen module (py/itertools.py) runs after
// they are added to it.
//
// CPython's itertools are C types (itertools.islice, itertools.groupby...):
// classes a script can name, subclass and test with isinstance, which check
// their arguments when called. moat writes the iteration logic in Python
// (py/itertools.py, as generators) and gives each of those types a small
// native shell here: a static type of CPython's name whose instance holds
// the generator (and an optional state object) and whose `next` slot
// resumes it directly, so a loop over islice(...) costs what a loop over
// the bare generator does. Calling the type parses the arguments with
// CPython's signature and texts (ArgSpec), then calls the module's
// `_new_<name>` with them (a missing optional argument is None) and wraps
// the `(iterator, state)` pair it returns in an instance of the type called
// (a subclass included).
#ifndef MOAT_STDLIB_SAFE_ITERTOOLS_MODULE_H_
#define MOAT_STDLIB_SAFE_ITERTOOLS_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

bool InitItertoolsModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_ITERTOOLS_MODULE_H_
