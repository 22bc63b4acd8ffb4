// File: stdlib_safe/asyncio_module.h
//
// The native part of `asyncio` (stdlib_safe/py/asyncio.py, the event loop,
// futures, tasks, locks and queues written in Python): the module's init
// withholds, by name, what CPython's asyncio has that reaches threads,
// subprocesses, sockets or signals (`to_thread`, `run_coroutine_threadsafe`,
// `open_connection`, `start_server`, `create_subprocess_exec`, the
// selector and proactor loops, the child watchers, streams, transports and
// protocols), so that `asyncio.to_thread`, `getattr(asyncio, ...)` and
// `from asyncio import to_thread` raise "AttributeError: 'asyncio.to_thread'
// is not available in the sandbox" (docs/SECURITY.md). The loop's own
// refused methods (`run_in_executor`...) are the module's business. The
// init of `asyncio.coroutines` lends it `_is_async_def`.
#ifndef MOAT_STDLIB_SAFE_ASYNCIO_MODULE_H_
#define MOAT_STDLIB_SAFE_ASYNCIO_MODULE_H_

#include "vm/interp.h"
#include "vm/objects/module.h"

namespace moat::stdlib {

// The registry's init for `asyncio`. False with the body's exception pending.
bool InitAsyncioModule(vm::Interp& vm, vm::ModuleObject* module);

// The registry's init for `asyncio.coroutines`: first adds `_is_async_def`,
// whether a function (or a bound method of one) is an `async def`, by its
// code's flag (inspect.iscoroutinefunction's test, without the code).
bool InitAsyncioCoroutinesModule(vm::Interp& vm, vm::ModuleObject* module);

}  // namespace moat::stdlib

#endif  // MOAT_STDLIB_SAFE_ASYNCIO_MODULE_H_
