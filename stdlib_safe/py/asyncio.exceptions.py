"""asyncio.exceptions for moat: the exceptions asyncio raises. Its
TimeoutError is the builtin one, as in CPython 3.11. moat has no streams
or sendfile, but their exceptions exist for code that names them.
"""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

TimeoutError = TimeoutError


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while a task waited in it."""


class CancelledError(BaseException):
    """Raised in a cancelled task, and by result() of a cancelled future."""


class InvalidStateError(Exception):
    """A future was asked for something its state does not allow."""


class LimitOverrunError(Exception):
    """A stream's buffer limit was reached before the separator; .consumed
    says how many bytes to drop."""

    def __init__(self, message, consumed):
        self.consumed = consumed
        super().__init__(message)

    def __reduce__(self):
        message = self.args[0]
        return type(self), (message, self.consumed)


class IncompleteReadError(EOFError):
    """A stream ended early: .partial holds the bytes read, .expected how
    many were wanted (None if unknown)."""

    def __init__(self, partial, expected):
        total = repr(expected) if expected is not None else 'undefined'
        text = f'{len(partial)} bytes read on a total of {total} expected bytes'
        self.partial, self.expected = partial, expected
        super().__init__(text)

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class SendfileNotAvailableError(RuntimeError):
    """sendfile() cannot be used here."""
