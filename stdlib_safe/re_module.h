// The `re` module: CPython 3.11's regular expressions for str patterns,
// matched by RE2 (Debian's libre2), a maintained library that matches in
// time linear in the text, so no pattern can make a script spin (no ReDoS).
//
// Python syntax is translated to RE2's by re_translate.{h,cc}, which also
// raises CPython's re.error messages and refuses, with a message saying
// why, what RE2 cannot do in linear time (backreferences, lookaround,
// atomic groups, possessive repeats, conditionals). Positions are code
// points: RE2 reports byte offsets into the str's UTF-8, converted here.
//
// Types: re.Pattern (the compiled RE2 program, owned and freed by the
// collector's finalizer), re.Match (spans in code points), re.error (an
// Exception with msg, pattern, pos, lineno, colno). Budgets: every RE2
// call is charged to the instruction budget for the text it may scan
// before it runs (search/match give back what lies after the match, which
// RE2 does not read; findall, finditer, sub and split charge the whole
// text once for all their calls); RE2's own memory is bounded by RE2::Options::max_mem
// (a bigger pattern is refused with re.error) and its estimate is charged
// to the memory budget while the Pattern lives.
//
// Hazards: sub() and subn() with a function replacement run Python code
// (and so may collect); everything else raises and allocates only.
#ifndef MOAT_STDLIB_SAFE_RE_MODULE_H_
#define MOAT_STDLIB_SAFE_RE_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// Fills a fresh `re` module (registry.cc). False with an exception pending
// if an allocation was refused.
bool InitReModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_RE_MODULE_H_
