// Dunder methods and type slots, both ways (CPython's slotdefs in
// Objects/typeobject.c):
//  - a user class that defines `__add__` gets an `binary[kAdd]` slot that
//    calls it (FillClassSlots);
//  - a built-in type's slot is visible as a method: `object.__init__`,
//    `int.__add__`, `super().__eq__(other)` (SlotWrapperObject).
#ifndef MOAT_VM_OBJECTS_SLOTS_H_
#define MOAT_VM_OBJECTS_SLOTS_H_

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct ClassObject;

enum class SlotKind : uint8_t {
  kRepr,
  kStr,
  kHash,
  kCompare,  // op: CompareOp
  kBool,
  kLen,
  kContains,
  kGetItem,
  kSetItem,
  kDelItem,
  kIter,
  kNext,
  kCall,
  kUnary,    // op: UnaryOp, or 3 = abs
  kIndex,
  kInt,
  kFloat,
  kBinary,   // op: BinaryOp; `reflected` for __radd__ and friends
  kInplace,  // op: BinaryOp
  kInit,
  kNew,
};

struct SlotDef {
  const char* name;
  SlotKind kind;
  uint8_t op;
  bool reflected;
};

// The slot a dunder name stands for, or nullptr.
const SlotDef* FindSlotDef(std::string_view name);

// True if built-in `type` itself (not only a base) provides the slot.
bool StaticTypeDefinesSlot(const TypeObject* type, const SlotDef& def);

// Calls built-in `owner`'s slot as the method `def.name` on `self`.
Value CallStaticSlot(Interp& vm, const SlotDef& def, TypeObject* owner, Value self,
                     CallArgs args);

// Fills every slot of a new user class from its MRO.
void FillClassSlots(Interp& vm, ClassObject* cls);

// CPython's update_slot: after a dunder was set on or deleted from `cls`,
// refills the slots of `cls` and of every live class deriving from it, so
// `Base.__eq__ = f` reaches the subclasses made before. Charges one unit per
// live class and more per class refilled; false with the limit's error
// pending.
bool RefillClassSlots(Interp& vm, ClassObject* cls);

// A binary operation without a slot of its own (divmod) on user classes:
// a.__name__(b) when a's class defines either method, then b.__rname__(a)
// when b's does, a subclass's reflected method first, as CPython's
// SLOT1BINFULL (the methods found along the whole MRO, built-in bases
// included). NotImplemented when neither applies.
Value CallUserBinary(Interp& vm, Value a, Value b, const char* name, const char* rname);
// Whether `t` has CPython's slot function for a binary pair (SLOT1BINFULL):
// a user class of its MRO defines `name` or `rname`.
bool DefinesBinaryPair(Interp& vm, TypeObject* t, StrObject* name, StrObject* rname);

// pow(a, b, m) as CPython's ternary_op: the nb_power slots of the three
// operands' types in turn (a user class's calls only a.__pow__(b, m); a
// C-type stand-in's __pow__, as decimal.Decimal's C slot, takes the three
// operands wherever they stand; float's refuses the modulus). NotImplemented
// when every slot declined; Null with the exception pending. Runs Python.
Value CallUserTernaryPow(Interp& vm, Value a, Value b, Value m);

// A built-in type's slot as a method: unbound (`self` Null, from the type)
// or bound to an instance.
struct SlotWrapperObject : Object {
  const SlotDef* def;
  TypeObject* owner;
  Value self;
};
// Its types, which type() names as CPython does: wrapper_descriptor
// (`object.__init__`), method-wrapper (bound: `(1).__add__`) and, for
// `__new__`, builtin_function_or_method.
extern TypeObject kSlotWrapperType;
extern TypeObject kMethodWrapperType;
extern TypeObject kSlotNewType;
bool IsSlotWrapper(Value v);
// Unbound (`self` Null), the one object per interpreter for (def, owner),
// as CPython keeps one in the type's dict (`A.__init__ is object.__init__`);
// bound, a new one. Allocates; nullptr with MemoryError.
SlotWrapperObject* NewSlotWrapper(Interp& vm, const SlotDef* def, TypeObject* owner, Value self);

// The interned StrObject of a dunder name, cached per interpreter.
StrObject* DunderName(Interp& vm, const SlotDef& def);

// The slots every instantiation looks up.
extern const SlotDef& kNewSlotDef;
// The TypeError of an __init__ that returned something other than None.
void RaiseInitReturnedNotNone(Interp& vm, Value result);
extern const SlotDef& kInitSlotDef;

void InitSlotTypes();

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_SLOTS_H_
