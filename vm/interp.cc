// Interp: construction of the world, exceptions, interning, output.
#include "vm/interp.h"

#include <pthread.h>

#include <algorithm>
#include <cassert>
#include <cstdio>

#include "absl/container/flat_hash_set.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/objects/base_types.h"
#include "vm/objects/dict.h"
#include "vm/objects/exception.h"
#include "vm/objects/module.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"

namespace moat::vm {

Interp::Interp(Options options) : options_(std::move(options)) {
  InitAllTypes();
  frames_ = std::make_unique<FrameArena>(*this);
  input_.set_source(std::move(options_.read_input));
  if (!options_.write_output) {
    options_.write_output = [](std::string_view text) {
      std::fwrite(text.data(), 1, text.size(), stdout);
    };
  }
  if (!options_.write_error) {
    options_.write_error = [](std::string_view text) {
      std::fflush(stdout);  // what was printed before stays before
      std::fwrite(text.data(), 1, text.size(), stderr);
    };
  }
  // The world is small and allocated before any limit applies; failures here
  // are impossible short of the process running out of memory.
  empty_tuple_ = NewTuple(*this, 0);
  builtins_ = NewDict(*this);
  modules_ = NewDict(*this);
  main_globals_ = NewDict(*this);
  DictSetStr(*this, main_globals_, "__name__", NewStrValue(*this, "__main__"));
  DictSetStr(*this, main_globals_, "__doc__", Value::None());
  DictSetStr(*this, main_globals_, "__package__", Value::None());  // a top-level script's
  // CPython's __main__ starts with an empty `__annotations__` (add_main_module in
  // Python/pylifecycle.c), so a function may read it before any annotation runs.
  DictSetStr(*this, main_globals_, "__annotations__", Value::FromObject(NewDict(*this)));
  Heap::Pin(empty_tuple_);  // lives as long as the interpreter
  if (options_.install_builtins != nullptr) options_.install_builtins(*this, builtins_);
  ClearException();
  AnchorNativeStack();
}

Interp::~Interp() {
  // Finalize everything: with no marks, Sweep frees every object.
  current_frame_ = nullptr;
  frames_.reset();
  heap_.UnpinAll();
  heap_.Sweep();
}

void* Interp::AllocBuffer(size_t bytes) {
  void* p = heap_.AllocBuffer(bytes);
  if (p == nullptr) RaiseMemoryError();
  return p;
}

void* Interp::ReallocBuffer(void* p, size_t old_bytes, size_t new_bytes) {
  void* q = heap_.ReallocBuffer(p, old_bytes, new_bytes);
  if (q == nullptr) RaiseMemoryError();
  return q;
}

Value Interp::SetException(Value exc) {
  // Implicit chaining (__context__) is done by the loop when raising inside
  // a handler; here we only make it pending.
  exception_ = exc;
  return Value::Null();
}

Value Interp::Raise(TypeObject* type, std::string_view message) {
  StrObject* s = NewStr(*this, message);
  if (s == nullptr) return Value::Null();
  Value arg = Value::FromObject(s);
  TupleObject* args = NewTupleFrom(*this, &arg, 1);
  if (args == nullptr) return Value::Null();
  ExceptionObject* exc = NewException(*this, type, args);
  if (exc == nullptr) return Value::Null();
  return SetException(Value::FromObject(exc));
}

Value Interp::RaiseEmpty(TypeObject* type) {
  ExceptionObject* exc = NewException(*this, type, empty_tuple_);
  if (exc == nullptr) return Value::Null();
  return SetException(Value::FromObject(exc));
}

Value Interp::RaiseTypeError(std::string_view m) { return Raise(&kTypeErrorType, m); }
Value Interp::RaiseValueError(std::string_view m) { return Raise(&kValueErrorType, m); }
Value Interp::RaiseOverflowError(std::string_view m) { return Raise(&kOverflowErrorType, m); }
Value Interp::RaiseZeroDivisionError(std::string_view m) {
  return Raise(&kZeroDivisionErrorType, m);
}
Value Interp::RaiseIndexError(std::string_view m) { return Raise(&kIndexErrorType, m); }

Value Interp::RaiseKeyError(Value key) {
  TupleObject* args = NewTupleFrom(*this, &key, 1);
  if (args == nullptr) return Value::Null();
  ExceptionObject* exc = NewException(*this, &kKeyErrorType, args);
  if (exc == nullptr) return Value::Null();
  return SetException(Value::FromObject(exc));
}

bool Interp::ExceptionMatches(TypeObject* type) const {
  // Nothing matches a spent budget's error: native code that would swallow
  // an expected exception must let it through (vm/budget.cc).
  if (limit_hit_ != LimitKind::kNone) return false;
  return exception_.is_object() && IsSubtype(exception_.object()->type, type);
}

StrObject* Interp::Intern(std::string_view utf8) {
  auto it = interned_.find(utf8);
  if (it != interned_.end()) return it->second;
  StrObject* s = NewStr(*this, utf8);
  if (s == nullptr) return nullptr;
  s->interned = true;
  interned_.emplace(s->view(), s);
  // Kept for the interpreter's life by the table, and immutable: never
  // traced (Heap::Pin).
  Heap::Pin(s);
  return s;
}

StrObject* Interp::Intern(const char* name) {
  std::string_view view(name);
  auto it = interned_.find(view);
  if (it != interned_.end()) return it->second;
  Heap::LimitSuspension past_the_limit(heap_);
  StrObject* s = Intern(view);
  // Only a name past kMaxStrCapacity could fail now; the binary has none.
  assert(s != nullptr);
  return s;
}

StrObject* Interp::InternInPlace(StrObject* s) {
  if (s->interned) return s;
  auto [it, added] = interned_.emplace(s->view(), s);
  if (added) {
    s->interned = true;
    Heap::Pin(s);
  }
  return it->second;
}

// ---- Native recursion guard ------------------------------------------------
//
// The C++ stack a run may use is bounded twice (EnterNative): by the number of
// open guards (native_depth_limit, deterministic), and by an address,
// native_stack_limit_, set here for the thread that makes the run. Measured
// in a RelWithDebInfo build, 2000 guards take 0.1-0.6 MiB of stack for
// nested containers and up to 2.5 MiB when each level runs Python code
// (list.sort with a recursing __lt__), so on an ordinary 8 MiB stack the
// depth count fires first. Sanitizer builds have frames several times
// larger, and a host may run the interpreter on a thread with a small stack
// (musl's default is 128 KiB, macOS's 512 KiB); there the address check
// fires first, with the same RecursionError.
//
// The reserve is what native code may still use below the last guard it
// passed: a leaf operation that does not recurse (formatting, sorting, big
// ints) plus the error path that raises the RecursionError.

namespace {

#ifdef MOAT_ASAN
constexpr size_t kNativeStackReserve = size_t{1} << 20;
#else
constexpr size_t kNativeStackReserve = size_t{256} << 10;
#endif
// The allowance when the platform does not tell where the stack ends.
constexpr size_t kUnknownStackAllowance = size_t{1} << 20;

struct StackBounds {
  uintptr_t low = 0;  // lowest usable address (above any guard page)
  size_t size = 0;    // 0: unknown
};

// The calling thread's stack, looked up once per thread (for the main thread
// glibc reads /proc/self/maps).
StackBounds ThreadStackBounds() {
  thread_local bool looked_up = false;
  thread_local StackBounds bounds;
  if (looked_up) return bounds;
  looked_up = true;
#if defined(__linux__)
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr != nullptr && size > 0) {
      bounds.low = reinterpret_cast<uintptr_t>(addr);
      bounds.size = size;
    }
    pthread_attr_destroy(&attr);
  }
#elif defined(__APPLE__)
  pthread_t self = pthread_self();
  uintptr_t high = reinterpret_cast<uintptr_t>(pthread_get_stackaddr_np(self));
  size_t size = pthread_get_stacksize_np(self);
  if (high > size && size > 0) {
    bounds.low = high - size;
    bounds.size = size;
  }
#endif
  return bounds;
}

}  // namespace

void Interp::AnchorNativeStack() {
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  StackBounds stack = ThreadStackBounds();
  bool known = stack.size > 0 && here > stack.low && here - stack.low <= stack.size;
  size_t allowance = known ? max_stack_bytes : std::min(max_stack_bytes, kUnknownStackAllowance);
  uintptr_t limit = here > allowance ? here - allowance : 0;
  if (known) {
    uintptr_t floor = stack.low + std::min(kNativeStackReserve, stack.size / 4);
    limit = std::max(limit, floor);
  }
  native_stack_limit_ = limit;
}

// The room a report of a recursion error gets past the guards: CPython's
// headroom is 50 frames; of the stack, a quarter of the reserve, leaving the
// rest for the report's own leaf operations.
constexpr int kErrorReportFrames = 50;
constexpr size_t kErrorReportStack = kNativeStackReserve / 4;

Interp::ErrorReportHeadroom::ErrorReportHeadroom(Interp& vm)
    : vm_(vm), granted_(!vm.in_error_report_), saved_stack_limit_(vm.native_stack_limit_) {
  if (!granted_) return;
  vm_.in_error_report_ = true;
  vm_.recursion_limit += kErrorReportFrames;
  vm_.native_depth_limit += kErrorReportFrames;
  if (saved_stack_limit_ > kErrorReportStack) vm_.native_stack_limit_ -= kErrorReportStack;
}

Interp::ErrorReportHeadroom::~ErrorReportHeadroom() {
  if (!granted_) return;
  vm_.in_error_report_ = false;
  vm_.recursion_limit -= kErrorReportFrames;
  vm_.native_depth_limit -= kErrorReportFrames;
  vm_.native_stack_limit_ = saved_stack_limit_;
}

bool Interp::NativeRecursionError(const char* where) {
  RaiseFormat(&kRecursionErrorType, "maximum recursion depth exceeded%s", where);
  return false;
}

// Interp::ImportModule is in vm/import.cc, beside the import statement.

Value Interp::Call0(Value callable) { return Call(callable, CallArgs{nullptr, 0, nullptr}); }
Value Interp::Call1(Value callable, Value arg) {
  return Call(callable, CallArgs{&arg, 1, nullptr});
}
Value Interp::Call2(Value callable, Value a, Value b) {
  Value args[2] = {a, b};
  return Call(callable, CallArgs{args, 2, nullptr});
}

}  // namespace moat::vm

namespace moat::vm {

Value Interp::Call(Value callable, CallArgs args) {
  TypeObject* t = TypeOf(callable);
  for (TypeObject* tt = t; tt != nullptr; tt = tt->base) {
    if (tt->call != nullptr) return tt->call(*this, callable, args);
  }
  return RaiseFormat(&kTypeErrorType, "'%s' object is not callable", t->name);
}

void Interp::DropWorldRoots(const std::vector<Object*>& objects) {
  if (objects.empty() || world_roots_.empty()) return;
  absl::flat_hash_set<const Object*> dropped(objects.begin(), objects.end());
  std::erase_if(world_roots_, [&](const Object* o) { return dropped.contains(o); });
}

}  // namespace moat::vm
