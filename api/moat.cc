// The embedding API (include/moat/moat.h): the one place where the outside
// world meets the VM. Arguments are checked here; internal results are
// converted to absl::Status here.
#include "moat/moat.h"

#include "absl/strings/cord.h"
#include "compiler_bridge/compile.h"
#include "stdlib_safe/builtins.h"
#include "stdlib_safe/registry.h"
#include "stdlib_safe/unicodedata_module.h"
#include "vm/finalize.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/interpreter.h"
#include "vm/objects/codecs.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"
#include "vm/objects/generator.h"
#include "vm/objects/int.h"
#include "vm/objects/base_types.h"
#include "vm/objects/str.h"
#include "vm/ops.h"
#include "vm/verifier.h"

namespace moat {

namespace {

constexpr absl::string_view kScriptErrorUrl = "moat.dev/ScriptError";

// The payload is the five numeric fields, each ended by NUL, then the
// three texts, each as its length, NUL, and its bytes: a text may hold NUL
// itself (`raise ValueError("\0")` prints it).
constexpr int kScriptErrorNumbers = 5;

absl::Status WithScriptError(absl::Status status, const ScriptError& error) {
  const std::string nul(1, '\0');
  std::string encoded =
      StrCat(error.exit_status, nul, static_cast<int>(error.limit), nul, error.limit_used, nul,
             error.limit_value, nul, error.keyboard_interrupt ? 1 : 0, nul);
  for (const std::string* text : {&error.type_name, &error.message, &error.traceback}) {
    StrAppend(&encoded, text->size(), nul, *text);
  }
  status.SetPayload(kScriptErrorUrl, absl::Cord(encoded));
  return status;
}

}  // namespace

std::optional<ScriptError> GetScriptError(const absl::Status& status) {
  absl::optional<absl::Cord> payload = status.GetPayload(kScriptErrorUrl);
  if (!payload) return std::nullopt;
  std::string text(*payload);
  std::string_view rest = text;
  // The next field up to its NUL, or nullopt when the payload is cut short.
  auto field = [&rest]() -> std::optional<std::string> {
    size_t end = rest.find('\0');
    if (end == std::string_view::npos) return std::nullopt;
    std::string f(rest.substr(0, end));
    rest.remove_prefix(end + 1);
    return f;
  };
  std::string numbers[kScriptErrorNumbers];
  for (std::string& n : numbers) {
    std::optional<std::string> f = field();
    if (!f) return std::nullopt;
    n = std::move(*f);
  }
  std::string texts[3];
  for (std::string& t : texts) {
    std::optional<std::string> length = field();
    if (!length) return std::nullopt;
    size_t n = std::strtoull(length->c_str(), nullptr, 10);
    if (n > rest.size()) return std::nullopt;
    t = std::string(rest.substr(0, n));
    rest.remove_prefix(n);
  }
  ScriptError error{texts[0], texts[1], texts[2], std::atoi(numbers[0].c_str())};
  error.keyboard_interrupt = numbers[4] == "1";
  error.limit = static_cast<LimitKind>(std::atoi(numbers[1].c_str()));
  error.limit_used = std::strtoull(numbers[2].c_str(), nullptr, 10);
  error.limit_value = std::strtoull(numbers[3].c_str(), nullptr, 10);
  return error;
}

absl::StatusOr<Program> Compile(std::string_view source, std::string_view filename,
                                CompileMode mode) {
  compiler_bridge::Mode m = mode == CompileMode::kExec   ? compiler_bridge::Mode::kExec
                            : mode == CompileMode::kEval ? compiler_bridge::Mode::kEval
                                                         : compiler_bridge::Mode::kSingle;
  compiler_bridge::SyntaxErrorInfo info;
  absl::StatusOr<CompiledModule> module = compiler_bridge::Compile(source, filename, m, &info);
  if (!module.ok()) {
    if (!info.formatted.empty()) {
      // The traceback is what python3.11 writes on stderr: compiler
      // warnings issued before the error come first.
      return WithScriptError(module.status(), ScriptError{info.type_name, info.message,
                                                          info.warnings + info.formatted});
    }
    return module.status();
  }
  return Program(std::make_shared<const CompiledModule>(std::move(*module)));
}

Interpreter::Interpreter() : Interpreter(InterpreterOptions{}) {}

Interpreter::Interpreter(InterpreterOptions options) {
  vm::Interp::Options o;
  o.write_output = std::move(options.write_output);
  o.write_error = std::move(options.write_error);
  o.argv = std::move(options.argv);
  o.read_input = std::move(options.read_input);
  o.hash_seed = options.hash_seed;
  o.install_builtins = stdlib::InstallBuiltins;
  o.modules = stdlib::SafeModules();
  o.char_name = stdlib::UnicodeCharNameOrAlias;
  o.char_code = stdlib::UnicodeCharFromName;
  impl_ = std::make_unique<vm::Interp>(std::move(o));
  limits_ = options.limits;
}

Interpreter::~Interpreter() = default;

namespace {

// The report of a run a limit ended: the LimitExceeded error's traceback,
// with the figures the host needs to act on it.
absl::Status LimitStatus(vm::Interp& vm) {
  vm::Value exc = vm.TakeException();
  vm.handled_exception = vm::Value::None();
  ScriptError error;
  error.type_name = "LimitExceeded";
  error.exit_status = kExitLimit;
  error.limit = vm.limit_hit();
  error.limit_used = vm.limit_used();
  error.limit_value = vm.limit_value();
  if (vm::IsException(exc) && vm::TypeOf(exc) == &vm::kLimitExceededType) {
    vm::Value s = vm::ExceptionStr(vm, exc);
    if (!s.is_null()) error.message = std::string(vm::As<vm::StrObject>(s)->view());
    vm.ClearException();
    error.traceback = vm::FormatException(vm, exc);
  } else {
    error.message = StrCat(LimitName(error.limit), " limit reached");
    error.traceback = StrCat("LimitExceeded: ", error.message, "\n");
  }
  vm.ClearException();
  // Whatever the stopped run built is garbage now (no frame is left); give
  // the memory back at once rather than at the next run's first collection.
  vm.CollectGarbage();
  return WithScriptError(absl::ResourceExhaustedError(StrCat("LimitExceeded: ", error.message)),
                         error);
}

// CPython's __main__ has `__file__` when it runs a script (a file, or
// '<stdin>'), not for `-c` code ('<string>'). The name is the one tracebacks
// already show, so it tells the script nothing new. False if a limit or an
// error stopped the assignment (the exception is pending).
bool SetMainFile(vm::Interp& vm, const std::string& filename) {
  if (filename == "<string>") return true;
  vm::Value name = vm::NewStrValue(vm, filename);
  return !name.is_null() && vm::DictSetStr(vm, vm.main_globals(), "__file__", name) == 0;
}

absl::StatusOr<vm::Value> RunProgram(vm::Interp& vm, const Program& program,
                                     bool as_script) {
  absl::StatusOr<vm::CodeObject*> code =
      vm::LoadProgram(vm, program.module().code, program.module().source);
  if (!code.ok()) return code.status();
  vm::Value result;
  if (!as_script || SetMainFile(vm, program.module().filename)) {
    result = vm::RunModule(vm, *code, vm.main_globals(), vm.main_globals());
  }
  if (vm.limit_hit() != LimitKind::kNone) return LimitStatus(vm);
  if (result.is_null()) {
    vm::Value exc = vm.TakeException();
    vm.handled_exception = vm::Value::None();
    ScriptError error;
    error.type_name = vm::TypeOf(exc)->name;
    error.keyboard_interrupt = vm::HasType(exc, &vm::kKeyboardInterruptType);
    if (vm::IsException(exc)) {
      vm::Value s = vm::ExceptionStr(vm, exc);
      if (!s.is_null()) error.message = std::string(vm::As<vm::StrObject>(s)->view());
      vm.ClearException();
    }
    error.traceback = vm::FormatException(vm, exc);
    vm.ClearException();
    if (vm::IsException(exc) && vm::IsSubtype(vm::TypeOf(exc), &vm::kSystemExitType)) {
      // As CPython's handle_system_exit: None -> 0, an int (bools and int
      // subclasses too) -> itself, -1 when it does not fit a C long,
      // anything else is printed and the status is 1.
      vm::Value code = vm::As<vm::ExceptionObject>(exc)->value;
      int64_t status = 0;
      if (code.is_null() || code.is_none()) {
        error.exit_status = 0;
        error.traceback.clear();
      } else if (vm::IsInt(code)) {
        if (!vm::IntToInt64(code, &status)) status = -1;
        error.exit_status = static_cast<int>(status & 0xff);
        error.traceback.clear();
      } else {
        // A str() that fails prints nothing, but the newline still follows.
        vm::Value s = vm::Str(vm, code);
        error.traceback = s.is_null() ? std::string("\n")
                                      : StrCat(vm::As<vm::StrObject>(s)->view(), "\n");
        vm.ClearException();
        error.exit_status = 1;
      }
    }
    // The text goes to the host as CPython's stderr writes it: a lone
    // surrogate (which no UTF-8 string can hold) as its backslash escape.
    if (vm::HasLoneSurrogate(error.traceback)) {
      error.traceback = vm::BackslashReplaceSurrogates(error.traceback);
    }
    if (vm::HasLoneSurrogate(error.message)) {
      error.message = vm::BackslashReplaceSurrogates(error.message);
    }
    return WithScriptError(absl::AbortedError(StrCat(error.type_name,
                                                           error.message.empty() ? "" : ": ",
                                                           error.message)),
                           error);
  }
  return result;
}

}  // namespace

absl::Status Interpreter::Run(const Program& program) {
  impl_->BeginRun(limits_);
  absl::StatusOr<vm::Value> r = RunProgram(*impl_, program, /*as_script=*/true);
  last_run_stats_ = impl_->RunFigures();
  return r.status();
}

absl::Status Interpreter::Finish() {
  impl_->BeginRun(limits_);
  bool ok = vm::FinalizeAtExit(*impl_);
  if (!ok || impl_->limit_hit() != LimitKind::kNone) {
    last_run_stats_ = impl_->RunFigures();
    return LimitStatus(*impl_);
  }
  impl_->ClearException();
  return absl::OkStatus();
}

absl::StatusOr<std::string> Interpreter::EvalToRepr(const Program& program) {
  impl_->BeginRun(limits_);
  absl::StatusOr<vm::Value> r = RunProgram(*impl_, program, /*as_script=*/false);
  absl::StatusOr<std::string> text;
  if (!r.ok()) {
    text = r.status();
  } else {
    // The result is on no frame: keep it alive while repr() may collect.
    vm::Value result = *r;
    vm::RootScope roots(*impl_);
    roots.Add(&result);
    vm::Value repr = vm::Repr(*impl_, result);
    if (impl_->limit_hit() != LimitKind::kNone) {
      text = LimitStatus(*impl_);
    } else if (repr.is_null()) {
      impl_->ClearException();
      text = absl::AbortedError("repr() of the result failed");
    } else {
      text = std::string(vm::As<vm::StrObject>(repr)->view());
    }
  }
  last_run_stats_ = impl_->RunFigures();
  return text;
}

}  // namespace moat
