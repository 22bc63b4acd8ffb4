// format(value, spec): the format mini-language for the built-in types
// (CPython's Python/formatter_unicode.c), used by format(), f-strings
// (FORMAT_VALUE) and str.format.
#ifndef MOAT_VM_FORMAT_H_
#define MOAT_VM_FORMAT_H_

#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

// format(value, spec) -> str Value, or Null with ValueError/TypeError
// pending ("Unknown format code 'd' for object of type 'str'"...). Charges
// the memory budget before building wide results.
Value FormatValue(Interp& vm, Value value, std::string_view spec);

}  // namespace moat::vm

#endif  // MOAT_VM_FORMAT_H_
