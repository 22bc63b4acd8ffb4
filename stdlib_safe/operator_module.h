// The `operator` module: the functions of CPython 3.11's Modules/_operator.c
// (add, lt, getitem, countOf, length_hint, call, ...) over the VM's generic
// operations (vm/ops.h), and the callable types itemgetter, attrgetter and
// methodcaller. The dunder aliases of operator.py (__add__, ...) are left
// out: module dunders are not reachable in the sandbox.
//
// attrgetter and methodcaller look attributes up with vm::GetAttr, the same
// lookup as getattr(), so the sandbox's attribute rule applies to them
// unchanged: attrgetter('__class__')(x) is refused like x.__class__.
#ifndef MOAT_STDLIB_SAFE_OPERATOR_MODULE_H_
#define MOAT_STDLIB_SAFE_OPERATOR_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// Fills a fresh `operator` module (registry.cc). False with an exception
// pending if an allocation was refused.
bool InitOperatorModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_OPERATOR_MODULE_H_
