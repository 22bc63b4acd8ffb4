// File: stdlib_safe/collections_module.h
//
// The native part of `collections` (stdlib_safe/py/collections.py):
// `deque` (collections_deque.h), `_odict_iter(od, kind, reversed, /)`,
// OrderedDict's native `odict_iterator` over its keys, values or items,
// `_odict_methods(cls, /)`, which gives OrderedDict its native
// `move_to_end` and `popitem` (moving an entry in the dict's own order and
// keeping the key object the dict holds, as CPython's OrderedDict moves its
// node: `OrderedDict({True: 1}).move_to_end(1)` keeps `True`),
// `_set_type_name` (datetime_module.h) and
// `_count_elements(mapping, iterable, /)`, Counter's counting loop
// (CPython's _collections._count_elements: one hash per element when the
// mapping is a dict with dict's own get and __setitem__). The body
// deletes _set_type_name and _odict_methods once used; `_odict_iter` stays
// as a private module name, harmless (it only reads a dict).
#ifndef MOAT_STDLIB_SAFE_COLLECTIONS_MODULE_H_
#define MOAT_STDLIB_SAFE_COLLECTIONS_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `collections`: adds the helpers, then runs the
// frozen module body. False with the body's exception pending.
bool InitCollectionsModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_COLLECTIONS_MODULE_H_
