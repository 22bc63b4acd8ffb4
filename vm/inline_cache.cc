// Per-site inline caches: entry numbering at load time, the store hit, and
// the misses that run the slow path and refill. The design and the
// invariants a hit relies on are in inline_cache.h.
#include "vm/inline_cache.h"

#include "vm/opcodes.h"
#include "vm/ops.h"

namespace moat::vm {

namespace {

using inline_cache_internal::IsInertValue;
using inline_cache_internal::IsNonDataClassValue;

// Back-off of a site that keeps meeting other types: at most one refill in
// 2^kMaxBackoffExponent misses.
constexpr uint8_t kMaxBackoffExponent = 12;

bool IsCachedOpcode(uint8_t op) {
  return op == LOAD_ATTR || op == STORE_ATTR || op == LOAD_METHOD || op == LOAD_GLOBAL;
}

void Backoff(InlineCache& c) {
  if (c.backoff_exponent < kMaxBackoffExponent) ++c.backoff_exponent;
  c.countdown = static_cast<uint16_t>((1u << c.backoff_exponent) - 1);
}

// Whether a miss on `subject` may refill the entry now. A filled entry for
// the same subject went stale (the epoch moved, the globals changed) and is
// refilled at once; one for another subject means the site is polymorphic,
// and each such refill doubles the wait before the next.
bool MayRefill(InlineCache& c, const void* subject) {
  if (c.countdown > 0) {
    --c.countdown;
    return false;
  }
  if (c.kind != InlineCacheKind::kEmpty && c.subject != subject) Backoff(c);
  return true;
}

// A fill found the site not cacheable for now.
void GiveUp(InlineCache& c) {
  c.kind = InlineCacheKind::kEmpty;
  c.subject = nullptr;
  Backoff(c);
}

// The user class of `obj` when attribute access on it is the generic
// protocol of a user class's instance with an instance dict (and no
// metaclass machinery), else nullptr.
ClassObject* PlainInstanceClass(Value obj) {
  if (!obj.is_object()) return nullptr;
  TypeObject* t = obj.object()->type;
  if (!IsUserClass(t) || IsMetaclass(t)) return nullptr;
  return static_cast<ClassObject*>(t);
}

// The class of `obj` when an attribute site for `name` may cache it: a
// plain instance whose class lacks `hook` (__getattribute__ for loads,
// __setattr__ for stores) and gives it an instance dict, and an interned
// name other than __dict__. Else nullptr.
ClassObject* CacheableInstanceClass(Value obj, StrObject* name, uint32_t hook) {
  ClassObject* k = PlainInstanceClass(obj);
  if (k == nullptr || (k->hooks & hook) != 0 || k->no_instance_dict || !name->interned ||
      name->view() == "__dict__") {
    return nullptr;
  }
  return k;
}

// What FindTypeAttr finds for (k, name), as a hit will re-read it: nothing
// (owner null), or a namespace entry of a user class whose key is the
// interned name itself. False when it is anything else (a built-in base's
// method, getter or slot; a key that is an equal but distinct str).
bool RecordClassAttr(Interp& vm, ClassObject* k, StrObject* name, InlineCache* c,
                     Value* value) {
  c->owner = nullptr;
  c->owner_index = -1;
  *value = Value::Null();
  TypeAttr attr;
  if (!FindTypeAttr(vm, k, name, &attr)) return true;
  if (attr.method != nullptr || attr.slot != nullptr || !IsUserClass(attr.owner)) return false;
  const DictObject* ns = static_cast<ClassObject*>(attr.owner)->dict;
  int64_t ix = DictFindStr(vm, ns, name);
  if (ix < 0 || ns->entries[ix].key.object() != name) return false;
  c->owner = attr.owner;
  c->owner_index = ix;
  *value = ns->entries[ix].value;
  return true;
}

// Fills `c` for an attribute site of kind `kind`, from the state now.
void FillAttrSite(Interp& vm, InlineCache& c, InlineCacheKind kind, ClassObject* k,
                  StrObject* name, int64_t dict_index) {
  c.kind = kind;
  c.name = name;
  c.subject = k;
  c.index = dict_index;
  c.epoch = vm.type_attr_cache().epoch();
}

// The entry of `name` in the instance dict of `obj` (of class k), or -1.
int64_t InstanceIndex(Interp& vm, const ClassObject* k, Value obj, StrObject* name) {
  const DictObject* d = *InstanceDictSlotOf(k, obj.object());
  return d == nullptr ? -1 : DictFindStr(vm, d, name);
}

// Fills a slot site when what the slow path used for (obj, name) is a
// `__slots__` member of a user class found on obj's class: true if it did.
bool FillSlotSite(Interp& vm, InlineCache& c, InlineCacheKind kind, Value obj, StrObject* name,
                  uint32_t hook) {
  ClassObject* k = PlainInstanceClass(obj);
  Value on_class;
  if (k == nullptr || (k->hooks & hook) != 0 || !name->interned ||
      !RecordClassAttr(vm, k, name, &c, &on_class) || !HasType(on_class, &kMemberDescriptorType)) {
    return false;
  }
  auto* member = As<MemberDescriptorObject>(on_class);
  if (!IsSubtype(k, member->owner)) return false;
  if (kind == InlineCacheKind::kStoreSlot && member->readonly) return false;
  FillAttrSite(vm, c, kind, k, name, member->offset);
  c.method = on_class;
  return true;
}

void FillLoadAttr(Interp& vm, InlineCache& c, Value obj, StrObject* name) {
  if (FillSlotSite(vm, c, InlineCacheKind::kAttrSlot, obj, name, kClassHookGetAttribute)) return;
  ClassObject* k = CacheableInstanceClass(obj, name, kClassHookGetAttribute);
  Value on_class;
  if (k == nullptr || !RecordClassAttr(vm, k, name, &c, &on_class)) return GiveUp(c);
  int64_t ix = InstanceIndex(vm, k, obj, name);
  bool plain = ix >= 0 ? c.owner == nullptr || IsNonDataClassValue(on_class)
                       : c.owner != nullptr && IsInertValue(on_class);
  if (!plain) return GiveUp(c);
  FillAttrSite(vm, c, InlineCacheKind::kAttrInstance, k, name, ix);
}

// Fills `c` for the globals entry `ix` of `name`, unless its key is an
// equal but distinct str (a hit compares keys by identity).
void FillGlobalModule(InlineCache& c, DictObject* globals, StrObject* name, int64_t ix) {
  if (globals->entries[ix].key.object() != name) return;
  c.kind = InlineCacheKind::kGlobalModule;
  c.name = name;
  c.subject = globals;
  c.index = ix;
}

}  // namespace

uint32_t AssignInlineCaches(std::vector<uint16_t>* code, uint32_t first) {
  uint32_t count = first;
  size_t n = code->size();
  for (size_t i = 0; i < n;) {
    uint8_t op = (*code)[i] & 0xff;
    size_t caches = kOpcodeInfo[op].cache_entries;
    if (IsCachedOpcode(op) && caches >= 2 && i + 2 < n) {
      (*code)[i + 1] = static_cast<uint16_t>(count & 0xffff);
      (*code)[i + 2] = static_cast<uint16_t>(count >> 16);
      ++count;
    }
    i += 1 + caches;
  }
  return count;
}

int StoreAttrHit(Interp& vm, InlineCache& c, Value obj, StrObject* name, Value v, Value* old) {
  using namespace inline_cache_internal;
  if (c.kind == InlineCacheKind::kStoreSlot) {
    Value* field = SlotField(vm, c, InlineCacheKind::kStoreSlot, obj, name, kClassHookSetAttr);
    if (field == nullptr) return 0;
    if (old != nullptr) *old = *field;
    *field = v;
    return 1;
  }
  const ClassObject* k = AttrSiteClass(vm, c, InlineCacheKind::kAttrStore, obj, name);
  if (k == nullptr || (k->hooks & kClassHookSetAttr) != 0 || k->no_instance_dict) return 0;
  if (c.owner != nullptr) {
    const DictEntry* on_class = OwnerEntry(c, name);
    if (on_class == nullptr || !IsNonDataClassValue(on_class->value)) return 0;
  }
  DictObject** slot = InstanceDictSlotOf(k, obj.object());
  DictObject* d = *slot;
  int64_t ix = -1;
  if (d != nullptr) {
    uint64_t hint = static_cast<uint64_t>(c.index);
    if (hint < d->entries_used && d->entries[hint].key.object() == name) {
      ix = c.index;
    } else if (old != nullptr) {
      ix = InstanceEntry(vm, c, d, name);  // the old value is needed: probe
    }
  }
  if (ix >= 0) {
    if (old != nullptr) *old = d->entries[ix].value;
    d->entries[ix].value = v;  // a value update: the key and its place stay
    return 1;
  }
  // What InstanceGenericSetAttr ends with (a new name, or one the hint
  // missed when nobody needs the old value).
  if (old != nullptr) *old = Value::Null();
  return SetInDictSlot(vm, slot, obj, name, v) < 0 ? -1 : 1;
}

Value LoadAttrMiss(Interp& vm, InlineCache& c, Value obj, StrObject* name) {
  Value v = GetAttr(vm, obj, name);
  if (!v.is_null() && MayRefill(c, obj.is_object() ? obj.object()->type : nullptr)) {
    FillLoadAttr(vm, c, obj, name);
  }
  return v;
}

Value LoadMethodMiss(Interp& vm, InlineCache& c, Value obj, StrObject* name, bool* is_method) {
  Value m = LookupMethod(vm, obj, name, is_method);
  if (m.is_null() || !MayRefill(c, TypeOf(obj))) return m;
  TypeObject* t = TypeOf(obj);
  if (!*is_method || !name->interned) {
    GiveUp(c);
  } else if ((t->gc_flags & kObjStatic) != 0) {
    // LookupMethod's table branch: a built-in type without a getattr slot
    // on its chain; `m` is its unbound method, rooted for the
    // interpreter's life.
    c.kind = InlineCacheKind::kMethodBuiltin;
    c.name = name;
    c.subject = t;
    c.method = m;
  } else {
    ClassObject* k = PlainInstanceClass(obj);
    Value on_class;
    if (k == nullptr || (k->hooks & kClassHookGetAttribute) != 0 ||
        !RecordClassAttr(vm, k, name, &c, &on_class) || !on_class.Is(m) ||
        !HasType(m, &kFunctionType)) {
      GiveUp(c);
    } else {
      FillAttrSite(vm, c, InlineCacheKind::kMethodFunction, k, name, -1);
    }
  }
  return m;
}

void NoteStoreAttr(Interp& vm, InlineCache& c, Value obj, StrObject* name) {
  if (!MayRefill(c, obj.is_object() ? obj.object()->type : nullptr)) return;
  if (FillSlotSite(vm, c, InlineCacheKind::kStoreSlot, obj, name, kClassHookSetAttr)) return;
  ClassObject* k = CacheableInstanceClass(obj, name, kClassHookSetAttr);
  Value on_class;
  if (k == nullptr || !RecordClassAttr(vm, k, name, &c, &on_class) ||
      (c.owner != nullptr && !IsNonDataClassValue(on_class))) {
    return GiveUp(c);
  }
  FillAttrSite(vm, c, InlineCacheKind::kAttrStore, k, name, InstanceIndex(vm, k, obj, name));
}

void NoteGlobalStore(Interp& vm, InlineCache& c, DictObject* globals, StrObject* name) {
  int64_t ix = DictFindStr(vm, globals, name);
  if (ix >= 0) FillGlobalModule(c, globals, name, ix);
}

Value LoadGlobalMiss(Interp& vm, InlineCache& c, DictObject* globals, DictObject* builtins,
                     StrObject* name) {
  int64_t ix = DictFindStr(vm, globals, name);
  if (ix >= 0) {
    FillGlobalModule(c, globals, name, ix);
    return globals->entries[ix].value;
  }
  ix = DictFindStr(vm, builtins, name);
  if (ix < 0) return Value::Null();
  if (builtins->entries[ix].key.object() == name) {
    c.kind = InlineCacheKind::kGlobalBuiltin;
    c.name = name;
    c.subject = globals;
    c.version = globals->version;
    c.epoch = vm.type_attr_cache().epoch();
    c.owner = builtins;
    c.owner_index = ix;
  }
  return builtins->entries[ix].value;
}

}  // namespace moat::vm
