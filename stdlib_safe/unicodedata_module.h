// File: stdlib_safe/unicodedata_module.h
//
// The `unicodedata` module, as CPython 3.11's Modules/unicodedata.c, over
// ICU (libicu: character names and aliases, properties, numeric values and
// the normalizer), a maintained library, never tables of ours.
//
// Unicode version: CPython 3.11 has Unicode 14.0.0; Debian 12's ICU 72 has
// 15.0. Every function treats a code point that ICU says was assigned after
// 14.0 (u_charAge) as unassigned, as CPython does: category 'Cn', no name,
// no numeric value, its own decomposition. normalize() and is_normalized()
// run ICU's 15.0 normalizer, which differs from 14.0's only on text that
// holds such characters. Not provided: lookup() of named sequences (ICU has
// no table of them) and `ucd_3_2_0` (the IDNA-era data).
//
// Budgets: normalize() charges the text's length before working.
#ifndef MOAT_STDLIB_SAFE_UNICODEDATA_MODULE_H_
#define MOAT_STDLIB_SAFE_UNICODEDATA_MODULE_H_

#include <cstdint>
#include <string>

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// Fills a fresh `unicodedata` module (registry.cc). False with an exception
// pending.
bool InitUnicodedataModule(vm::Interp& vm, vm::ModuleObject* module);

// unicodedata.name's answer for `cp`: true with its name in *name, false
// when it has none (controls, unassigned, surrogates, Tangut ideographs).
bool UnicodeCharName(uint32_t cp, std::string* name);

// The name the namereplace error handler gives `cp`, as CPython's: its
// name, or for the private-use code points where CPython's database keeps
// them (from U+F0000 and U+F0200), a name alias or a named sequence's name.
// The VM's handler asks this (vm::Interp::Options::char_name).
bool UnicodeCharNameOrAlias(uint32_t cp, std::string* name);

// The reverse, as unicodedata.lookup without its named sequences: true with
// the code point of the character `name` or an alias of it names (in any
// case) in *cp, false when none of Unicode 14's does. unicode_escape's
// \N{name} asks this (vm::Interp::Options::char_code).
bool UnicodeCharFromName(std::string_view name, uint32_t* cp);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_UNICODEDATA_MODULE_H_
