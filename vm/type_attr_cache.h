// The type attribute cache: what FindTypeAttr (vm/objects/type.h) found for
// a (type, interned name) pair, so that `obj.attr`, method calls and dunder
// lookups do not walk the MRO and probe every namespace on it each time
// (CPython's method cache in Objects/typeobject.c).
//
// CPython invalidates one type and its subclasses through version tags and
// subclass lists. moat keeps no subclass lists, so one epoch covers every
// type: an entry holds while the epoch it was filled in is current. The
// epoch advances
//  - when a class namespace (a dict flagged kObjClassNamespace) gains, loses
//    or moves an entry (vm/objects/dict.cc), since that can change what a
//    lookup on the class or on any class deriving from it finds;
//  - at every collection, since a freed class's address, and so its
//    entries' key, may be reused by a new class.
// A class attribute rebound in place (`Counter.count += 1`) keeps every
// entry: an entry found in a namespace records where in that dict's entry
// array the attribute is, and a hit reads the value there.
//
// Only interned names are cached: they live as long as the interpreter, so
// a name pointer never comes to mean other text.
//
// The per-site inline caches (vm/inline_cache.h) rely on this epoch too:
// while it holds, no class namespace has changed shape and nothing has been
// freed. Any new way to change a namespace's keys, or to free an object,
// must advance it.
#ifndef MOAT_VM_TYPE_ATTR_CACHE_H_
#define MOAT_VM_TYPE_ATTR_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <memory>

#include "vm/value.h"

namespace moat::vm {

struct TypeObject;
struct StrObject;
struct MethodDef;
struct SlotDef;

class TypeAttrCache {
 public:
  struct Entry {
    const TypeObject* type = nullptr;
    const StrObject* name = nullptr;
    uint64_t epoch = 0;  // 0: never filled
    // What the lookup found (TypeAttr's fields); owner is null when the
    // name is on no type of the MRO.
    TypeObject* owner = nullptr;
    const MethodDef* method = nullptr;
    const SlotDef* slot = nullptr;
    // A value found outside any namespace (a built-in type's __hash__ None).
    Value value = Value::Null();
    // Found in owner's namespace: the index of its entry there, or -1.
    int64_t dict_index = -1;
  };

  // The entry for (type, name): a valid hit when Holds says so, otherwise
  // the entry to refill.
  Entry& Slot(const TypeObject* type, const StrObject* name) {
    if (entries_ == nullptr) entries_ = std::make_unique<Entry[]>(kEntries);
    uintptr_t key = (reinterpret_cast<uintptr_t>(type) >> 4) * 0x9E3779B97F4A7C15u ^
                    (reinterpret_cast<uintptr_t>(name) >> 4);
    key ^= key >> 29;
    return entries_[(key * 0xBF58476D1CE4E5B9u) >> (64 - kEntriesLog2)];
  }
  bool Holds(const Entry& e, const TypeObject* type, const StrObject* name) const {
    return e.epoch == epoch_ && e.type == type && e.name == name;
  }
  uint64_t epoch() const { return epoch_; }
  // Forgets every entry.
  void Invalidate() { ++epoch_; }

 private:
  static constexpr int kEntriesLog2 = 10;
  static constexpr size_t kEntries = size_t{1} << kEntriesLog2;
  std::unique_ptr<Entry[]> entries_;  // made at the first lookup
  uint64_t epoch_ = 1;
};

}  // namespace moat::vm

#endif  // MOAT_VM_TYPE_ATTR_CACHE_H_
