// logging's native inits (see logging_module.h).
#include "stdlib_safe/logging_module.h"

#include "stdlib_safe/frozen_modules.h"
#include "stdlib_safe/warnings_module.h"
#include "vm/objects/exception.h"
#include "vm/objects/function.h"

namespace moat::stdlib {

namespace {

// CPython 3.11's logging names that write to files of the host.
constexpr const char* kLoggingWithheld[] = {"FileHandler", nullptr};

// CPython 3.11's logging.handlers beyond the in-memory handlers: each
// opens a file, a socket, the system log, a mail or HTTP connection, or
// starts a thread (QueueListener).
constexpr const char* kLoggingHandlersWithheld[] = {
    "BaseRotatingHandler", "RotatingFileHandler", "TimedRotatingFileHandler",
    "WatchedFileHandler", "SocketHandler", "DatagramHandler", "SysLogHandler",
    "SMTPHandler", "NTEventLogHandler", "HTTPHandler", "QueueListener", nullptr,
};

}  // namespace

bool InitLoggingModule(vm::Interp& vm, vm::ModuleObject* module) {
  module->withheld = kLoggingWithheld;
  return vm::ModuleAddFunction(vm, module, &kCallerDef) && InitFrozenModule(vm, module);
}

bool InitLoggingHandlersModule(vm::Interp& vm, vm::ModuleObject* module) {
  module->withheld = kLoggingHandlersWithheld;
  return InitFrozenModule(vm, module);
}

bool InitLoggingConfigModule(vm::Interp& vm, vm::ModuleObject*) {
  vm.Raise(&vm::kImportErrorType, "module 'logging.config' is not available in the sandbox");
  return false;
}

}  // namespace moat::stdlib
