// File: stdlib_safe/collections_module.h
//
// The native part of `collections` (stdlib_safe/py/collections.py):
// `deque` (collections_deque.h), `_odict_iter(iterator, /)`, which makes
// OrderedDict's native `odict_iterator` over a dict iterator,
// `_set_type_name` (datetime_module.h), `_dict_move_to_end(d, key, /)`,
// which moves the entry of `key` in dict `d` to the end of the order while
// keeping the key object the dict holds, as CPython's OrderedDict moves its
// node (`OrderedDict({True: 1}).move_to_end(1)` keeps `True`), and
// `_count_elements(mapping, iterable, /)`, Counter's counting loop
// (CPython's _collections._count_elements: one hash per element when the
// mapping is a dict with dict's own get and __setitem__). The body
// deletes _set_type_name once its classes are named; the move stays as a
// private module name, harmless (it only reorders a dict's entries).
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
