// Generic operations on Values: the abstract object protocol the loop and the
// native library use (CPython's Objects/abstract.c and object.c). Each one
// dispatches on the operands' type slots and raises CPython's TypeError texts
// when a type does not support the operation.
//
// Hazards: every function may raise and allocate; those that can reach user
// code (issue 3: dunder methods) may run Python and collect.
#ifndef MOAT_VM_OPS_H_
#define MOAT_VM_OPS_H_

#include <initializer_list>
#include <string>
#include <string_view>

#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

struct StrObject;

// repr(v) / str(v): a StrObject Value or Null.
Value Repr(Interp& vm, Value v);
Value Str(Interp& vm, Value v);
// Appends repr(v)/str(v) as UTF-8; false on exception.
bool AppendRepr(Interp& vm, Value v, std::string* out);
bool AppendStr(Interp& vm, Value v, std::string* out);
// Type name as CPython shows it in messages ("int", "NoneType").
std::string_view TypeName(Value v);
// The type name in Argument Clinic's "argument 'x' must be str, not None"
// (_PyArg_BadArgument), which names None "None", not "NoneType".
std::string_view ClinicTypeName(Value v);

// hash(v): -1 on exception ("unhashable type: 'list'").
int64_t Hash(Interp& vm, Value v);
// Rich comparison returning a Value (may be any object for user types).
Value RichCompare(Interp& vm, Value a, Value b, CompareOp op);
// COMPARE_OP at the recursion limit (Interp::AtRecursionLimit), followed by
// `next_opcode`: RichCompare, or, where CPython would have specialized the
// instruction, the comparison without RichCompare's recursion step.
Value CompareAtRecursionLimit(Interp& vm, Value a, Value b, CompareOp op, uint8_t next_opcode);
// Comparison reduced to truth: 1/0, -1 on exception. Identity implies
// equality for kEq (as CPython's PyObject_RichCompareBool).
int RichCompareBool(Interp& vm, Value a, Value b, CompareOp op);
inline int Equals(Interp& vm, Value a, Value b) {
  return RichCompareBool(vm, a, b, CompareOp::kEq);
}
// bool(v): 1/0, -1 on exception.
int IsTrue(Interp& vm, Value v);

Value BinaryOperation(Interp& vm, BinaryOp op, Value a, Value b);
// CPython's binary_op1: the operands' number slots for `op` (not the
// sequence concatenation or repetition, which BinaryOperation tries next),
// NotImplemented (and no exception) when neither handles the pair. BinaryOperation is this
// plus the "unsupported operand type(s)" TypeError.
Value BinaryOp1(Interp& vm, BinaryOp op, Value a, Value b);
Value InplaceOperation(Interp& vm, BinaryOp op, Value a, Value b);
// CPython's binary_iop1: the left operand's in-place number slot, then
// BinaryOp1; NotImplemented (no exception) when none handles the pair.
Value InplaceOp1(Interp& vm, BinaryOp op, Value a, Value b);
// CPython's PySequence_Concat / PySequence_InPlaceConcat core: the
// built-in sequence concatenation of `a`'s type (list and bytearray extend
// in place when `inplace`), skipping every number slot; NotImplemented
// (no exception) when `a` is not a built-in sequence.
Value SequenceConcat(Interp& vm, Value a, Value b, bool inplace);
// Marks the + and * slots (binary and in-place) of a native module's
// static type as sequence slots (sq_concat, sq_repeat), tried after every
// number slot as str's and list's are (collections.deque). Call once, when
// the type is initialised; room for four such types (more are ignored).
void RegisterSequenceSlots(const TypeObject* type);
Value UnaryOperation(Interp& vm, UnaryOp op, Value v);
const char* BinaryOpSymbol(BinaryOp op);

// len(v): -1 on exception.
int64_t Length(Interp& vm, Value v);
Value GetItem(Interp& vm, Value container, Value key);
int SetItem(Interp& vm, Value container, Value key, Value value);
int DelItem(Interp& vm, Value container, Value key);
// ns[key] = value in a class body's namespace: directly when it is exactly
// a dict, else through the dict subclass's __setitem__ (a prepared
// namespace, enum's _EnumDict), with `value` rooted across that call.
// 0, or -1 on exception.
int NamespaceSetItem(Interp& vm, DictObject* ns, Value key, Value value);
// `item in container`: 1/0, -1 on exception.
int Contains(Interp& vm, Value container, Value item);

// iter(v) and next(it). IterNext returns Null with no exception at the end.
Value GetIter(Interp& vm, Value v);
Value IterNext(Interp& vm, Value iterator);
// The iterator's next slot as is: at the end, Null with no exception or with
// the StopIteration it raised pending (whose value `yield from` returns).
Value IterNextKeepStop(Interp& vm, Value iterator);

// Attribute access on any object. Raises AttributeError with CPython's text,
// or the sandbox refusal for names moat does not expose.
Value GetAttr(Interp& vm, Value obj, StrObject* name);
// Whether a failed lookup of `name` on `obj` may be a name moat withholds,
// whose AttributeError is the sandbox refusal, not CPython's missing-name
// text: a class-graph name or a dunder CPython has that no protocol or data
// rule explains.
bool MaybeWithheldAttribute(Value obj, std::string_view name);
// Like GetAttr but returns Null WITHOUT an exception if missing.
Value GetAttrOptional(Interp& vm, Value obj, StrObject* name);
int SetAttr(Interp& vm, Value obj, StrObject* name, Value value);
// The refusal SetAttr gives when no type along obj's chain has a setattr
// slot: "not writable" for a getter (named by its defining type), "is
// read-only" for a method or a dunder the instance shows, the read's own
// error for a dunder it withholds (the sandbox's), else "has no
// attribute". Always -1.
int RefuseSetAttr(Interp& vm, Value obj, StrObject* name);
// RefuseSetAttr for a built-in type that CPython gives read-only members
// (range's start, complex's real...): writing one of `members` says only
// "readonly attribute". Always -1.
int RefuseSetAttrWithMembers(Interp& vm, Value obj, StrObject* name,
                             std::initializer_list<std::string_view> members);
// Method lookup for LOAD_METHOD: if the attribute is a plain method
// descriptor, returns the unbound callable and sets *is_method; otherwise
// returns the bound attribute.
Value LookupMethod(Interp& vm, Value obj, StrObject* name, bool* is_method);


// isinstance(obj, cls) for a single class.
bool IsInstance(Value obj, const TypeObject* cls);

// Unpacks any iterable into exactly `count` values (UNPACK_SEQUENCE), raising
// CPython's "not enough values to unpack (expected 3, got 2)" texts.
bool UnpackIterable(Interp& vm, Value iterable, size_t count, Value* out);

// ---- Charging native loops -------------------------------------------------
// A native loop whose trip count the script controls charges the
// instruction budget (vm.ChargeWork) before the work, one unit per item.
// One that knows its count charges it up front with vm.ChargeItems(n). One
// that may stop early (`in`, index(), a sequence comparison, a probe
// sequence, an iterator pulled one item at a time) calls ChargeStep with
// the number of items it has handled so far, before handling the next:
// every kStepChunk items it pays for the next chunk. The first chunk is
// free, as ChargeItems's first 64 items are, so short loops cost nothing
// extra. `cost` is what one item costs when it is more than one unit.
// False with the limit's error pending; never collects.
inline constexpr uint64_t kStepChunk = 64;
inline bool ChargeStep(Interp& vm, uint64_t done, uint64_t cost = 1) {
  return done % kStepChunk != 0 || done == 0 || vm.ChargeWork(kStepChunk * cost);
}

}  // namespace moat::vm

#endif  // MOAT_VM_OPS_H_
