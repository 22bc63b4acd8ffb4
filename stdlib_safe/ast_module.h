// File: stdlib_safe/ast_module.h
//
// The native part of `ast` (stdlib_safe/py/ast.py, which is literal_eval
// only): moat has no parser at run time and gives scripts no syntax trees,
// so the module's init withholds, by name, the rest of what CPython 3.11's
// ast has (`parse`, `dump`, `walk`, `unparse`, the visitors, `AST` and the
// node classes...), so that `ast.parse`, `getattr(ast, 'parse')` and
// `from ast import parse` raise "AttributeError: 'ast.parse' is not
// available in the sandbox" (docs/SECURITY.md) rather than suggesting a
// typo.
#ifndef MOAT_STDLIB_SAFE_AST_MODULE_H_
#define MOAT_STDLIB_SAFE_AST_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `ast`. False with the body's exception pending.
bool InitAstModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_AST_MODULE_H_
