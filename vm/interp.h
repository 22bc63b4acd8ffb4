// Interp: one isolated Python world (heap, modules, builtins) and its single
// thread of execution (frames, pending exception). Everything in the VM takes
// an `Interp& vm` first.
//
// Error convention: a function that fails sets the pending exception with one
// of the Raise* helpers and returns its failure sentinel (Value::Null(),
// nullptr, or -1). `return vm.RaiseTypeError(...)` reads naturally because the
// helpers return Value::Null().
#ifndef MOAT_VM_INTERP_H_
#define MOAT_VM_INTERP_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "moat/limits.h"
#include "vm/sanitizer.h"
#include "vm/str_util.h"
#include "vm/heap.h"
#include "vm/input.h"
#include "vm/object.h"
#include "vm/type_attr_cache.h"
#include "vm/value.h"

namespace moat {
struct CodeImage;  // moat/code_image.h
}  // namespace moat

namespace moat::vm {

struct Frame;
class FrameArena;
struct DictObject;
struct StrObject;
struct BytesObject;
struct ModuleObject;
struct CodeObject;
struct TupleObject;

// A code point's Unicode name into *name; false when it has none
// (Interp::Options::char_name).
using CharNameLookup = bool (*)(uint32_t cp, std::string* name);
// The code point a Unicode name or alias names (any case) into *cp; false
// when none does (Interp::Options::char_code).
using CharCodeLookup = bool (*)(std::string_view name, uint32_t* cp);

class Interp {
 public:
  // A module the sandbox provides (stdlib_safe/registry.cc); `init` fills
  // the fresh module's namespace.
  struct NativeModule {
    const char* name;
    bool (*init)(Interp& vm, ModuleObject* module);
  };

  struct Options {
    std::function<void(std::string_view)> write_output;
    // Receives what the script writes to sys.stderr. Default: stderr.
    std::function<void(std::string_view)> write_error;
    // sys.argv as the host gave it (moat::InterpreterOptions::argv).
    std::vector<std::string> argv;
    // The script's standard input (moat::InterpreterOptions::read_input);
    // unset: an empty input.
    InputSource read_input;
    uint64_t hash_seed = 0;
    // Fills the builtins namespace (stdlib_safe/builtins.cc).
    bool (*install_builtins)(Interp& vm, DictObject* builtins) = nullptr;
    // The importable modules, terminated by {nullptr, nullptr}.
    const NativeModule* modules = nullptr;
    // A code point's Unicode name, for the namereplace error handler
    // (stdlib_safe/unicodedata_module.h: the database is ICU's, which the
    // VM does not link); false when it has none. Unset: namereplace is
    // refused as not available in the sandbox.
    CharNameLookup char_name = nullptr;
    // The reverse lookup, for unicode_escape's \N{name} (the compiler
    // resolves those of str literals). Unset: \N{name} is refused.
    CharCodeLookup char_code = nullptr;
  };

  explicit Interp(Options options);
  ~Interp();
  Interp(const Interp&) = delete;
  Interp& operator=(const Interp&) = delete;

  // ---- Allocation -------------------------------------------------------
  // Allocates a zeroed object struct T (which derives from Object) of
  // sizeof(T) bytes, typed `type`. On a refused charge raises MemoryError and
  // returns nullptr. Never collects (collection happens only at safepoints
  // of the interpreter loop).
  template <typename T>
  T* New(TypeObject* type) {
    Object* o = heap_.AllocateObject(type, sizeof(T));
    if (o == nullptr) {
      RaiseMemoryError();
      return nullptr;
    }
    return static_cast<T*>(o);
  }
  // Buffer helpers that raise MemoryError on refusal.
  void* AllocBuffer(size_t bytes);
  void* ReallocBuffer(void* p, size_t old_bytes, size_t new_bytes);
  void FreeBuffer(void* p, size_t bytes) { heap_.FreeBuffer(p, bytes); }
  Heap& heap() { return heap_; }

  // ---- Exceptions -------------------------------------------------------
  bool HasException() const { return !exception_.is_null(); }
  Value exception() const { return exception_; }
  // Takes the pending exception (clearing it).
  Value TakeException() {
    Value e = exception_;
    exception_ = Value::Null();
    return e;
  }
  void ClearException() { exception_ = Value::Null(); }
  // Sets `exc` (an exception instance) as pending. Returns Null.
  Value SetException(Value exc);
  // Creates an instance of `type` with one str argument and makes it
  // pending. Returns Null.
  Value Raise(TypeObject* type, std::string_view message);
  // Raises `type` with no arguments.
  Value RaiseEmpty(TypeObject* type);
  template <typename... Args>
  Value RaiseFormat(TypeObject* type, const absl::FormatSpec<Args...>& format,
                    const Args&... args) {
    return Raise(type, absl::StrFormat(format, args...));
  }
  Value RaiseTypeError(std::string_view message);
  Value RaiseValueError(std::string_view message);
  Value RaiseOverflowError(std::string_view message);
  Value RaiseZeroDivisionError(std::string_view message);
  Value RaiseIndexError(std::string_view message);
  Value RaiseKeyError(Value key);
  // The heap refused a charge (it recorded the size): the memory limit.
  Value RaiseMemoryError();
  // A request of `request_bytes` (UINT64_MAX when its size overflowed) that
  // no heap check has seen, such as one past the size one object may have.
  // Larger than the whole budget, CPython's catchable MemoryError() (nothing
  // was allocated, and nothing the script frees could make it fit); past
  // what is left of the budget, the memory limit; within it, an ordinary
  // catchable MemoryError naming the size, as CPython raises for sizes it
  // cannot allocate.
  Value RaiseMemoryErrorFor(uint64_t request_bytes);
  // Checked before building a new object of `request_bytes` from a size the
  // script gave ([0] * n, bytearray(n), list(range(n))...): true when the
  // memory budget could ever hold it; false, with MemoryError() pending,
  // when it could not (RaiseMemoryErrorFor), before any work or allocation.
  bool CheckRequestFits(uint64_t request_bytes) {
    if (request_bytes <= heap_.limit_bytes()) return true;
    RaiseMemoryErrorFor(request_bytes);
    return false;
  }
  // True if the pending exception is an instance of `type` (or subclass).
  bool ExceptionMatches(TypeObject* type) const;

  // ---- Strings ----------------------------------------------------------
  // The one interned StrObject with this UTF-8 content, for text a script
  // made (a setattr name, an attrgetter's path, a code object's names).
  // nullptr + MemoryError on failure.
  StrObject* Intern(std::string_view utf8);
  // The same for a name the interpreter's own code uses: a C++ literal or
  // a static table's entry, never text a script made. It never fails, so
  // such callers need no error path: at the memory limit the name is
  // allocated past it, and the next ordinary allocation meets the limit.
  // The binary fixes the set of such names, which bounds the overdraft.
  StrObject* Intern(const char* name);
  // sys.intern: the interned str with the text of `s` (an exact str), which
  // is `s` itself, now interned, when there was none (CPython's
  // PyUnicode_InternInPlace). Never fails.
  StrObject* InternInPlace(StrObject* s);

  // ---- Calling ----------------------------------------------------------
  // Calls any callable. May run Python code, and so may collect: root what
  // you hold. Returns Null on exception.
  Value Call(Value callable, CallArgs args);
  Value Call0(Value callable);
  Value Call1(Value callable, Value arg);
  Value Call2(Value callable, Value a, Value b);

  // Runs a module code object with `globals`. Returns the value of the code
  // (None for exec code).
  Value RunModuleCode(CodeObject* code, DictObject* globals);

  // ---- World ------------------------------------------------------------
  DictObject* builtins() const { return builtins_; }
  DictObject* main_globals() const { return main_globals_; }
  DictObject* modules() const { return modules_; }
  uint64_t hash_seed() const { return options_.hash_seed; }
  const std::vector<std::string>& argv() const { return options_.argv; }
  // Writes script output, charged to the output budget. False with the
  // output limit's error pending when the text does not fit (the part that
  // fits is written).
  bool WriteOutput(std::string_view text);
  // Writes text to the script's error output (sys.stderr), charged to the
  // same output budget as WriteOutput; lone surrogates are written as their
  // backslash escapes, as CPython's stderr does.
  bool WriteError(std::string_view text);
  // Writes bytes as they are to the error output (sys.stderr.buffer),
  // charged like WriteError. WriteOutput serves bytes for stdout as it is.
  bool WriteErrorBytes(std::string_view bytes);
  // The script's standard input (vm/input.h).
  InputBuffer& input() { return input_; }
  Frame* current_frame() const { return current_frame_; }
  FrameArena& frames() { return *frames_; }
  // The module object named `name` ("collections.abc" imports its parents
  // first), created on first import from the module table; ImportError
  // "module 'os' is not available in the sandbox" for anything else
  // (vm/import.h gives every error). May run the modules' bodies.
  Value ImportModule(StrObject* name);
  // The importable modules (Options::modules); may be nullptr.
  const NativeModule* module_table() const { return options_.modules; }
  CharNameLookup char_name() const { return options_.char_name; }
  CharCodeLookup char_code() const { return options_.char_code; }
  // The empty tuple singleton.
  TupleObject* empty_tuple() const { return empty_tuple_; }
  // The one-character strs of code points below 256, made on first use
  // (StrOfOneChar in vm/objects/str.h); null until then.
  StrObject*& latin1_char(uint8_t c) { return latin1_chars_[c]; }
  // The empty str, the empty bytes and the bytes of one byte `c`
  // (byte_singleton(c), c < 256; byte_singleton(256) is b''), made on first
  // use and kept for the interpreter's life, as CPython's singletons: every
  // way of making one gives the same object.
  StrObject*& empty_str() { return empty_str_; }
  BytesObject*& byte_singleton(size_t c) { return byte_singletons_[c]; }

  // ---- Native recursion guard ------------------------------------------
  // Python-to-Python calls do not use the C++ stack (frames live in the
  // FrameArena), but native code that recurses does: repr, ==, hash and
  // copies of nested containers, iterators that wrap iterators, and every
  // call from native code back into Python. Each such step enters a
  // NativeDepthGuard. Entering fails with RecursionError ("maximum
  // recursion depth exceeded" + `where`, CPython's texts) when
  // native_depth_limit guards are already open, or when the C++ stack has
  // grown below native_stack_limit_.
  //
  // The depth count is what normally fires, so where a run stops is the
  // same on every machine. The stack check is the backstop for builds with
  // large frames (sanitizers) and for host threads with small stacks; see
  // AnchorNativeStack. Inline because it sits on hot paths (every
  // RichCompare and Repr).
  bool EnterNative(const char* where) {
    uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    if (native_depth_ >= native_depth_limit || here < native_stack_limit_) [[unlikely]] {
      return NativeRecursionError(where);
    }
    ++native_depth_;
    return true;
  }
  void LeaveNative() { --native_depth_; }
  // CPython 3.11 counts Python frames and the native steps that call
  // Py_EnterRecursiveCall (PyObject_Repr, PyObject_Str, PyObject_RichCompare)
  // against one recursion limit, so where a deep recursion stops, and its
  // message ("... while getting the repr of an object"), depends on both.
  // EnterRecursiveCall is such a step (RecursiveCallGuard): it fails when
  // the Python frames plus the open steps reach recursion_limit, and it is a
  // native guard as well. Steps that only protect the C++ stack stay plain
  // EnterNative, which CPython does not count.
  bool EnterRecursiveCall(const char* where) {
    if (AtRecursionLimit()) [[unlikely]] return NativeRecursionError(where);
    if (!EnterNative(where)) return false;
    ++recursive_calls_;
    return true;
  }
  void LeaveRecursiveCall() {
    --recursive_calls_;
    LeaveNative();
  }
  // Whether one more Python frame or counted step would pass the limit.
  bool AtRecursionLimit() const { return python_depth + recursive_calls_ >= recursion_limit; }
  // Sets native_stack_limit_ for the calling thread: the stack may grow
  // max_stack_bytes below this point, and never closer than a reserve to
  // the low end of the thread's stack, which is read with
  // pthread_getattr_np (Linux) or pthread_get_stackaddr_np (macOS); where
  // neither is available, 1 MiB below this point (vm/interp.cc has the
  // figures and why). Called by BeginRun, so each run is measured on the
  // thread that makes it, and by RunModule.
  void AnchorNativeStack();
  // The most C++ stack one run's native recursion may use below its anchor.
  // A sanitizer build's frames are several times larger, so it allows eight
  // times as much, to reach the depths a release build reaches (its CLI
  // raises the stack rlimit to match: cli/main.cc).
#ifdef MOAT_ASAN
  size_t max_stack_bytes = size_t{64} << 20;
#else
  size_t max_stack_bytes = size_t{8} << 20;
#endif
  // The guards a run may open, reset by each run; sys.setrecursionlimit
  // raises it to a higher recursion limit, as CPython 3.11 bounds its C
  // recursion by that limit alone (the stack check stays the backstop).
  static constexpr int kNativeDepthLimit = 2000;
  int native_depth_limit = kNativeDepthLimit;
  // While it lives, the report of an error raised at these guards (an
  // exception a finalizer ignores at the limit) may go a little past them,
  // as CPython's recursion_headroom lets its error be formatted: the repr
  // and str the report needs get room on the recursion limit, the native
  // depth and the C++ stack (part of the reserve; interp.cc). Only the
  // outermost report gets it: a report made while another runs (a repr
  // that drops an object whose finalizer fails) gets none, so nesting
  // reports never walks past the reserve or the limits.
  class ErrorReportHeadroom {
   public:
    explicit ErrorReportHeadroom(Interp& vm);
    ~ErrorReportHeadroom();
    ErrorReportHeadroom(const ErrorReportHeadroom&) = delete;
    ErrorReportHeadroom& operator=(const ErrorReportHeadroom&) = delete;

   private:
    Interp& vm_;
    bool granted_;
    uintptr_t saved_stack_limit_;
  };

  // ---- Roots for native temporaries (see vm/gc.h RootScope) ---------------
  std::vector<Value*>& temp_roots() { return temp_roots_; }

  // ---- Budgets (vm/budget.cc) -------------------------------------------
  // Starts a run under `limits`: counters go to zero, the heap limit and
  // recursion depth are set, any earlier limit error is forgotten.
  void BeginRun(const Limits& limits);
  // The figures of the run since BeginRun.
  RunStats RunFigures() const;

  // Charges `units` of native work to the instruction budget before doing
  // it. False with the limit's error pending when the budget is spent (or
  // the timeout passed, or the host cancelled).
  bool ChargeWork(uint64_t units) {
    if (units > kMaxSingleCharge) units = kMaxSingleCharge;
    instruction_count += units;
    if (instruction_count < budget_check_at) return true;
    return CheckBudgets();
  }
  // Native work in the instruction unit: one unit per element touched, or
  // per kBytesPerWorkUnit bytes copied or scanned. Small amounts are free
  // (the instruction that asked for them has paid); what matters is that
  // work growing with the data is charged before it is done.
  static constexpr uint64_t kBytesPerWorkUnit = 16;
  bool ChargeBytes(uint64_t bytes) {
    return bytes < 1024 || ChargeWork(bytes / kBytesPerWorkUnit);
  }
  bool ChargeItems(uint64_t items) { return items < 64 || ChargeWork(items); }
  // The slow path of the loop's safepoints and of ChargeWork: the
  // instruction limit, the cancel flag and the clock. False with the
  // limit's error pending.
  bool CheckBudgets();
  // Ends the run with `kind`'s error: the pending exception becomes the
  // uncatchable LimitExceeded error, and from now on no handler runs and no
  // Python frame executes (every safepoint fails). Returns Null.
  Value RaiseLimit(LimitKind kind, uint64_t used, uint64_t limit);
  // The limit that ended this run (kNone while it goes on).
  LimitKind limit_hit() const { return limit_hit_; }
  uint64_t limit_used() const { return limit_used_; }
  uint64_t limit_value() const { return limit_value_; }
  const Limits& limits() const { return limits_; }

  // ---- The virtual clock (vm/budget.cc) -----------------------------------
  // moat reads no host clock. time.perf_counter(), monotonic(),
  // process_time() and thread_time() read this one instead: it runs at a
  // nominal kVirtualNsPerInstruction per instruction charged (100 million
  // instructions a second, about moat's own speed) and time.sleep() moves
  // it forward without waiting. So a program sees the same times on every
  // run and machine, and learns nothing about the host (no timing channel).
  // The collections of prompt finalization are not on it (finalize_charged):
  // CPython's reference counting frees without them, so an asyncio timer
  // would otherwise fire late by the collections its awaits cause.
  // It never goes backward, across the runs of one interpreter too, and
  // stops at INT64_MAX nanoseconds (about 292 years).
  static constexpr uint64_t kVirtualNsPerInstruction = 10;
  int64_t VirtualClockNs() const;
  // Moves the clock forward by `ns` (time.sleep), saturating.
  void AdvanceVirtualClock(int64_t ns);

  // Loop internals (vm/interpreter.cc).
  Frame*& current_frame_ref() { return current_frame_; }
  int python_depth = 0;
  // The exception being handled by an except/finally block (None if none).
  Value handled_exception = Value::None();
  // Instructions executed (plus native work charged) in this run, and the
  // count at which the next budget check is due: the instruction limit, or
  // sooner when a timeout or cancel flag must be polled; 0 once a limit has
  // fired, so every safepoint fails.
  uint64_t instruction_count = 0;
  uint64_t budget_check_at = kCountCeiling;
  // The virtual clock's reading when this run's instruction count was zero.
  int64_t virtual_clock_base_ns = 0;
  // The Python call depth past which RecursionError is raised, and what
  // sys.getrecursionlimit() reports: BeginRun sets both from
  // Limits::max_depth; sys.setrecursionlimit(n) sets the reported one to n
  // and the effective one to n capped at Limits::max_recursion_limit.
  int recursion_limit = 1000;
  int reported_recursion_limit = 1000;
  // The most decimal digits an int/str conversion accepts (0: no limit):
  // sys.int_info.default_max_str_digits until sys.set_int_max_str_digits
  // changes it; BeginRun restores the default (vm/bigint.h).
  int64_t int_max_str_digits = 4300;
  int native_depth_ = 0;
  // The open EnterRecursiveCall steps (a subset of native_depth_).
  int recursive_calls_ = 0;
  // Whether an ErrorReportHeadroom is in force.
  bool in_error_report_ = false;

  // The live user classes in creation order, so every class comes after its
  // bases. Held weakly: the collector drops the classes it frees. A dunder
  // assigned to a class after creation refills the slots of the classes
  // deriving from it from here (vm/objects/slots.h RefillClassSlots).
  std::vector<TypeObject*>& user_classes() { return user_classes_; }

  // What attribute lookups on types found (vm/type_attr_cache.h).
  TypeAttrCache& type_attr_cache() { return type_attr_cache_; }
  // The interned dunder names by slot (vm/objects/slots.h DunderName).
  std::vector<StrObject*>& dunder_names() { return dunder_names_; }

  // The descriptors read from built-in types (`str.upper`, `int.real`,
  // `object.__init__`): one object per (method or slot definition, type),
  // as CPython keeps one in the type's dict, so `A.__init__ is
  // object.__init__`. A fixed set, from the static tables; roots for the
  // interpreter's life (vm/objects/function.h UnboundBuiltinMethod).
  absl::flat_hash_map<std::pair<const void*, const TypeObject*>, Object*>& builtin_descriptors() {
    return builtin_descriptors_;
  }

  // ---- Finalization (vm/finalize.h) --------------------------------------
  // Finalizers a regular collection found due, to run at the next point
  // where Python may run (roots until then).
  std::vector<Value>& pending_finalizers() { return pending_finalizers_; }
  // Work (objects walked) of this run's collections made to finalize
  // promptly; bounded against instruction_count (vm/finalize.cc).
  uint64_t finalize_work = 0;
  // The part of instruction_count that charged those collections: the
  // bound grows with the rest only.
  uint64_t finalize_charged = 0;
  // An exception left a frame while something finalizable lived: the end
  // of the except block that handles it finalizes what became unreachable.
  bool finalize_after_unwind = false;
  // Exit is finalizing the main namespace and what outlives it. CPython's
  // teardown has no io module left by then, so its unraisable reports show
  // the traceback entries without their source lines.
  bool finalizing_at_exit = false;

  // Collects garbage now. Must only be called at a safepoint: every live
  // Value must be reachable from frames (with saved stack pointers), the
  // world, the pending exception, or temp roots.
  void CollectGarbage();

 private:
  friend class Collector;
  Options options_;
  Heap heap_;
  InputBuffer input_;
  Value exception_;
  Frame* current_frame_ = nullptr;
  DictObject* builtins_ = nullptr;
  DictObject* main_globals_ = nullptr;
  DictObject* modules_ = nullptr;
  TupleObject* empty_tuple_ = nullptr;
  StrObject* latin1_chars_[256] = {};  // world roots once made
  StrObject* empty_str_ = nullptr;     // world root once made
  BytesObject* byte_singletons_[257] = {};  // world roots once made
  std::unique_ptr<FrameArena> frames_;
  absl::flat_hash_map<std::string_view, StrObject*> interned_;
  std::vector<Value*> temp_roots_;
  std::vector<Object*> world_roots_;  // objects kept alive for the interp's life
  std::vector<TypeObject*> user_classes_;  // weak, see user_classes()
  TypeAttrCache type_attr_cache_;
  std::vector<StrObject*> dunder_names_;
  absl::flat_hash_map<std::pair<const void*, const TypeObject*>, Object*> builtin_descriptors_;
  std::vector<Value> pending_finalizers_;

  // Native recursion (vm/interp.cc). The lowest stack address a guard
  // may be entered at; 0 until the first AnchorNativeStack (no stack check).
  uintptr_t native_stack_limit_ = 0;
  // Raises the RecursionError of a refused EnterNative; returns false.
  bool NativeRecursionError(const char* where);

  // Budgets (vm/budget.cc).
  static constexpr uint64_t kMaxSingleCharge = uint64_t{1} << 62;
  static constexpr uint64_t kCountCeiling = uint64_t{1} << 63;
  void ScheduleBudgetCheck();
  Limits limits_ = Limits::None();
  LimitKind limit_hit_ = LimitKind::kNone;
  uint64_t limit_used_ = 0;
  uint64_t limit_value_ = 0;
  Value limit_error_;  // the LimitExceeded instance once a limit fired
  uint64_t output_bytes_ = 0;
  uint64_t allocations_at_start_ = 0;
  int64_t run_start_ns_ = 0;
  int64_t deadline_ns_ = 0;  // steady clock; 0 = no timeout

 public:
  // Keeps `o` alive for the life of the interpreter (interned constants,
  // loaded code objects).
  void AddWorldRoot(Object* o) { world_roots_.push_back(o); }
  // Ends that for each of `objects` (code a program cache let go).
  void DropWorldRoots(const std::vector<Object*>& objects);

  // The programs the embedding API ran last (vm/loader.cc LoadProgram):
  // each one's loaded code stays pinned while it is here, so running the
  // same Program again reuses it; a program pushed out is unpinned and
  // collected once nothing refers to it, so an embedder evaluating ever new
  // formulas in one interpreter does not fill its heap.
  struct LoadedProgram {
    std::shared_ptr<const CodeImage> image;
    CodeObject* code;
    std::vector<Object*> pinned;  // what loading it pinned, code first
    uint64_t last_run;
  };
  std::vector<LoadedProgram>& loaded_programs() { return loaded_programs_; }
  uint64_t NextProgramRun() { return ++program_runs_; }

 private:
  std::vector<LoadedProgram> loaded_programs_;
  uint64_t program_runs_ = 0;
};

// Guard object for EnterNative/LeaveNative.
// Py_EnterRecursiveCall's counterpart (Interp::EnterRecursiveCall).
class RecursiveCallGuard {
 public:
  RecursiveCallGuard(Interp& vm, const char* where)
      : vm_(vm), ok_(vm.EnterRecursiveCall(where)) {}
  ~RecursiveCallGuard() {
    if (ok_) vm_.LeaveRecursiveCall();
  }
  bool ok() const { return ok_; }

 private:
  Interp& vm_;
  bool ok_;
};

// Guards a native step down a structure the script built (a bound method
// of a bound method ..., iterators wrapping iterators, nested groups). Each
// step is also counted as one unit of the instruction budget: such a walk is
// one instruction but up to native_depth_limit steps, and a loop repeating
// it would otherwise run far past the budget uncharged. Only counted (no
// check, so entering never fails on a budget, and nothing once a limit has
// fired): the next safepoint or ChargeWork sees the count.
class NativeDepthGuard {
 public:
  NativeDepthGuard(Interp& vm, const char* where) : vm_(vm), ok_(vm.EnterNative(where)) {
    if (ok_ && vm.limit_hit() == LimitKind::kNone) ++vm.instruction_count;
  }
  ~NativeDepthGuard() {
    if (ok_) vm_.LeaveNative();
  }
  bool ok() const { return ok_; }

 private:
  Interp& vm_;
  bool ok_;
};

}  // namespace moat::vm

#endif  // MOAT_VM_INTERP_H_
