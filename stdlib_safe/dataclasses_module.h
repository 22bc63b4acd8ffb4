// File: stdlib_safe/dataclasses_module.h
//
// The native part of `dataclasses` (stdlib_safe/py/dataclasses.py), for
// `@dataclass(slots=True)` and for tracebacks. A class's __slots__ are
// fixed when it is made, so CPython's _add_slots makes a new class with
// `type(cls)(cls.__name__, cls.__bases__, cls_dict)` after reading the
// __slots__ of `cls.__mro__[1:-1]`. Scripts reach neither three-argument
// type() nor __mro__, so the module gets two narrow helpers instead:
//
//   _base_slots(cls, /)        [(name, slots), ...]: the `__slots__` entry of
//                              each class's own namespace on cls's MRO after
//                              cls itself, for those that have one (only
//                              user classes do); no class is handed out.
//   _base_fields(cls, /)       [(fields, params), ...]: the
//                              `__dataclass_fields__` and
//                              `__dataclass_params__` read (with getattr)
//                              from each user class on cls's MRO after cls,
//                              root end first, for those whose fields are not
//                              None, as CPython's _process_class reads
//                              `cls.__mro__[-1:0:-1]`; no class is handed out.
//   _remake_class(cls, ns, /)  a new class with cls's metaclass, name,
//                              qualname and bases and a copy of dict `ns`
//                              (vm::RemakeClass): nothing a class statement
//                              naming the same bases could not make.
//   _remake_class(cls, ns, bases, /)
//                              the same with `bases` instead, checked as a
//                              script's class statement checks its bases;
//                              only where `cls` and `bases` need no
//                              metaclass but `type`.
//
// Both take user classes only; anything else raises TypeError.
// make_dataclass() uses _remake_class too: an empty class statement remade
// with the given bases and the namespace types.new_class() would build, so
// the bases' __init_subclass__ runs once, for the made class (over an ABC's
// bases, a class statement over them is remade, which runs it twice).
//
// CPython makes a dataclass's __init__, __setattr__, __eq__... with exec, so
// a traceback through one shows `File "<string>", line N, in __init__`, N
// being the line of the generated text that ran. moat's versions are
// functions of the module, whose frames tracebacks leave out; a third
// helper lets them show that entry instead:
//
//   _generated_frame(exc, line, /)
//                              called in a handler of the generated method
//                              before it re-raises `exc`: the newest entry
//                              of exc's traceback, the running frame's own,
//                              is shown as line `line` of "<string>"
//                              (vm::MarkGeneratedEntry). Does nothing when
//                              that entry is not a frame of moat's modules.
//
// CPython's generated __eq__, __lt__... compare `(self.x,self.y,)` with
// `(other.x,other.y,)` and its __hash__ hashes `(self.x,self.y,)`. Every
// dict lookup and sort step runs one, so two helpers give the same answers
// without making the tuples:
//
//   _fields_compare(a, b, names, op, /)
//                              reads each of the tuple `names` off `a`, then
//                              off `b`, and compares the two sequences as
//                              tuples with `op` ('<', '<=', '==', '!=', '>',
//                              '>='): the first fields that differ decide.
//   _fields_hash(obj, names, /)
//                              the hash of the tuple of obj's `names` fields.
//
// CPython's generated __init__ has the fields as parameters and one
// assignment per field. moat's __init__ takes (*args, **kwargs), the
// instance first among args (CPython's first parameter is an ordinary one,
// which a call may leave out or give by keyword), and one more helper binds
// and stores them, running no Python but the default factories and the
// stores' __setattr__:
//
//   _run_init(args, kwargs, plan, /)
//                              args[0] is the instance; binds the rest of
//                              the call to the parameters the plan
//                              (_run_init_plan in dataclasses.py) lists, as
//                              the generated signature would, then stores
//                              each field on its line, a factory's result
//                              where the marker stands, through
//                              object.__setattr__ for a frozen class.
//                              False, having run nothing, when the call
//                              does not bind: the Python path then raises
//                              CPython's error. On an exception, item 0 of
//                              plan[0] is the line that raised.
#ifndef MOAT_STDLIB_SAFE_DATACLASSES_MODULE_H_
#define MOAT_STDLIB_SAFE_DATACLASSES_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `dataclasses`: adds _base_slots, _base_fields,
// _remake_class, _generated_frame, _fields_compare, _fields_hash and
// _run_init, then runs the frozen module body. False with the body's exception pending.
bool InitDataclassesModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_DATACLASSES_MODULE_H_
