// format(value, spec): the format mini-language for the built-in types
// (CPython's Python/formatter_unicode.c), used by format(), f-strings
// (FORMAT_VALUE) and str.format.
#ifndef MOAT_VM_FORMAT_H_
#define MOAT_VM_FORMAT_H_

#include <string>
#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

class ScratchCharge;  // vm/objects/str.h

// format(value, spec) -> str Value, or Null with ValueError/TypeError
// pending ("Unknown format code 'd' for object of type 'str'"...). Charges
// the memory budget before building wide results.
//
// This is PyObject_Format: the ONE entry point shared by format(),
// f-strings (FORMAT_VALUE) and str.format/format_map. It is where a user
// class's __format__ is to be dispatched (type(value).__format__(value,
// spec), whose result must be a str: "__format__ must return a str, not
// int"); everything else goes to FormatBuiltin. May run Python once user
// classes dispatch here.
Value FormatValue(Interp& vm, Value value, std::string_view spec);

// The built-in formatters only (str, int, bool, float; for anything else
// object.__format__: str(value) for an empty spec, otherwise TypeError
// "unsupported format string passed to list.__format__"). What the
// built-in types' __format__ methods call, so a user subclass that defines
// __format__ and calls super().__format__ does not loop.
Value FormatBuiltin(Interp& vm, Value value, std::string_view spec);

// object.__format__(spec) as a method (for kObjectMethods).
Value ObjectFormatMethod(Interp& vm, Value self, CallArgs args);

// The digits of int `value` in `base` (2, 8, 10 or 16), with a leading '-'
// when negative and no prefix, for format() and `%`. The text is an
// ordinary std::string: `scratch` is charged for it (declare the
// ScratchCharge before `out`) and the conversion is charged to the
// instruction budget, both before it is built. False with ValueError (more
// than 4300 decimal digits) or a limit's error pending.
bool IntDigits(Interp& vm, Value value, int base, ScratchCharge* scratch, std::string* out);

}  // namespace moat::vm

#endif  // MOAT_VM_FORMAT_H_
