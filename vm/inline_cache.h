// Per-site inline caches for LOAD_ATTR, STORE_ATTR, LOAD_METHOD and
// LOAD_GLOBAL (the ideas of CPython 3.11's specializing interpreter:
// LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE,
// LOAD_METHOD_WITH_VALUES, LOAD_GLOBAL_MODULE/BUILTIN in Python/specialize.c).
//
// Where the caches live. A Program's CodeImage is shared between
// interpreters, which may run on different threads; a CodeObject is not: the
// loader makes one per interpreter, with its own copy of the instructions
// (vm/objects/function.h CodeObject::Data). Each cached instruction gets an
// InlineCache in the CodeObject's side array, and the loader writes the
// entry's number into the instruction's first two CACHE code units, which
// CPython reserves after these opcodes and which the loop skips (the
// verifier refuses jumps into them, so they are never executed). Frozen
// stdlib modules are loaded the same way.
//
// What a cache remembers is where the slow path found the answer, never the
// answer itself, and only for the plain cases:
//  - kAttrInstance (LOAD_ATTR): an instance of a user class without
//    __getattribute__, whose class has no data descriptor of that name: the
//    value in the instance dict (the entry index is a hint), or, when the
//    dict lacks the name, a class attribute of an inert type (int, str...)
//    that the descriptor protocol returns as it is.
//  - kAttrStore (STORE_ATTR): the same kind of instance and class, without
//    __setattr__: the value goes in the instance dict.
//  - kAttrSlot / kStoreSlot (LOAD_ATTR / STORE_ATTR): a `__slots__` member
//    of a user class without __getattribute__ (loads) or __setattr__
//    (stores): the field at the member descriptor's offset in the instance
//    (an unset field is a miss, for the slow path's AttributeError).
//  - kMethodFunction (LOAD_METHOD): a plain function found on a user class
//    (without __getattribute__) that the instance dict does not shadow.
//  - kMethodBuiltin (LOAD_METHOD): a method of a built-in type's table; the
//    unbound method object is one per interpreter, rooted for its life
//    (Interp::builtin_descriptors).
//  - kGlobalModule / kGlobalBuiltin (LOAD_GLOBAL): an entry of the globals
//    dict, or of the builtins dict while the globals lack the name.
// Module-level code names its globals with LOAD_NAME and STORE_NAME, which
// have no CACHE units: entries [0, len(co_names)) are name caches, indexed
// by the name's index, used by LOAD_NAME when the frame's namespace is its
// globals and by STORE_NAME/STORE_GLOBAL to update a kGlobalModule entry in
// place.
//
// Invariants: what a hit verifies (so that a stale entry never reads the
// wrong memory nor answers what the slow path would not):
//  1. Attribute sites: the object's exact type pointer, the site's name, and
//     the type attribute cache's epoch (vm/type_attr_cache.h), which
//     advances when any class namespace gains, loses or moves a key and at
//     every collection. While it holds, no class namespace has changed shape
//     and nothing has been freed, so `type` and `owner` are live, what
//     FindTypeAttr found for (type, name) is unchanged, and the namespace
//     entry `owner_index` still holds `name`. The hooks a hit depends on
//     (__getattribute__, __setattr__, no instance dict) are re-read from the
//     class each time.
//  2. A class attribute can be rebound in place without moving the epoch,
//     so a hit re-reads it from the namespace entry and re-checks that it is
//     not a data descriptor (or still a plain function) before using it.
//  3. Dict entries are reached only through the live dict (the instance's
//     current dict, the frame's globals and builtins), after checking the
//     index against `entries_used` and that the entry's key is the site's
//     interned name (pointer identity). Such an entry IS the slow path's
//     answer for that dict; a missing or moved key falls back to a probe.
//  4. "The globals lack the name" is re-proved by the globals dict's
//     identity and its `version`, which changes whenever its keys change
//     and never on a value update (vm/objects/dict.h), together with the
//     epoch of (1): a dict freed and another made at its address with the
//     same version would need a collection in between.
//  5. Raw pointers in an entry are never traced: they are compared, or
//     dereferenced only under (1). `method` is rooted elsewhere, or (slot
//     sites) only compared: the member descriptor a namespace entry held at
//     the fill, which a hit requires the entry to hold still, so the
//     offset it gave is the one the slow path would use (a descriptor
//     rebound in place is a different object, and its old one cannot be
//     freed and another made at its address without a collection, which
//     moves the epoch).
// A miss runs the unchanged slow path, then may refill the entry. A site that
// sees several types backs off exponentially before refilling, so a
// polymorphic site pays little for trying.
#ifndef MOAT_VM_INLINE_CACHE_H_
#define MOAT_VM_INLINE_CACHE_H_

#include <cstdint>
#include <vector>

#include "vm/interp.h"
#include "vm/object.h"
#include "vm/objects/descriptor.h"
#include "vm/objects/dict.h"
#include "vm/objects/float.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/value.h"

namespace moat::vm {

enum class InlineCacheKind : uint8_t {
  kEmpty = 0,
  kAttrInstance,
  kAttrStore,
  kAttrSlot,
  kStoreSlot,
  kMethodFunction,
  kMethodBuiltin,
  kGlobalModule,
  kGlobalBuiltin,
};

struct InlineCache {
  InlineCacheKind kind = InlineCacheKind::kEmpty;
  // Misses to let pass before the next refill, and the exponent of the
  // next back-off (a refill for another type doubles it).
  uint8_t backoff_exponent = 0;
  uint16_t countdown = 0;
  const StrObject* name = nullptr;
  // The type attribute cache's epoch at the fill (attribute sites and
  // kGlobalBuiltin).
  uint64_t epoch = 0;
  // kGlobalBuiltin: the globals dict's version at the fill.
  uint64_t version = 0;
  // Attribute sites: the object's exact type. Global sites: the globals dict.
  const void* subject = nullptr;
  // Attribute sites: the user class whose namespace holds `name` (null if
  // no class on the MRO does). kGlobalBuiltin: the builtins dict.
  const void* owner = nullptr;
  // The entry of `name` in owner's namespace / the builtins dict.
  int64_t owner_index = -1;
  // The entry of `name` in the instance dict / the globals dict (a hint for
  // instance dicts: each instance has its own). Slot sites: the field's
  // offset in the instance.
  int64_t index = -1;
  // kMethodBuiltin: the unbound built-in method. Slot sites: the member
  // descriptor (compared only, see (5)).
  Value method = Value::Null();
};

// Gives every cached instruction of `code` (verified instructions, with
// their CACHE units) its entry number, from `first` on, written into its
// first two CACHE units; returns the number after the last one given.
// Entries [0, first) are the code's name caches (below).
uint32_t AssignInlineCaches(std::vector<uint16_t>* code, uint32_t first);

// The entry of the instruction whose CACHE units start at `caches`.
inline InlineCache* SiteCache(InlineCache* entries, const uint16_t* caches) {
  return entries + (static_cast<uint32_t>(caches[0]) | (static_cast<uint32_t>(caches[1]) << 16));
}

// ---- Hits: never raise, allocate or run Python; Null / false on a miss ----

namespace inline_cache_internal {

// The namespace entry the fill recorded, if it still holds the site's name
// (it does while the epoch holds; checked anyway, bounds first).
inline const DictEntry* OwnerEntry(const InlineCache& c, const StrObject* name) {
  const DictObject* ns = static_cast<const ClassObject*>(c.owner)->dict;
  uint64_t ix = static_cast<uint64_t>(c.owner_index);
  if (ix >= ns->entries_used) return nullptr;
  const DictEntry* e = &ns->entries[ix];
  return e->key.object() == name ? e : nullptr;
}

// A class attribute that an instance attribute of the same name shadows:
// anything but a data descriptor. Conservative: an instance of any user
// class counts as one (its type may define __set__ or __delete__).
inline bool IsNonDataClassValue(Value v) {
  if (!v.is_object()) return true;
  const TypeObject* t = v.object()->type;
  return !IsUserClass(t) && t != &kPropertyType && t != &kMemberDescriptorType &&
         t != &kGetSetDescriptorType;
}

// What the descriptor protocol returns unchanged when read from a class:
// small ints and the special constants, and instances of a few immutable
// built-in types that are not descriptors.
inline bool IsInertValue(Value v) {
  if (!v.is_object()) return !v.is_null();
  const TypeObject* t = v.object()->type;
  return t == &kStrType || t == &kIntType || t == &kFloatType || t == &kTupleType;
}

// The entry of `name` in instance dict `d`: the hint, else a probe (which
// updates the hint). The probe's first step is inline: most misses are a
// name the dict lacks, whose first slot is empty (-1, dict.h).
inline int64_t InstanceEntry(Interp& vm, InlineCache& c, const DictObject* d,
                             StrObject* name) {
  uint64_t ix = static_cast<uint64_t>(c.index);
  if (ix < d->entries_used && d->entries[ix].key.object() == name) return c.index;
  if (d->size == 0) return -1;
  if (name->hash != -1 && DictIndexAt(d, static_cast<size_t>(name->hash) & (d->table_size - 1)) == -1) {
    return -1;
  }
  int64_t found = DictFindStr(vm, d, name);
  if (found >= 0) c.index = found;
  return found;
}

// (1): the object, the site and the epoch match the fill.
inline const ClassObject* AttrSiteClass(Interp& vm, const InlineCache& c, InlineCacheKind kind,
                                        Value obj, const StrObject* name) {
  if (c.kind != kind || !obj.is_object()) return nullptr;
  const TypeObject* t = obj.object()->type;
  if (t != c.subject || c.name != name || c.epoch != vm.type_attr_cache().epoch()) {
    return nullptr;
  }
  return static_cast<const ClassObject*>(t);
}

// Slot sites: the instance's field for the member the fill found, if the
// site still holds for `obj` (1) and the class namespace entry still holds
// the same member descriptor (5). nullptr on a miss.
inline Value* SlotField(Interp& vm, const InlineCache& c, InlineCacheKind kind, Value obj,
                        const StrObject* name, uint32_t hook) {
  const ClassObject* k = AttrSiteClass(vm, c, kind, obj, name);
  if (k == nullptr || (k->hooks & hook) != 0) return nullptr;
  const DictEntry* on_class = OwnerEntry(c, name);
  if (on_class == nullptr || !on_class->value.Is(c.method)) return nullptr;
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.object()) + c.index);
}

}  // namespace inline_cache_internal

// LOAD_ATTR: the attribute, or Null on a miss.
[[gnu::always_inline]] inline Value LoadAttrHit(Interp& vm, InlineCache& c, Value obj,
                                                StrObject* name) {
  using namespace inline_cache_internal;
  if (c.kind == InlineCacheKind::kAttrSlot) {
    Value* field = SlotField(vm, c, InlineCacheKind::kAttrSlot, obj, name, kClassHookGetAttribute);
    return field == nullptr ? Value::Null() : *field;  // an unset field is Null: a miss
  }
  const ClassObject* k = AttrSiteClass(vm, c, InlineCacheKind::kAttrInstance, obj, name);
  if (k == nullptr || (k->hooks & kClassHookGetAttribute) != 0 || k->no_instance_dict) {
    return Value::Null();
  }
  const DictEntry* on_class = nullptr;
  if (c.owner != nullptr && (on_class = OwnerEntry(c, name)) == nullptr) return Value::Null();
  const DictObject* d = *InstanceDictSlotOf(k, obj.object());
  if (d != nullptr) {
    int64_t ix = InstanceEntry(vm, c, d, name);
    if (ix >= 0) {
      if (on_class != nullptr && !IsNonDataClassValue(on_class->value)) return Value::Null();
      return d->entries[ix].value;
    }
  }
  // Not in the instance: a class attribute the descriptor protocol returns
  // unchanged.
  if (on_class != nullptr && IsInertValue(on_class->value)) return on_class->value;
  return Value::Null();
}

// LOAD_METHOD: the method, to be called with obj as its first argument (a
// plain function of a user class that the instance does not shadow, or a
// built-in type's unbound method), or Null on a miss.
[[gnu::always_inline]] inline Value LoadMethodHit(Interp& vm, InlineCache& c, Value obj,
                                                  StrObject* name) {
  using namespace inline_cache_internal;
  if (c.kind == InlineCacheKind::kMethodBuiltin) {
    // A built-in type is static: its method table and getattr slots never
    // change, and its address is never reused.
    return c.subject == TypeOf(obj) && c.name == name ? c.method : Value::Null();
  }
  const ClassObject* k = AttrSiteClass(vm, c, InlineCacheKind::kMethodFunction, obj, name);
  if (k == nullptr || (k->hooks & kClassHookGetAttribute) != 0) return Value::Null();
  const DictEntry* on_class = OwnerEntry(c, name);
  if (on_class == nullptr || !HasType(on_class->value, &kFunctionType)) return Value::Null();
  if (!k->no_instance_dict) {
    const DictObject* d = *InstanceDictSlotOf(k, obj.object());
    if (d != nullptr && InstanceEntry(vm, c, d, name) >= 0) return Value::Null();
  }
  return on_class->value;
}

// STORE_ATTR (v not Null): 1 stored, 0 a miss (nothing done), -1 the store
// failed (exception pending). When `old` is not null, *old receives the
// value the store replaced (Null if none), for the finalization check. A
// store of a new name inserts into the instance dict, which allocates and
// may compare keys (running a user __eq__ of an odd key): save the stack
// first.
int StoreAttrHit(Interp& vm, InlineCache& c, Value obj, StrObject* name, Value v, Value* old);

// LOAD_GLOBAL: the value, or Null on a miss.
[[gnu::always_inline]] inline Value LoadGlobalHit(Interp& vm, const InlineCache& c,
                                                  const DictObject* globals,
                                                  const DictObject* builtins,
                                                  const StrObject* name) {
  if (c.subject != globals || c.name != name) return Value::Null();
  const DictObject* d;
  uint64_t ix;
  if (c.kind == InlineCacheKind::kGlobalModule) {
    d = globals;
    ix = static_cast<uint64_t>(c.index);
  } else if (c.kind == InlineCacheKind::kGlobalBuiltin && globals->version == c.version &&
             builtins == c.owner && c.epoch == vm.type_attr_cache().epoch()) {
    d = builtins;
    ix = static_cast<uint64_t>(c.owner_index);
  } else {
    return Value::Null();
  }
  if (ix >= d->entries_used || d->entries[ix].key.object() != name) return Value::Null();
  return d->entries[ix].value;
}

// STORE_GLOBAL, and STORE_NAME at module level: true when `v` replaced the
// value of the globals entry a load of the same name found (*old: that
// value), false on a miss (nothing done). A value update, as DictSet does
// for a key already there.
inline bool StoreGlobalHit(InlineCache& c, DictObject* globals, const StrObject* name, Value v,
                           Value* old) {
  uint64_t ix = static_cast<uint64_t>(c.index);
  if (c.kind != InlineCacheKind::kGlobalModule || c.subject != globals || c.name != name ||
      ix >= globals->entries_used || globals->entries[ix].key.object() != name) {
    return false;
  }
  *old = globals->entries[ix].value;
  globals->entries[ix].value = v;
  return true;
}

// ---- Misses: the slow path, then a refill when the back-off allows ----

// GetAttr, remembering a plain instance or class attribute. Null with the
// exception pending. May run Python code.
Value LoadAttrMiss(Interp& vm, InlineCache& c, Value obj, StrObject* name);
// LookupMethod, remembering a plain function or a built-in method. May run
// Python code.
Value LoadMethodMiss(Interp& vm, InlineCache& c, Value obj, StrObject* name, bool* is_method);
// After a successful STORE_ATTR through the slow path: remembers the site
// if the store was a plain instance-dict store.
void NoteStoreAttr(Interp& vm, InlineCache& c, Value obj, StrObject* name);
// After a store into the globals through the slow path: remembers where
// the name's entry is, for the next store and load of the name.
void NoteGlobalStore(Interp& vm, InlineCache& c, DictObject* globals, StrObject* name);
// LoadGlobal's lookups, remembering where the name was found. Null when it
// is in neither dict (nothing raised: the caller raises NameError).
Value LoadGlobalMiss(Interp& vm, InlineCache& c, DictObject* globals, DictObject* builtins,
                     StrObject* name);

}  // namespace moat::vm

#endif  // MOAT_VM_INLINE_CACHE_H_
