// The `re` module: CPython 3.11's regular expressions for str patterns.
// Patterns RE2 can run are matched by RE2 (Debian's libre2), in time linear
// in the text; patterns that need backtracking (backreferences, lookaround,
// atomic groups, possessive repeats, conditionals) by PCRE2, every call
// bounded by the run's budgets (re_engine.h).
//
// Python syntax is translated by re_translate.{h,cc}, which also raises
// CPython's re.error messages and picks the engine. Positions are code
// points: the engines report byte offsets into the str's UTF-8, converted
// here.
//
// Types: re.Pattern (the compiled engine, owned and freed by the
// collector's finalizer), re.Match (spans in code points), re.error (an
// Exception with msg, pattern, pos, lineno, colno), _sre.SRE_Scanner
// (Pattern.scanner: a position that each match()/search() moves on). Budgets: every call is
// charged to the instruction budget for the text it may scan before it
// runs (search/match give back what lies after the match; findall,
// finditer, sub and split charge the whole text once for all their calls);
// PCRE2 calls also charge each pattern item they try as they go. Engine
// memory is charged to the memory budget while the Pattern lives.
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
