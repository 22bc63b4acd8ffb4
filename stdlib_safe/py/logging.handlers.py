"""The handlers of CPython 3.11's logging.handlers that keep records in
memory: QueueHandler, BufferingHandler and MemoryHandler.

moat's own implementation, written from their documented behaviour. The
handlers that write files, sockets, the system log, mail or HTTP, and
QueueListener (a thread), are not available in the sandbox
(stdlib_safe/logging_module.h withholds them by name).
"""

import copy
import logging

# acquire() ... release() around a block (moat's handlers have no lock, but
# a subclass may give the hooks meaning).
_held = logging._held

# What QueueHandler.prepare() clears on the copy it sends.
_NOT_SENT = ('args', 'exc_info', 'exc_text', 'stack_info')


def _close(handler, finish, flag=None):
    # A buffering handler's close(): flush() (unless the attribute named
    # flag is false), then finish(handler) even when flushing fails.
    try:
        if flag is None or getattr(handler, flag):
            handler.flush()
    finally:
        finish(handler)


def _drop_target(handler):
    # How a MemoryHandler finishes closing: without its target.
    with _held(handler):
        handler.target = None
        BufferingHandler.close(handler)


class QueueHandler(logging.Handler):
    """Puts records on a queue (any object with put_nowait()), each a copy
    of the record with the formatted text as its message and without the
    fields that cannot be sent on (args, exception, stack)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def emit(self, record):
        try:
            ready = self.prepare(record)
            self.enqueue(ready)
        except Exception:
            self.handleError(record)

    def prepare(self, record):
        text = self.format(record)
        # A copy, so that the handlers after this one see the record as
        # it was logged.
        sent = copy.copy(record)
        sent.message = sent.msg = text
        for field in _NOT_SENT:
            setattr(sent, field, None)
        return sent

    def enqueue(self, record):
        self.queue.put_nowait(record)


class BufferingHandler(logging.Handler):
    """Collects records in `buffer`; flush() empties it, and emit() calls
    flush() whenever shouldFlush() says the buffer is due (by default:
    when it holds `capacity` records)."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity, self.buffer = capacity, []

    def close(self):
        _close(self, logging.Handler.close)

    def flush(self):
        with _held(self):
            self.buffer.clear()

    def emit(self, record):
        self.buffer.append(record)
        due = self.shouldFlush(record)
        if due:
            self.flush()

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity


class MemoryHandler(BufferingHandler):
    """A buffer that passes its records on to `target` once it is full or a
    record of flushLevel or above arrives, and when it is closed (unless
    flushOnClose is false). Without a target, records stay buffered."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel, self.target = flushLevel, target
        self.flushOnClose = flushOnClose

    def close(self):
        _close(self, _drop_target, 'flushOnClose')

    def setTarget(self, target):
        with _held(self):
            self.target = target

    def flush(self):
        with _held(self):
            if not self.target:
                return
            # The target is looked up again for each record: handling one
            # may change it.
            for pending in self.buffer:
                self.target.handle(pending)
            self.buffer.clear()

    def shouldFlush(self, record):
        full = len(self.buffer) >= self.capacity
        return full or record.levelno >= self.flushLevel
