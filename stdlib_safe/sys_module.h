// The `sys` module, restricted to what is harmless and deterministic
// (docs/SECURITY.md, "The sys module"):
//
//   - facts about the interpreter moat mirrors: maxsize, maxunicode,
//     byteorder, float_info, int_info, float_repr_style, version_info,
//     version, hexversion, getdefaultencoding(), getfilesystemencoding();
//   - get_int_max_str_digits() / set_int_max_str_digits(n): the int/str
//     conversion limit, which a script may lift (the conversions are
//     charged to the run's budgets either way);
//   - argv: what the host gave (InterpreterOptions::argv; the `moat`
//     command gives the script as named on its command line);
//   - getrecursionlimit() / setrecursionlimit(n): the Python call depth,
//     which a script may raise only up to Limits::max_recursion_limit;
//   - exit(), intern(), exc_info() and exception() (never a traceback);
//   - stdout and stderr (and __stdout__, __stderr__): writers to the
//     script's output and error output, under the output budget, with
//     byte writers as their `buffer` (no raw file or fd under them).
//     Rebinding sys.stdout redirects print() in this interpreter only;
//   - stdin (and __stdin__): the input the host hands over
//     (stdin_stream.h), which input() reads too.
//
// Every other name CPython's sys has (modules, path, _getframe, settrace,
// executable, flags, getsizeof, ...) raises AttributeError
// "'sys.modules' is not available in the sandbox".
#ifndef MOAT_STDLIB_SAFE_SYS_MODULE_H_
#define MOAT_STDLIB_SAFE_SYS_MODULE_H_

#include <string_view>

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// Fills a fresh `sys` module (registry.cc). False with an exception
// pending if an allocation was refused.
bool InitSysModule(vm::Interp& vm, vm::ModuleObject* module);

// Which of sys's stream objects `v` is.
enum class SysStream { kNone, kStdout, kStderr };
SysStream SysStreamOf(vm::Value v);

// Writes `text` to one of the streams (vm.WriteOutput or vm.WriteError).
// False with the output limit's error pending.
bool SysStreamWrite(vm::Interp& vm, SysStream stream, std::string_view text);

// The sys module when the script has imported it (Null, with no
// exception, before that).
vm::Value SysModule(vm::Interp& vm);
// sys.<name> as the script left it in `sys` (a SysModule); Null with no
// exception when it deleted the name.
vm::Value SysModuleAttr(vm::Interp& vm, vm::Value sys, std::string_view name);

// The file print() writes to when it is given none: CPython's lookup of
// sys.stdout. Null with no exception when that is the interpreter's own
// output (sys not imported, or its stdout not rebound to another object);
// otherwise the object bound to sys.stdout (None included). Null with
// RuntimeError "lost sys.stdout" pending when the script deleted it.
vm::Value SysStdoutForPrint(vm::Interp& vm);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_SYS_MODULE_H_
