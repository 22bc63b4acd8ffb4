// File: vm/import.h
//
// The import statement over the interpreter's module table
// (Interp::Options::modules, stdlib_safe/registry.cc), with the semantics
// of CPython's importlib for the absolute forms scripts use:
//
//   import a.b          IMPORT_NAME 'a.b' (no fromlist) -> the module `a`
//   import a.b as c     IMPORT_NAME 'a.b', IMPORT_FROM 'b' -> `a.b`
//   from a.b import x   IMPORT_NAME 'a.b' (fromlist ('x',)), IMPORT_FROM 'x'
//   from a import b     imports the submodule `a.b` when `a` has no `b`
//
// Packages: a module is a package when the table holds a name below it
// ("collections" because of "collections.abc"); there are no search paths
// and no sys.modules, each interpreter caches the modules it imported
// (Interp::modules). Importing `a.b` imports `a` first and, once `a.b`'s
// body has run, binds it as the attribute `b` of `a`, as CPython does.
//
// Errors, CPython's text where CPython and moat agree on what exists:
//   a CPython standard-library module that is not in the table:
//     ImportError "module 'os' is not available in the sandbox"
//   any other top-level name (not installed under CPython either):
//     ModuleNotFoundError "No module named 'numpy'"
//   below a module that is not a package:
//     ModuleNotFoundError "No module named 'math.foo'; 'math' is not a package"
//   a submodule the package does not have:
//     ModuleNotFoundError "No module named 'collections.nothere'"
//   from-import of a missing name (moat's modules have no file to show):
//     ImportError "cannot import name 'x' from 'math' (unknown location)"
//
// Hazards: every function here may run a module's body (Python code), so
// may raise and collect; modules stay rooted by Interp::modules.
#ifndef MOAT_VM_IMPORT_H_
#define MOAT_VM_IMPORT_H_

#include <string_view>

#include "vm/interp.h"
#include "vm/value.h"

namespace moat::vm {

// IMPORT_NAME with level 0: imports `name` (and its parents) and returns
// the top-level module when `fromlist` is None or empty, else the module
// `name` itself after importing the submodules `fromlist` names that it
// does not already have. Null with the error pending.
Value ImportName(Interp& vm, StrObject* name, Value fromlist);

// IMPORT_FROM: `module.name`, or the already imported submodule
// `module.__name__ + "." + name`; ImportError "cannot import name" when
// neither exists. Null with the error pending.
Value ImportFrom(Interp& vm, Value module, StrObject* name);

// IMPORT_STAR: binds in `ns` the names the module's `__all__` lists, or,
// without `__all__`, every name of its namespace not starting with an
// underscore (ceval.c's import_all_from). False with the error pending.
bool ImportStar(Interp& vm, Value module, DictObject* ns);

// Whether the interpreter's module table holds `name` (so importing it
// cannot fail for want of the module). Raises nothing.
bool ModuleInTable(const Interp& vm, std::string_view name);

// The module this interpreter imported under `name` once its body has
// finished, else Null: for natives that look a module up by a name the
// script chose (typing's _module_global, unittest's _module), whichever
// frame calls them. A module whose body still runs is withheld from them
// as CachedModule withholds it from a script's import. Raises nothing.
Value FinishedModule(Interp& vm, StrObject* name);

}  // namespace moat::vm

#endif  // MOAT_VM_IMPORT_H_
