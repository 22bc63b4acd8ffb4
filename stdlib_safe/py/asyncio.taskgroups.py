"""asyncio.taskgroups for moat: TaskGroup, which ties child tasks to an
`async with` block.

Lifecycle: a group is new, then open (entered), then closing (its
__aexit__ runs and waits for the children). Independently of that it may
be aborting: a child failed, the body raised, or the wait was cancelled,
and every child not done yet has been cancelled. Children live in a dict
(CPython's set) so that aborting cancels them in creation order; the
names _tasks and _on_task_done are kept, since tests read the first and
task reprs show the second as a done callback.
"""

from asyncio.exceptions import CancelledError
from asyncio.events import get_running_loop
from asyncio.tasks import _set_task_name, current_task

# Phases of a group.
_NEW, _OPEN, _CLOSING = 'new', 'open', 'closing'

# Failures that are re-raised as they are instead of joining the group.
_FATAL = (SystemExit, KeyboardInterrupt)


class TaskGroup:
    """Spawn tasks with create_task() inside `async with TaskGroup() as tg:`.
    Leaving the block waits for all of them. When one fails the others and
    the block are cancelled, and the failures are raised together in an
    ExceptionGroup (a BaseExceptionGroup if any is not an Exception)."""

    def __init__(self):
        self._phase = _NEW
        self._tasks = {}
        self._errors = []
        self._fatal = self._waker = None
        self._loop = self._parent_task = None
        self._aborting = self._cancelled_parent = False

    def __repr__(self):
        counts = (('tasks', len(self._tasks)), ('errors', len(self._errors or ())))
        parts = [f' {what}={n}' for what, n in counts if n]
        if self._aborting:
            parts.append(' cancelling')
        elif self._phase is not _NEW:
            parts.append(' entered')
        return f"<TaskGroup{''.join(parts)}>"

    async def __aenter__(self):
        if self._phase is not _NEW:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._phase = _OPEN
        self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._phase = _CLOSING
        if exc is not None and isinstance(exc, _FATAL):
            self._keep_fatal(exc)
        # A cancellation of the body is passed on, unless it is the one the
        # group asked for itself when a child failed.
        outside_cancel = exc if et is CancelledError else None
        if self._cancelled_parent and self._parent_task.uncancel() == 0:
            outside_cancel = None
        if et is not None and not self._aborting:
            self._cancel_children()
        outside_cancel = await self._join_children(outside_cancel)

        if self._fatal is not None:
            raise self._fatal
        if outside_cancel and not self._errors:
            raise outside_cancel
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        errors = self._errors
        if errors:
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    async def _join_children(self, outside_cancel):
        # Wait until the last child is done, through a future that
        # _on_task_done resolves. Cancelling this wait from outside aborts
        # the group (once) and is what gets raised afterwards.
        while self._tasks:
            self._waker = self._loop.create_future()
            try:
                await self._waker
            except CancelledError as cancel:
                if not self._aborting:
                    outside_cancel = cancel
                    self._cancel_children()
            self._waker = None
        return outside_cancel

    def create_task(self, coro, *, name=None, context=None):
        """Start coro in a new task that belongs to this group; return it."""
        if self._phase is _NEW:
            problem = 'has not been entered'
        elif self._phase is _CLOSING and not self._tasks:
            problem = 'is finished'
        elif self._aborting:
            problem = 'is shutting down'
        else:
            problem = None
        if problem is not None:
            raise RuntimeError(f"TaskGroup {self!r} {problem}")
        if context is not None:
            child = self._loop.create_task(coro, context=context)
        else:
            child = self._loop.create_task(coro)
        _set_task_name(child, name)
        child.add_done_callback(self._on_task_done)
        self._tasks[child] = None
        return child

    def _keep_fatal(self, exc):
        if self._fatal is None:
            self._fatal = exc

    def _cancel_children(self):
        self._aborting = True
        for child in self._tasks:
            if not child.done():
                child.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        waker = self._waker
        if waker is not None and not self._tasks and not waker.done():
            waker.set_result(True)
        error = None if task.cancelled() else task.exception()
        if error is None:
            return
        self._errors.append(error)
        if isinstance(error, _FATAL):
            self._keep_fatal(error)
        parent = self._parent_task
        if parent.done():
            # Nobody is left to raise it to: report it instead.
            message = (f'Task {task!r} has errored out but its parent '
                       f'task {parent} is already completed')
            self._loop.call_exception_handler(
                dict(message=message, exception=error, task=task))
        elif not self._aborting and not self._cancelled_parent:
            # The first failure stops everything: the other children, and
            # the body through a cancellation of the parent task.
            self._cancel_children()
            self._cancelled_parent = True
            parent.cancel()
