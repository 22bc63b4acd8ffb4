// File: stdlib_safe/logging_module.h
//
// The inits of `logging` (stdlib_safe/py/logging.py) and its submodules.
// `logging` gets warnings' native `_caller` (warnings_module.h), with which
// Logger.findCaller finds the file, line and function a record comes from
// as plain values, and withholds the handlers that open files. Of
// `logging.handlers` (py/logging.handlers.py) only the in-memory handlers
// exist; the file, socket, syslog, mail and HTTP handlers are withheld by
// name. `logging.config` reads configuration files and starts a socket
// listener: its import raises ImportError.
#ifndef MOAT_STDLIB_SAFE_LOGGING_MODULE_H_
#define MOAT_STDLIB_SAFE_LOGGING_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// False with the module body's (or the refusal's) exception pending.
bool InitLoggingModule(vm::Interp& vm, vm::ModuleObject* module);
bool InitLoggingHandlersModule(vm::Interp& vm, vm::ModuleObject* module);
bool InitLoggingConfigModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_LOGGING_MODULE_H_
