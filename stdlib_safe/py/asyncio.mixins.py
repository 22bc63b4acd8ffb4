"""asyncio.mixins for moat: _LoopBoundMixin, which ties a lock or a queue
to the first event loop it waits in. moat runs one thread, so the binding
needs no lock.
"""

from asyncio.events import _get_running_loop


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        running = _get_running_loop()
        bound = self._loop
        if bound is None:
            # First wait: bind to the loop running now.
            self._loop = running
        elif bound is not running:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running
