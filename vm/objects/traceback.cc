// Traceback objects without frames (see traceback.h); CPython's
// Python/traceback.c minus tb_frame.
#include "vm/objects/traceback.h"

#include <string>
#include <string_view>

#include "vm/args.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/ops.h"
#include "vm/sandbox_policy.h"
#include "vm/objects/base_types.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/str.h"
#include "vm/objects/type.h"

namespace moat::vm {

TypeObject kTracebackType;

TracebackObject* NewTraceback(Interp& vm, TracebackObject* next, CodeObject* code,
                              uint32_t instr) {
  TracebackObject* tb = vm.New<TracebackObject>(&kTracebackType);
  if (tb == nullptr) return nullptr;
  tb->next = next;
  tb->code = code;
  tb->instr = instr;
  tb->generated_line = 0;
  return tb;
}

int32_t TracebackLine(const TracebackObject* tb) {
  if (tb->generated_line != 0) return tb->generated_line;
  int32_t line = tb->code->LineAt(tb->instr);
  int32_t frozen = FrozenStandInLine(tb->code, line);
  return frozen != 0 ? frozen : line;
}

bool IsHiddenCode(const CodeObject* code) { return code->origin == CodeOrigin::kMoatModule; }

namespace {

// N of a trailing "# frozen line N" comment of `text`, else 0.
int32_t FrozenLineMarker(std::string_view text) {
  static constexpr std::string_view kMarker = "# frozen line ";
  size_t at = text.rfind(kMarker);
  if (at == std::string_view::npos) return 0;
  std::string_view digits = text.substr(at + kMarker.size());
  if (digits.empty() || digits.size() > 6) return 0;
  int32_t shown = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return 0;
    shown = shown * 10 + (c - '0');
  }
  return shown;
}

}  // namespace

int32_t FrozenStandInLine(const CodeObject* code, int32_t line) {
  if (!IsHiddenCode(code) || code->data->source == nullptr) return 0;
  int32_t shown = FrozenLineMarker(RawSourceLine(*code->data->source, line));
  if (shown != 0) return shown;
  // On the def line, the marker stands for every line of the function.
  return FrozenLineMarker(RawSourceLine(*code->data->source, code->first_line));
}

bool IsHiddenEntry(const TracebackObject* tb) {
  return tb->generated_line == 0 && IsHiddenCode(tb->code) &&
         FrozenStandInLine(tb->code, tb->code->LineAt(tb->instr)) == 0;
}

bool MarkGeneratedEntry(Interp& vm, Value exc, int32_t line) {
  if (!IsException(exc) || line <= 0) return false;
  TracebackObject* tb = As<ExceptionObject>(exc)->traceback;
  Frame* frame = vm.current_frame();
  if (tb == nullptr || frame == nullptr || tb->code != frame->code || !IsHiddenCode(tb->code)) {
    return false;
  }
  tb->generated_line = line;
  return true;
}

namespace {

void TracebackTrace(Object* o, GcTracer& t) {
  TracebackObject* tb = static_cast<TracebackObject*>(o);
  t.VisitPtr(tb->next);
  t.VisitPtr(tb->code);
}

Value GetNext(Interp&, Value self, CallArgs) {
  TracebackObject* next = As<TracebackObject>(self)->next;
  return next != nullptr ? Value::FromObject(next) : Value::None();
}

// tb_lasti is a byte offset into co_code, as in CPython (two bytes a unit).
Value GetLasti(Interp&, Value self, CallArgs) {
  return Value::SmallInt(static_cast<int64_t>(As<TracebackObject>(self)->instr) * 2);
}

Value GetLineno(Interp&, Value self, CallArgs) {
  return Value::SmallInt(TracebackLine(As<TracebackObject>(self)));
}

// The frame would lead to f_globals, f_locals, f_back, f_code and
// f_builtins: the classic escape. moat's entries hold no frame at all.
Value GetFrame(Interp& vm, Value, CallArgs) {
  return vm.Raise(&kAttributeErrorType, RefusedAttributeMessage("tb_frame"));
}

// tb_next = traceback or None, refusing loops (tb_next_set).
int TracebackSetAttr(Interp& vm, Value self, StrObject* name, Value value) {
  std::string_view n = name->view();
  TracebackObject* tb = As<TracebackObject>(self);
  if (n == "tb_next") {
    if (value.is_null()) {
      vm.RaiseTypeError("can't delete tb_next attribute");
      return -1;
    }
    if (!value.is_none() && !IsTraceback(value)) {
      vm.RaiseFormat(&kTypeErrorType, "expected traceback object, got '%s'",
                     std::string(TypeName(value)));
      return -1;
    }
    TracebackObject* next = value.is_none() ? nullptr : As<TracebackObject>(value);
    for (TracebackObject* cur = next; cur != nullptr; cur = cur->next) {
      if (!vm.ChargeWork(1)) return -1;
      if (cur == tb) {
        vm.Raise(&kValueErrorType, "traceback loop detected");
        return -1;
      }
    }
    tb->next = next;
    return 0;
  }
  if (n == "tb_frame") {
    vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
    return -1;
  }
  if (n == "tb_lasti" || n == "tb_lineno") {
    vm.Raise(&kAttributeErrorType, "readonly attribute");
    return -1;
  }
  if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") {
    vm.Raise(&kAttributeErrorType, RefusedAttributeMessage(n));
    return -1;
  }
  vm.RaiseFormat(&kAttributeErrorType, "'traceback' object has no attribute '%s'",
                 std::string(n));
  return -1;
}

const MethodDef kTracebackMethods[] = {
    {"tb_next", GetNext, MethodKind::kGetter},
    {"tb_frame", GetFrame, MethodKind::kGetter},
    {"tb_lasti", GetLasti, MethodKind::kGetter},
    {"tb_lineno", GetLineno, MethodKind::kGetter},
    {nullptr, nullptr},
};

}  // namespace

void InitTracebackType() {
  // No `construct`: calling the type is refused by name (sandbox_policy's
  // "traceback" entry), since CPython's constructor takes a frame.
  InitStaticType(&kTracebackType, "traceback", &kObjectType);
  kTracebackType.trace = TracebackTrace;
  kTracebackType.methods = kTracebackMethods;
  kTracebackType.setattr = TracebackSetAttr;
}

}  // namespace moat::vm
