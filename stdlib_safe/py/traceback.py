"""Formatting exceptions as python3.11's traceback module does.

Written for moat. The text comes from moat's own uncaught-exception printer
(the native _format and _format_only, stdlib_safe/traceback_module.h), so
format_exc(), format_exception() and print_exc() show exactly what the
uncaught exception would: the same file names, lines, source lines and
carets. This module only cuts that text into the pieces CPython's
functions return (one per frame, one per message line) and applies
`limit`.

Scripts never get traceback, frame or code objects (docs/SECURITY.md):
sys.exc_info()[2] is None and __traceback__ is refused, so a `tb`
argument is ignored and the exception's own traceback is used, which is
what CPython shows for the usual format_exception(*sys.exc_info()). The
functions that take or return frames (extract_tb, format_stack,
walk_tb, FrameSummary...) are withheld by the module's native init.
"""

import sys as _sys

__all__ = ["format_exc", "format_exception", "format_exception_only",
           "print_exc", "print_exception", "TracebackException"]

_sentinel = object()
_CHAIN_HEADS = (
    "The above exception was the direct cause of the following exception:",
    "During handling of the above exception, another exception occurred:",
)


def _is_frame_line(line):
    # '  File "x.py", line 3, in f' (a SyntaxError's location line has no
    # ", in " part and its text lines stand alone, as in CPython).
    return line.startswith('  File "') and ", in " in line


def _final_lines(exc):
    # The last part of one exception: its "Type: message" chunk (which may
    # span lines) and one chunk per line of its notes.
    only = _format_only(exc)
    notes = getattr(exc, "__notes__", None) if isinstance(exc, BaseException) else None
    note_lines = 0
    if isinstance(notes, (list, tuple)):
        for n in notes:
            try:
                note_lines += str(n).count("\n") + 1
            except Exception:
                note_lines += 1
    elif isinstance(notes, str):
        note_lines = len(notes)
    elif notes is not None:
        note_lines = repr(notes).count("\n") + 1
    lines = only.splitlines(True)
    if note_lines <= 0 or note_lines > len(lines):
        head, rest = lines, []
    else:
        head, rest = lines[:-note_lines], lines[-note_lines:]
    if head and not head[0].startswith("  File "):
        head = ["".join(head)]
    return head + rest


def _split(text, exc, limit):
    # Cuts the printer's text into CPython's chunks, applying `limit` to
    # the frames of each "Traceback (most recent call last):" block.
    lines = text.splitlines(True)
    final = _final_lines(exc)
    final_text = "".join(final)
    tail = []
    if final_text and text.endswith(final_text):
        lines = "".join(lines)[:len(text) - len(final_text)].splitlines(True)
        tail = final
    chunks = []
    i = 0
    n = len(lines)
    frames = None  # the frame chunks of the current block
    header_at = -1

    def close_block():
        nonlocal frames, header_at
        if frames is None:
            return
        kept = frames
        if limit is not None:
            if limit >= 0:
                kept = frames[:limit]
            else:
                kept = frames[limit:]
        if kept:
            chunks[header_at:header_at] = ["Traceback (most recent call last):\n"]
            chunks.extend(kept)
        frames = None

    while i < n:
        line = lines[i]
        if line == "Traceback (most recent call last):\n":
            close_block()
            frames = []
            header_at = len(chunks)
            i += 1
            continue
        if frames is not None and (_is_frame_line(line.rstrip("\n"))
                                   or line.startswith("  [Previous line repeated ")):
            chunk = line
            i += 1
            if _is_frame_line(line.rstrip("\n")):
                while i < n and lines[i].startswith("    "):
                    chunk += lines[i]
                    i += 1
            frames.append(chunk)
            continue
        close_block()
        if (line == "\n" and i + 2 < n and lines[i + 1].rstrip("\n") in _CHAIN_HEADS
                and lines[i + 2] == "\n"):
            chunks.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            continue
        chunks.append(line)
        i += 1
    close_block()
    return chunks + tail


def _value_of(exc, value):
    # (exc) in the new style, (type, value, tb) in the old one.
    if value is _sentinel:
        return exc
    return value


def _check_exception(exc, value):
    # CPython's messages for a value that is no exception.
    if isinstance(value, BaseException):
        return
    if exc is value and type(value) is not type:
        raise TypeError("Exception expected for value, %s found" % type(value).__name__)
    raise AttributeError("'%s' object has no attribute '__suppress_context__'"
                         % type(value).__name__)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines python3.11 prints for an exception, as a list of strings."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    _check_exception(exc, value)
    return _split(_format(value, chain), value, limit)


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of the printout: 'Type: message' and the notes."""
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    _check_exception(None, value)
    return _final_lines(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Prints format_exception()'s lines to `file` (sys.stderr by default)."""
    if file is None:
        file = _sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """format_exception() of the exception being handled, as one string."""
    return "".join(format_exception(_sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled as format_exc() gives it."""
    print_exception(_sys.exception(), limit=limit, file=file, chain=chain)


class TracebackException:
    """An exception ready for formatting (its frames are not kept)."""

    def __init__(self, exc_type, exc_value, exc_traceback=None, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if capture_locals:
            raise ValueError("capture_locals is not available in the sandbox: "
                             "frames' locals are not reachable")
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        self._str = "None" if exc_value is None else _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, None, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._exc is other._exc and self._limit == other._limit
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def format(self, *, chain=True):
        return iter(format_exception(self._exc, limit=self._limit, chain=chain))

    def print(self, *, file=None, chain=True):
        if file is None:
            file = _sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"
