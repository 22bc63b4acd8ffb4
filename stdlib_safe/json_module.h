// File: stdlib_safe/json_module.h
//
// The native core of `json` (stdlib_safe/py/json.py), in the roles of
// CPython's _json accelerator, with its semantics and messages:
//
//   _encode_string(s, ensure_ascii, /)   the JSON text of a str (quotes,
//       escapes; \uXXXX for non-ASCII when ensure_ascii);
//   _encode_one_shot(o, check_circular, default, key_separator,
//       item_separator, sort_keys, skipkeys, allow_nan, ensure_ascii, /)
//       the whole text of dumps() without indent (CPython's c_make_encoder:
//       eager, one str), calling `default` for other values;
//   _scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float,
//       parse_int, parse_constant, memo, error, /)   one JSON value at
//       code point idx -> (value, end): CPython's c_make_scanner, raising
//       StopIteration(pos) where no value starts (raw_decode turns it into
//       "Expecting value") and `error(msg, s, pos)` (JSONDecodeError) for
//       the rest; keys are shared through `memo` (a dict);
//   _scan_string(s, end, strict, error, /)   scanstring's core.
//
// Containers nest through the recursion guard with CPython's texts
// (" while encoding a JSON object", " while decoding a JSON array from a
// unicode string"), so deep documents meet RecursionError where CPython's
// do. Text is built in a StrWriter (charged to the heap as it grows) and
// scanning charges its work, so neither escapes the run's budgets.
// json.loads and dumps of agent-tool payloads were about ten times slower
// than CPython's in the Python implementation alone.
#ifndef MOAT_STDLIB_SAFE_JSON_MODULE_H_
#define MOAT_STDLIB_SAFE_JSON_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `json`: adds the native functions above, then
// runs the frozen module body. False with the body's exception pending.
bool InitJsonModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_JSON_MODULE_H_
