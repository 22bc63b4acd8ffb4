// traceback's native helpers (see traceback_module.h).
#include "stdlib_safe/traceback_module.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/frame.h"
#include "vm/gc.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/int.h"
#include "vm/objects/list.h"
#include "vm/objects/method_args.h"
#include "vm/objects/str.h"
#include "vm/objects/traceback.h"
#include "vm/objects/tuple.h"
#include "vm/ops.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Interp;
using vm::Value;

// A list of the strs `chunks`, charged to the budget before it is made.
Value ChunkList(Interp& vm, const std::vector<std::string>& chunks) {
  if (vm.HasException()) return Value::Null();
  size_t bytes = 0;
  for (const std::string& c : chunks) bytes += c.size();
  if (!vm.ChargeBytes(bytes) || !vm.ChargeItems(chunks.size())) return Value::Null();
  vm::ListObject* list = vm::NewList(vm, chunks.size());
  if (list == nullptr) return Value::Null();
  Value result = Value::FromObject(list);
  vm::RootScope roots(vm);
  roots.Add(&result);
  for (const std::string& c : chunks) {
    Value s = vm::NewStrValue(vm, c);
    if (s.is_null() || !vm::ListAppendValue(vm, list, s)) return Value::Null();
  }
  return result;
}

// `limit` as traceback.py takes it: None (no limit) or an int.
bool ParseLimit(Interp& vm, Value v, bool* has_limit, int64_t* limit) {
  *has_limit = !v.is_none();
  if (!*has_limit) return true;
  if (!vm::IsInt(v)) {
    vm.RaiseFormat(&vm::kTypeErrorType, "limit must be an int or None, not '%s'",
                   std::string(vm::TypeName(v)));
    return false;
  }
  if (!vm::IntToInt64(v, limit)) {  // traceback.py clamps it first
    vm.Raise(&vm::kOverflowErrorType, "limit out of range");
    return false;
  }
  return true;
}

// What extract_tb reads from `tb` in CPython: a traceback or None; anything
// else fails on its (here refused) tb_frame, as CPython's walk does.
bool CheckTraceback(Interp& vm, Value tb) {
  if (tb.is_none() || vm::IsTraceback(tb)) return true;
  vm.RaiseFormat(&vm::kAttributeErrorType, "'%s' object has no attribute 'tb_frame'",
                 std::string(vm::TypeName(tb)));
  return false;
}

// A TracebackException's max_group_width or max_group_depth: an int,
// which traceback.py has clamped to what fits.
bool ParseGroupLimit(Interp& vm, Value v, const char* name, int64_t* out) {
  if (!vm::IsInt(v)) {
    vm.RaiseFormat(&vm::kTypeErrorType, "%s must be an int, not '%s'", name,
                   std::string(vm::TypeName(v)));
    return false;
  }
  if (!vm::IntToInt64(v, out)) {
    vm.RaiseFormat(&vm::kOverflowErrorType, "%s out of range", name);
    return false;
  }
  return true;
}

// _format(exc, chain, tb, limit, max_group_width, max_group_depth, text=None, /):
// text, when a str, is the top exception's message as TracebackException took it.
Value Format(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec(
      "_format(exc, chain, tb, limit, max_group_width, max_group_depth, text=None, /)");
  Value argv[7];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  int chain = vm::IsTrue(vm, argv[1]);
  if (chain < 0 || !CheckTraceback(vm, argv[2])) return Value::Null();
  vm::ExceptionFormat how;
  how.chain = chain != 0;
  how.module_text = true;
  how.traceback = argv[2];
  if (!argv[6].is_null() && vm::IsStr(argv[6])) how.top_text = argv[6];
  if (!ParseLimit(vm, argv[3], &how.has_limit, &how.limit) ||
      !ParseGroupLimit(vm, argv[4], "max_group_width", &how.max_group_width) ||
      !ParseGroupLimit(vm, argv[5], "max_group_depth", &how.max_group_depth)) {
    return Value::Null();
  }
  return ChunkList(vm, vm::FormatExceptionChunks(vm, argv[0], how));
}

// _format_only(exc, text=None, /)
Value FormatOnly(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_format_only(exc, text=None, /)");
  Value argv[2];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  Value text = !argv[1].is_null() && vm::IsStr(argv[1]) ? argv[1] : Value::Null();
  return ChunkList(vm, vm::FormatExceptionOnlyChunks(vm, argv[0], text));
}

Value IntOrNone(int32_t v) { return v < 0 ? Value::None() : Value::SmallInt(v); }

// A str of `text`, charged first.
Value Text(Interp& vm, std::string_view text) {
  if (!vm.ChargeBytes(text.size())) return Value::Null();
  return vm::NewStrValue(vm, text);
}

// One plain row for FrameSummary: (filename, lineno, name, line,
// end_lineno, colno, end_colno); line is None without source, the
// positions None where unknown. Allocates.
Value EntryRow(Interp& vm, const vm::StackEntry& entry, int32_t line,
               const moat::SourceLocation* location) {
  Value items[7] = {Value::Null(), Value::SmallInt(line), Value::Null(), Value::None(),
                    Value::None(), Value::None(), Value::None()};
  vm::RootScope roots(vm);
  for (Value& v : items) roots.Add(&v);
  items[0] = Text(vm, entry.filename);
  if (items[0].is_null()) return Value::Null();
  items[2] = Text(vm, entry.name);
  if (items[2].is_null()) return Value::Null();
  if (entry.has_line) {
    items[3] = Text(vm, entry.line);
    if (items[3].is_null()) return Value::Null();
  }
  if (location != nullptr) {
    items[4] = IntOrNone(location->end_line);
    items[5] = IntOrNone(location->column);
    items[6] = IntOrNone(location->end_column);
  }
  vm::TupleObject* t = vm::NewTupleFrom(vm, items, 7);
  return t == nullptr ? Value::Null() : Value::FromObject(t);
}

Value RowList(Interp& vm, const std::vector<vm::StackEntry>& entries,
              const std::vector<int32_t>& lines) {
  if (!vm.ChargeItems(entries.size())) return Value::Null();
  vm::ListObject* list = vm::NewList(vm, entries.size());
  if (list == nullptr) return Value::Null();
  Value result = Value::FromObject(list);
  vm::RootScope roots(vm);
  roots.Add(&result);
  for (size_t i = 0; i < entries.size(); ++i) {
    const vm::StackEntry& e = entries[i];
    Value row = EntryRow(vm, e, lines[i], e.has_location ? &e.location : nullptr);
    if (row.is_null() || !vm::ListAppendValue(vm, list, row)) return Value::Null();
  }
  return result;
}

// _tb_rows(tb, /): the rows of traceback `tb`, outermost first, without
// moat's own modules' frames but those standing for a line of a CPython
// frozen module (FrozenStandInLine; extract_tb applies `limit` to them).
Value TbRows(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_tb_rows(tb, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!CheckTraceback(vm, argv[0])) return Value::Null();
  const vm::TracebackObject* tb =
      argv[0].is_none() ? nullptr : vm::As<vm::TracebackObject>(argv[0]);
  std::vector<vm::StackEntry> entries = vm::TracebackStackEntries(tb, false, 0);
  std::vector<int32_t> lines;
  for (; tb != nullptr; tb = tb->next) {
    if (!vm::IsHiddenEntry(tb)) lines.push_back(vm::TracebackLine(tb));
  }
  return RowList(vm, entries, lines);
}

// _stack_rows(/): the current call stack, oldest first, as rows with
// only a line number (CPython's walk_stack gives f_lineno and no columns),
// without moat's own modules' frames but those standing for a line of a
// CPython frozen module.
Value StackRows(Interp& vm, Value, CallArgs args) {
  if (!vm::CheckMethodNoArgs(vm, args, "_stack_rows")) return Value::Null();
  std::vector<vm::StackEntry> entries;
  std::vector<int32_t> lines;
  for (vm::Frame* frame = vm.current_frame(); frame != nullptr; frame = frame->previous) {
    if (!vm.ChargeWork(1)) return Value::Null();
    vm::CodeObject* code = frame->code;
    int32_t line = code->first_line;
    if (frame->prev_instr != nullptr) {
      line = code->LineAt(static_cast<size_t>(frame->prev_instr - code->data->code.data()));
    }
    bool hidden = vm::IsHiddenCode(code);
    if (hidden) {
      // Shown only where it stands for a line of a CPython frozen module,
      // which has no source to show.
      line = vm::FrozenStandInLine(code, line);
      if (line == 0) continue;
    }
    vm::StackEntry& entry = entries.emplace_back();
    entry.filename = std::string(code->filename->view());
    entry.name = std::string(code->name->view());
    if (!hidden && code->data->source != nullptr) {
      entry.has_line = true;
      entry.line = std::string(vm::RawSourceLine(*code->data->source, line));
    }
    lines.push_back(line);
  }
  std::reverse(entries.begin(), entries.end());
  std::reverse(lines.begin(), lines.end());
  return RowList(vm, entries, lines);
}

// An int item of a row that fits a source position, else -1 (unknown).
int32_t PositionItem(Value v) {
  int64_t n = -1;
  if (!vm::IsInt(v) || !vm::IntToInt64(v, &n) || n < 0 || n > INT32_MAX) return -1;
  return static_cast<int32_t>(n);
}

// _format_rows(rows, /): the chunks StackSummary.format() gives for rows
// (filename, lineno, name, line, positions, locals) of strs, with `line`
// None or the line as in the file, `positions` None or (lineno,
// end_lineno, colno, end_colno) and `locals` None or a list of (name,
// repr) pairs. Formatted by the uncaught printer's own code.
Value FormatRows(Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_format_rows(rows, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  if (!vm::IsList(argv[0])) return vm.RaiseTypeError("_format_rows() takes a list of rows");
  vm::ListObject* rows = vm::As<vm::ListObject>(argv[0]);
  std::vector<vm::StackEntry> entries;
  auto bad = [&vm]() { return vm.RaiseTypeError("_format_rows(): malformed row"); };
  auto str_of = [](Value v, std::string* out) {
    if (!vm::IsStr(v)) return false;
    *out = std::string(vm::As<vm::StrObject>(v)->view());
    return true;
  };
  for (size_t i = 0; i < rows->size; ++i) {
    if (!vm.ChargeWork(1)) return Value::Null();
    Value row = rows->items[i];
    if (!vm::IsTuple(row) || vm::As<vm::TupleObject>(row)->size != 6) return bad();
    const Value* item = vm::As<vm::TupleObject>(row)->items;
    vm::StackEntry& entry = entries.emplace_back();
    if (!str_of(item[0], &entry.filename) || !str_of(item[1], &entry.lineno) ||
        !str_of(item[2], &entry.name)) {
      return bad();
    }
    if (!item[3].is_none()) {
      if (!str_of(item[3], &entry.line)) return bad();
      entry.has_line = true;
    }
    if (!item[4].is_none()) {
      if (!vm::IsTuple(item[4]) || vm::As<vm::TupleObject>(item[4])->size != 4) return bad();
      const Value* pos = vm::As<vm::TupleObject>(item[4])->items;
      moat::SourceLocation& loc = entry.location;
      loc.line = PositionItem(pos[0]);
      // FrameSummary without an end line: traceback.py treats the span as
      // running past the line.
      loc.end_line = pos[1].is_none() && loc.line >= 0 ? loc.line + 1 : PositionItem(pos[1]);
      loc.column = PositionItem(pos[2]);
      loc.end_column = PositionItem(pos[3]);
      entry.has_location = true;
    }
    if (!item[5].is_none()) {
      if (!vm::IsList(item[5])) return bad();
      vm::ListObject* locals = vm::As<vm::ListObject>(item[5]);
      for (size_t j = 0; j < locals->size; ++j) {
        Value pair = locals->items[j];
        if (!vm::IsTuple(pair) || vm::As<vm::TupleObject>(pair)->size != 2) return bad();
        auto& [name, value] = entry.locals.emplace_back();
        if (!str_of(vm::As<vm::TupleObject>(pair)->items[0], &name) ||
            !str_of(vm::TupleItems(vm::As<vm::TupleObject>(pair))[1], &value)) {
          return bad();
        }
      }
    }
  }
  return ChunkList(vm, vm::FormatStackEntries(entries, /*module_text=*/true));
}

const vm::MethodDef kFormatDef = {"_format", Format};
const vm::MethodDef kFormatOnlyDef = {"_format_only", FormatOnly};
const vm::MethodDef kTbRowsDef = {"_tb_rows", TbRows};
const vm::MethodDef kStackRowsDef = {"_stack_rows", StackRows};
const vm::MethodDef kFormatRowsDef = {"_format_rows", FormatRows};

// What CPython 3.11's traceback has and moat leaves out: each yields or
// clears frames (print_last reads sys.last_traceback, which sys withholds).
constexpr const char* kTracebackWithheld[] = {
    "walk_tb", "walk_stack", "clear_frames", "print_last", nullptr,
};

}  // namespace

bool InitTracebackModule(Interp& vm, vm::ModuleObject* module) {
  module->withheld = kTracebackWithheld;
  return vm::ModuleAddFunction(vm, module, &kFormatDef) &&
         vm::ModuleAddFunction(vm, module, &kFormatOnlyDef) &&
         vm::ModuleAddFunction(vm, module, &kTbRowsDef) &&
         vm::ModuleAddFunction(vm, module, &kStackRowsDef) &&
         vm::ModuleAddFunction(vm, module, &kFormatRowsDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
