// Functions, code objects, cells, bound methods and native (builtin)
// functions.
//
// A CodeObject is the loaded, verified form of a CodeImage: constants turned
// into Values, names interned, the exception table decoded. It is immutable
// after loading. Scripts never see code objects (no __code__).
#ifndef MOAT_VM_OBJECTS_FUNCTION_H_
#define MOAT_VM_OBJECTS_FUNCTION_H_

#include <memory>
#include <vector>

#include "moat/code_image.h"
#include "vm/interp.h"
#include "vm/object.h"

namespace moat::vm {

extern TypeObject kCodeType;
extern TypeObject kFunctionType;
extern TypeObject kCellType;
extern TypeObject kBuiltinFunctionType;
// A built-in type's method or getter read from the type (`str.upper`,
// `int.real`): a BuiltinFunctionObject with `unbound_for` set, of these
// types so that type() names them as CPython does.
extern TypeObject kMethodDescriptorType;
extern TypeObject kGetSetDescriptorType;
// A dunder CPython has as a slot (`list.__len__`, `(1).__add__`) that moat
// keeps in a method table: named wrapper_descriptor / method-wrapper as
// CPython's are (distinct objects from the SlotWrapperObject types of the
// same names, which have another layout).
extern TypeObject kTableSlotWrapperType;
extern TypeObject kTableMethodWrapperType;
extern TypeObject kMethodType;
// A class method of a C-type stand-in bound to its class
// (`datetime.date.fromordinal`): a MethodObject shown as CPython's bound C
// method, type builtin_function_or_method, `<built-in method fromordinal
// of type object at ...>`, with a C method's attributes (`__qualname__`
// "date.fromordinal", `__module__` None, no `__func__`).
extern TypeObject kBuiltinMethodStandInType;
// A function of one of moat's own modules that stands in for a function
// CPython implements in C (`heapq.heappush`, `cmath.sqrt`,
// `functools.reduce`): a FunctionObject like any other, run by the same
// call paths, but named builtin_function_or_method, shown as `<built-in
// function name>`, with a built-in function's attributes only (no
// `__defaults__`, `__dict__`...) and no `__get__`, so a class that stores
// it does not bind it (`class A: push = heapq.heappush`). Only the
// `_builtin_function` marker of a frozen module's init makes one
// (stdlib_safe/frozen_modules.h).
extern TypeObject kBuiltinStandInType;

struct TupleObject;
struct DictObject;
struct InlineCache;  // vm/inline_cache.h

// One decoded exception-table entry (CPython Objects/exception_handling_notes.txt):
// instructions [start, end) jump to `target` with the stack cut to `depth`,
// pushing lasti first when `push_lasti`. All in code units.
struct ExceptionTableEntry {
  uint32_t start;
  uint32_t end;
  uint32_t target;
  uint32_t depth;
  bool push_lasti;
};

// Where a code object comes from. Code of moat's own modules (the Python
// ones frozen into the binary) may do a few things scripts may not, such as
// defining a metaclass (docs/SECURITY.md); a script cannot make code objects,
// so it cannot claim this origin.
enum class CodeOrigin : uint8_t { kScript, kMoatModule };

// A moat-only co_flags bit (CPython 3.11 uses none above 0x1000000): the
// function stands for one CPython has in C, so a call that does not fit its
// parameters fails with the C calling convention's TypeError texts
// (RaiseCSignatureError, vm/args.h) instead of a Python function's. Only the
// `_c_signature` and `_builtin_function` markers of moat's own modules set
// it (stdlib_safe/frozen_modules.h); a script's code never has it.
inline constexpr int32_t kCodeFlagCSignature = 0x40000000;
// With kCodeFlagCSignature: the C function parses its arguments with
// PyArg_ParseTuple's texts ("index() takes at least 1 argument (0 given)")
// rather than Argument Clinic's.
inline constexpr int32_t kCodeFlagCGetargs = 0x20000000;
// With kCodeFlagCSignature: the C function parses its arguments with
// PyArg_ParseTupleAndKeywords ("K() missing required argument 'obj' (pos
// 1)"), by position or by name.
inline constexpr int32_t kCodeFlagCGetargsKeywords = 0x10000000;
// A method of a C-type stand-in (set by _set_type_name on the functions of
// the class's namespace), which CPython has as a C method: an `isinstance`
// it calls checks the real type, as the C type's PyDeque_Check would, never
// a claimed `__class__` (stdlib_safe/builtins.h kTypeCheckIsinstanceDef);
// and, as a method descriptor's, its attributes are read-only and it shows
// no `__defaults__`, `__kwdefaults__`, `__annotations__` or `__dict__`, so
// no script changes how the type behaves for other code (FunctionSetAttr).
inline constexpr int32_t kCodeFlagCTypeMethod = 0x08000000;

// With kCodeFlagCTypeMethod: a plain method of a C-type stand-in's
// namespace (not a classmethod, staticmethod, `__new__`...), which CPython
// has as a method descriptor or slot wrapper of the C type: a call whose
// first argument is not an instance of `CodeObject::ctype_owner` fails
// with the descriptor's TypeError (CheckCTypeSelf) before the body runs.
inline constexpr int32_t kCodeFlagCTypeSelf = 0x04000000;

// A function of moat's own modules standing in for a C function that takes
// its keywords as a dict and lets any key through (OrderedDict's __init__
// and update, partial's __new__): a key of a `**` dict that is not a str
// goes into its `**kwargs` dict, where a Python function's call raises
// "keywords must be strings" (BindArguments). Set only by the `_any_keywords`
// marker (stdlib_safe/frozen_modules.cc).
inline constexpr int32_t kCodeFlagAnyKeywords = 0x02000000;

struct CodeObject : Object {
  // Everything below is owned by `owned` (a C++ allocation charged to the heap).
  struct Data {
    std::shared_ptr<const CodeImage> image;
    std::shared_ptr<const std::string> source;  // module source for tracebacks
    std::vector<uint16_t> code;                 // instructions (may be rewritten)
    std::vector<ExceptionTableEntry> exception_table;
    std::vector<int32_t> lines;  // per code unit
    // This interpreter's inline caches of the code's attribute and global
    // sites, numbered in their CACHE units (vm/inline_cache.h).
    std::vector<InlineCache> inline_caches;
  };
  Data* data;
  size_t data_bytes;  // charged for `data`
  TupleObject* consts;
  TupleObject* names;           // interned StrObjects
  TupleObject* localsplus_names;
  StrObject* name;
  StrObject* qualname;
  StrObject* filename;
  int32_t nlocalsplus;
  int32_t nlocals;  // plain locals (including args)
  int32_t ncells;
  int32_t nfrees;
  int32_t stack_size;
  int32_t flags;
  int32_t arg_count;
  int32_t posonly_arg_count;
  int32_t kwonly_arg_count;
  int32_t first_line;
  size_t frame_bytes;  // bytes of a Frame for this code
  CodeOrigin origin;
  // With kCodeFlagCTypeSelf: the stand-in class whose instances the
  // method's first argument must be (set by MarkCTypeSelf). Not a reference
  // the collector follows once the code is pinned (vm/heap.h Heap::Pin):
  // the stand-in classes are world roots (stdlib_safe/datetime_module.cc).
  TypeObject* ctype_owner;
  // CPython 3.11 runs a code object unspecialized until RESUME and
  // JUMP_BACKWARD have run kWarmupSteps times in it (its co_warmup); until
  // then every CALL of a built-in function or method takes the generic
  // path, which counts against the recursion limit even where the
  // specialized call does not (`len(self)` in a recursing __len__, `print`
  // at module level). Counts up to kWarmupSteps.
  static constexpr uint8_t kWarmupSteps = 8;
  uint8_t warmup_steps;
  bool Specialized() const { return warmup_steps >= kWarmupSteps; }

  int32_t LineAt(size_t code_unit) const;
  // The exception-table entry covering the instruction at `code_unit`, or
  // nullptr: where an exception raised there is handled.
  const ExceptionTableEntry* HandlerAt(uint32_t code_unit) const {
    for (const ExceptionTableEntry& e : data->exception_table) {
      if (code_unit >= e.start && code_unit < e.end) return &e;
    }
    return nullptr;
  }
};

// A Python function. Scripts may read and assign __name__, __qualname__,
// __doc__, __module__, __defaults__, __kwdefaults__, __annotations__ and
// __dict__, and set any other attribute (kept in `dict`), as in CPython's
// Objects/funcobject.c. __code__, __globals__, __closure__ and __builtins__
// are refused (vm/sandbox_policy.h): they would hand out code objects, the
// module namespace, cells and the builtins namespace.
struct FunctionObject : Object {
  CodeObject* code;
  DictObject* globals;
  DictObject* builtins;
  StrObject* name;
  StrObject* qualname;
  TupleObject* defaults;   // may be nullptr
  DictObject* kwdefaults;  // may be nullptr
  TupleObject* closure;    // cells, may be nullptr
  Value doc;               // Null reads as None
  // MAKE_FUNCTION's tuple of (name, value) pairs, turned into a dict on
  // first read; None or Null: none yet (reads as a new empty dict).
  Value annotations;
  Value module;            // __module__: globals' __name__ at creation; Null reads as None
  DictObject* dict;        // attribute dict, created on first use; may be nullptr
  // Marked by types.coroutine: its generators are iterable coroutines
  // (CPython sets CO_ITERABLE_COROUTINE on a copy of its code).
  bool iterable_coroutine;
};

struct CellObject : Object {
  Value value;  // Null: empty
};

// A builtin function or a builtin method bound to `self`.
struct BuiltinFunctionObject : Object {
  const MethodDef* def;
  Value self;
  const char* owner;  // type or module name, for repr; may be nullptr
  // Non-null for a method taken from its type (str.join, or LOAD_METHOD):
  // the first argument is `self` and must be an instance of this type.
  TypeObject* unbound_for;
};

// A Python function bound to an instance (obj.method).
struct MethodObject : Object {
  Value function;
  Value self;
};

// A function the loop runs in a frame of its own: a plain function or a
// built-in stand-in (both FunctionObjects).
inline bool IsPythonFunction(Value v) {
  if (!v.is_object()) return false;
  const TypeObject* t = v.object()->type;
  return t == &kFunctionType || t == &kBuiltinStandInType;
}

// Makes plain function `f` a built-in stand-in (kBuiltinStandInType). The
// layout is the same; only the type changes.
void MakeBuiltinStandIn(FunctionObject* f);

CellObject* NewCell(Interp& vm, Value v);
// A BuiltinFunctionObject of any of its types.
bool IsBuiltinFunction(Value v);
// Method `def` of built-in type `owner` bound to `self` (`[].append`,
// `(1).__add__`). Allocates; nullptr with MemoryError.
BuiltinFunctionObject* NewBoundBuiltinMethod(Interp& vm, const MethodDef* def, Value self,
                                             TypeObject* owner);
// The method or getter `def` of built-in type `owner` read from the type:
// one object per interpreter for each (def, owner), as CPython keeps one
// descriptor in the type's dict (`str.upper is str.upper`). Allocates the
// first time; nullptr with MemoryError.
BuiltinFunctionObject* UnboundBuiltinMethod(Interp& vm, const MethodDef* def, TypeObject* owner);
BuiltinFunctionObject* NewBuiltinFunction(Interp& vm, const MethodDef* def, Value self,
                                          const char* owner = nullptr);
MethodObject* NewMethod(Interp& vm, Value function, Value self);
// `function` bound to `self` as a kBuiltinMethodStandInType. nullptr with
// MemoryError.
MethodObject* NewBuiltinMethodStandIn(Interp& vm, Value function, Value self);

// The call slot of the BuiltinFunctionObject types: checks `self` of a
// method taken from its type, and keywords of a METH_VARARGS one.
Value BuiltinCall(Interp& vm, Value callable, CallArgs args);
// BuiltinCall without the recursion step of a counted method.
Value BuiltinCallUncounted(Interp& vm, BuiltinFunctionObject* f, CallArgs args);

// CALL's fast path for a native function or bound method (`len(s)`) and for
// a method LOAD_METHOD took from the object's own type (`d.get(k)`): where
// BuiltinCall's checks cannot fail, the native is called at once.
inline Value CallBuiltinFunction(Interp& vm, BuiltinFunctionObject* f, CallArgs args) {
  const MethodDef* def = f->def;
  if (def->counted) return BuiltinCall(vm, Value::FromObject(f), args);
  if (f->unbound_for == nullptr) {
    if (!def->varargs || args.nkwargs() == 0) return def->fn(vm, f->self, args);
  } else if (args.nargs != 0 && TypeOf(args.args[0]) == f->unbound_for) {
    return def->fn(vm, args.args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
  }
  return BuiltinCall(vm, Value::FromObject(f), args);
}

void InitFunctionTypes();

// Marks `f`, a plain method in the namespace of C-type stand-in `owner`,
// as one whose first argument must be an instance of `owner`
// (kCodeFlagCTypeSelf). A code already marked for a class unrelated to
// `owner` (one function put in two classes) is unmarked instead: the
// check is then left to the body.
void MarkCTypeSelf(FunctionObject* f, TypeObject* owner);

// For a function with kCodeFlagCTypeSelf: whether the call's first
// positional argument (of `nargs`) is an instance of the code's owner.
// False with CPython's method-descriptor or slot-wrapper TypeError
// pending ("descriptor 'isoformat' for 'datetime.date' objects doesn't
// apply to a 'int' object", "unbound method date.isoformat() needs an
// argument").
bool CheckCTypeSelf(Interp& vm, const FunctionObject* f, const Value* args, size_t nargs);

// Calls `callable` as a C type's slot function, which may get an operand
// of another type first (a ternary nb_power): for a function with
// kCodeFlagCTypeSelf, without CheckCTypeSelf.
Value CallCTypeSlot(Interp& vm, Value callable, CallArgs args);

}  // namespace moat::vm

#endif  // MOAT_VM_OBJECTS_FUNCTION_H_
