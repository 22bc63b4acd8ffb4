# asyncio's ways out of the process: worker threads (to_thread,
# run_in_executor, run_coroutine_threadsafe),
# subprocesses, sockets and streams, signal handlers and file descriptor
# callbacks. moat's asyncio has none of them: each lookup is refused by
# name, on the module and on the loop.
import asyncio


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for name in ["to_thread", "run_coroutine_threadsafe", "open_connection", "start_server",
             "create_subprocess_exec", "create_subprocess_shell", "StreamReader",
             "SelectorEventLoop", "get_child_watcher"]:
    t(name, lambda: getattr(asyncio, name))
t("missing", lambda: asyncio.no_such_name)
loop = asyncio.new_event_loop()
for name in ["run_in_executor", "add_signal_handler", "add_reader",
             "create_connection", "create_server", "subprocess_exec", "getaddrinfo",
             "sock_recv", "set_default_executor"]:
    t(name, lambda: getattr(loop, name))
t("loop missing", lambda: loop.no_such_method)
t("call_soon_threadsafe is call_soon", lambda: loop.call_soon_threadsafe(print).cancelled())
t("policy child watcher", lambda: asyncio.get_event_loop_policy().get_child_watcher())
t("context", lambda: loop.call_soon(print, context=object()))
loop.close()
# expect-output: to_thread AttributeError: 'asyncio.to_thread' is not available in the sandbox
# expect-output: run_coroutine_threadsafe AttributeError: 'asyncio.run_coroutine_threadsafe' is not available in the sandbox
# expect-output: open_connection AttributeError: 'asyncio.open_connection' is not available in the sandbox
# expect-output: start_server AttributeError: 'asyncio.start_server' is not available in the sandbox
# expect-output: create_subprocess_exec AttributeError: 'asyncio.create_subprocess_exec' is not available in the sandbox
# expect-output: create_subprocess_shell AttributeError: 'asyncio.create_subprocess_shell' is not available in the sandbox
# expect-output: StreamReader AttributeError: 'asyncio.StreamReader' is not available in the sandbox
# expect-output: SelectorEventLoop AttributeError: 'asyncio.SelectorEventLoop' is not available in the sandbox
# expect-output: get_child_watcher AttributeError: 'asyncio.get_child_watcher' is not available in the sandbox
# expect-output: missing AttributeError: module 'asyncio' has no attribute 'no_such_name'
# expect-output: run_in_executor AttributeError: 'loop.run_in_executor' is not available in the sandbox
# expect-output: add_signal_handler AttributeError: 'loop.add_signal_handler' is not available in the sandbox
# expect-output: add_reader AttributeError: 'loop.add_reader' is not available in the sandbox
# expect-output: create_connection AttributeError: 'loop.create_connection' is not available in the sandbox
# expect-output: create_server AttributeError: 'loop.create_server' is not available in the sandbox
# expect-output: subprocess_exec AttributeError: 'loop.subprocess_exec' is not available in the sandbox
# expect-output: getaddrinfo AttributeError: 'loop.getaddrinfo' is not available in the sandbox
# expect-output: sock_recv AttributeError: 'loop.sock_recv' is not available in the sandbox
# expect-output: set_default_executor AttributeError: 'loop.set_default_executor' is not available in the sandbox
# expect-output: loop missing AttributeError: '_UnixSelectorEventLoop' object has no attribute 'no_such_method'
# expect-output: call_soon_threadsafe is call_soon -> False
# expect-output: policy child watcher AttributeError: 'policy.get_child_watcher' is not available in the sandbox
# expect-output: context NotImplementedError: context= (contextvars) is not available in the sandbox
