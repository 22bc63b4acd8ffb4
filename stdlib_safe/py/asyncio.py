"""A deterministic asyncio for moat: CPython 3.11's event loop, futures,
tasks and synchronisation primitives, written in Python over moat's
coroutines. A package as CPython's: asyncio.events, asyncio.base_events,
asyncio.futures, asyncio.tasks... each hold their part, and the package
re-exports the public names.

Scheduling follows CPython's exactly, since scripts print interleavings:
one FIFO queue of ready handles, a heap of timer handles, a task's first
step scheduled with call_soon when it is made, a future's done callbacks
each scheduled with call_soon in registration order when it completes,
and a bare yield (sleep(0)) giving up one pass of the loop.

Time is moat's virtual clock: loop.time() is time.monotonic(), and when
nothing is ready but timers are pending the loop calls time.sleep() up to
the next timer, which advances the clock without waiting, so
asyncio.sleep(3600) costs nothing. Under CPython the same code would
really wait.

Left out, with an AttributeError saying "... is not available in the
sandbox" (docs/SECURITY.md): threads and executors (to_thread,
run_in_executor, run_coroutine_threadsafe), subprocesses, sockets and
streams, signal handlers and the file descriptor callbacks (with one
thread, call_soon_threadsafe is call_soon); the module's names are withheld by its native init
(stdlib_safe/asyncio_module.cc), the loop's by BaseEventLoop.__getattr__.
Frames are never handed out: Task.get_stack() and print_stack() are
refused the same way. contextvars does not exist in moat, so a context=
argument other than None is refused.
"""

from asyncio.exceptions import (BrokenBarrierError, CancelledError, InvalidStateError,
    TimeoutError, IncompleteReadError, LimitOverrunError, SendfileNotAvailableError)
from asyncio.coroutines import iscoroutinefunction, iscoroutine
from asyncio.events import (AbstractEventLoop, AbstractEventLoopPolicy, Handle, TimerHandle,
    get_event_loop_policy, set_event_loop_policy, get_event_loop, set_event_loop, new_event_loop,
    get_running_loop, _get_running_loop, _set_running_loop)
from asyncio.futures import Future, isfuture
from asyncio.tasks import (Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
    wait, wait_for, as_completed, sleep, gather, shield, ensure_future, current_task, all_tasks,
    _enter_task, _leave_task)
from asyncio.base_events import BaseEventLoop
from asyncio.unix_events import DefaultEventLoopPolicy
from asyncio.locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from asyncio.queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from asyncio.timeouts import Timeout, timeout, timeout_at
from asyncio.taskgroups import TaskGroup
from asyncio.runners import Runner, run

__all__ = ('BaseEventLoop', 'AbstractEventLoop', 'AbstractEventLoopPolicy',
    'DefaultEventLoopPolicy', 'Handle', 'TimerHandle', 'get_event_loop_policy',
    'set_event_loop_policy', 'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_running_loop', 'BrokenBarrierError', 'CancelledError', 'InvalidStateError',
    'TimeoutError', 'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError',
    'Future', 'isfuture', 'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty', 'Runner', 'run', 'TaskGroup',
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait',
    'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'current_task',
    'all_tasks', 'Timeout', 'timeout', 'timeout_at', 'iscoroutinefunction', 'iscoroutine')
