// asyncio's native init (see asyncio_module.h).
#include "stdlib_safe/asyncio_module.h"

#include "moat/code_image.h"
#include "stdlib_safe/frozen_modules.h"
#include "vm/args.h"
#include "vm/objects/function.h"

namespace moat::stdlib {

namespace {

using vm::CallArgs;
using vm::Value;

// What CPython 3.11's asyncio has beyond the loop, futures, tasks and
// synchronisation: each runs threads or processes, opens sockets or pipes,
// or installs signal handlers.
constexpr const char* kAsyncioWithheld[] = {
    "to_thread", "run_coroutine_threadsafe", "wrap_future",
    "open_connection", "start_server", "open_unix_connection", "start_unix_server",
    "create_subprocess_exec", "create_subprocess_shell", "subprocess", "streams", "threads",
    "StreamReader", "StreamWriter", "StreamReaderProtocol",
    "SelectorEventLoop", "ProactorEventLoop", "WindowsSelectorEventLoopPolicy",
    "WindowsProactorEventLoopPolicy", "AbstractChildWatcher", "SafeChildWatcher",
    "FastChildWatcher", "ThreadedChildWatcher", "PidfdChildWatcher", "MultiLoopChildWatcher",
    "get_child_watcher", "set_child_watcher",
    "BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol", "BufferedProtocol",
    "BaseTransport", "ReadTransport", "WriteTransport", "Transport", "DatagramTransport",
    "SubprocessTransport", "AbstractServer", "Server", nullptr,
};

// _is_async_def(obj): whether obj is an `async def` function, or a bound
// method of one: inspect.iscoroutinefunction's test of the code's
// CO_COROUTINE flag (after unwrapping methods; asyncio.coroutines unwraps
// functools.partial), answered without handing out the code.
Value IsAsyncDef(vm::Interp& vm, Value, CallArgs args) {
  static const vm::ArgSpec kSpec("_is_async_def(obj, /)");
  Value argv[1];
  if (!vm::ParseArgs(vm, kSpec, args, argv)) return Value::Null();
  Value obj = argv[0];
  while (vm::HasType(obj, &vm::kMethodType)) obj = vm::As<vm::MethodObject>(obj)->function;
  if (!vm::HasType(obj, &vm::kFunctionType)) return Value::False();
  return Value::Bool((vm::As<vm::FunctionObject>(obj)->code->flags & kCodeFlagCoroutine) != 0);
}

const vm::MethodDef kIsAsyncDefDef = {"_is_async_def", IsAsyncDef};

}  // namespace

bool InitAsyncioModule(vm::Interp& vm, vm::ModuleObject* module) {
  module->withheld = kAsyncioWithheld;
  return InitFrozenModule(vm, module);
}

bool InitAsyncioCoroutinesModule(vm::Interp& vm, vm::ModuleObject* module) {
  return vm::ModuleAddFunction(vm, module, &kIsAsyncDefDef) && InitFrozenModule(vm, module);
}

}  // namespace moat::stdlib
