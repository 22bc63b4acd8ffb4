"""Stack traces as python3.11's traceback module extracts, formats and prints them.

moat's own implementation. Tracebacks are moat's frameless traceback objects
(tb_next, tb_lineno, tb_lasti, but no tb_frame: docs/SECURITY.md) and the
current stack is read by the native _stack_rows as plain rows, so no frame
is ever held here. walk_tb, walk_stack, clear_frames and print_last, which
hand out or clear frames, are withheld by the module's native init, and a
frame argument (`f=`) is refused.

The text itself comes from moat's single traceback formatter, the one that
prints uncaught exceptions (stdlib_safe/traceback_module.h): _format and
_format_only give the chunks of an exception, _format_rows those of a
StackSummary. This module converts rows to FrameSummary objects and back,
applies `limit`, and keeps the classes' data as CPython's do. Frames of
moat's own modules (mostly C code in CPython) are left out, as there.
"""

import sys as _sys
from collections import deque as _deque
from itertools import islice as _islice

__all__ = [
    'FrameSummary', 'StackSummary', 'TracebackException',
    'extract_stack', 'extract_tb', 'format_exc', 'format_exception',
    'format_exception_only', 'format_list', 'format_stack', 'format_tb',
    'print_exc', 'print_exception', 'print_stack', 'print_tb',
]

_FRAMES_REFUSED = ("frame objects are not available in the sandbox: "
                   "pass f=None for the current stack")


def _write_all(chunks, file):
    # Each chunk printed as it is (they end in newlines) to `file`, or to
    # the sys.stderr of the moment.
    out = _sys.stderr if file is None else file
    for chunk in chunks:
        print(chunk, file=out, end="")


def _no_frame(f):
    if f is not None:
        raise TypeError(_FRAMES_REFUSED)


# -- rows (from the native helpers) and summaries ---------------------------

def _effective_limit(limit):
    # No limit given means sys.tracebacklimit, if set (negative counts as 0).
    if limit is None:
        limit = getattr(_sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _check_limit(limit):
    # CPython applies `limit` with itertools.islice (limit >= 0) or a
    # deque(maxlen=-limit): they are called here for their errors.
    if limit is None:
        return
    if limit >= 0:
        _islice((), limit)
    else:
        _deque((), maxlen=-limit)


def _clamp(limit):
    # A limit as the native helpers take it (an int that fits, or None).
    if limit is None:
        return None
    limit = limit.__index__()
    return max(-(1 << 62), min(limit, 1 << 62))


def _group_option(value):
    # max_group_width or max_group_depth as _format takes them: an int
    # clamped to what fits (anything else is refused there).
    return _clamp(value) if isinstance(value, int) else value


def _limited(items, limit):
    # itertools.islice(items, limit) or deque(items, maxlen=-limit).
    limit = _effective_limit(limit)
    _check_limit(limit)
    limit = _clamp(limit)
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def _summary(rows):
    result = StackSummary()
    for filename, lineno, name, line, end_lineno, colno, end_colno in rows:
        result.append(FrameSummary(filename, lineno, name, lookup_line=False,
                                   line="" if line is None else line,
                                   end_lineno=end_lineno, colno=colno,
                                   end_colno=end_colno))
    return result


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of traceback `tb`, outermost first."""
    return _summary(_limited(_tb_rows(tb), limit))


def extract_stack(f=None, limit=None):
    """The current stack as a StackSummary, oldest call first (f must be None)."""
    _no_frame(f)
    newest_first = _stack_rows()[::-1]  # `limit` counts from the newest call
    kept = _limited(newest_first, limit)[::-1]
    # The stack's rows carry no columns, like CPython's walk_stack.
    return _summary([row[:4] + (None, None, None) for row in kept])


# -- the list-level functions -----------------------------------------------

def format_list(extracted_list):
    """A string per entry (FrameSummary or 4-tuple) of `extracted_list`."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Write format_list(extracted_list) to `file` (default sys.stderr)."""
    _write_all(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    """The strings of extract_tb(tb, limit)."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Write the entries of traceback `tb` to `file`."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The strings of extract_stack(limit=limit)."""
    _no_frame(f)
    return format_list(extract_stack(limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Write the current stack to `file` (default sys.stderr)."""
    _no_frame(f)
    print_list(extract_stack(limit=limit), file=file)


# -- exceptions ---------------------------------------------------------------

class _Sentinel:
    # The default of `value` and `tb`, shown as "<implicit>" in signatures.
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _exception_and_tb(exc, value, tb):
    # The (value, tb) the exception functions work on: the two given
    # together (old style), or taken from `exc` alone (new style).
    value_given = value is not _sentinel
    if value_given != (tb is not _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value_given:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return exc, exc.__traceback__


def _text_of(value):
    # str(value), or a placeholder when str() itself raises (anything).
    try:
        return str(value)
    except BaseException:
        return "<exception str() failed>"


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines python3.11 prints for an exception, as a list of strings."""
    value, tb = _exception_and_tb(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Write format_exception()'s lines to `file` (default sys.stderr)."""
    if file is None:
        file = _sys.stderr
    _write_all(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exception_only(exc, /, value=_sentinel):
    """Only the end of the report: the 'Type: message' line and any notes."""
    target = exc if value is _sentinel else value
    report = TracebackException(type(target), target, None, compact=True)
    return list(report.format_exception_only())


def format_exc(limit=None, chain=True):
    """format_exception() of the exception being handled, joined."""
    return "".join(format_exception(*_sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """print_exception() of the exception being handled."""
    print_exception(*_sys.exc_info(), limit=limit, file=file, chain=chain)


# -- FrameSummary and StackSummary ------------------------------------------

class FrameSummary:
    """Where one entry of a traceback or stack was.

    filename, lineno and name say where; line is the stripped source line
    ('' when not given: moat reads no files); locals is None or a dict of
    the repr()s of the locals passed in; end_lineno, colno and end_colno
    give the span, when known.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self._line = line
        if lookup_line:
            _frame_line(self)
        shown = None
        if locals:
            shown = {key: repr(val) for key, val in locals.items()}
        self.locals = shown
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno

    def __eq__(self, other):
        if isinstance(other, tuple):
            return _frame_fields(self) == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        # Field by field, answering with the first false comparison, as an
        # `and` chain does.
        for field in ('filename', 'lineno', 'name', 'locals'):
            same = getattr(self, field) == getattr(other, field)
            if not same:
                break
        return same

    def __getitem__(self, pos):
        return _frame_fields(self)[pos]

    def __iter__(self):
        return iter(list(_frame_fields(self)))

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    @property
    def line(self):
        return _frame_line(self)

    @property
    def _original_line(self):
        # The line with its whitespace kept.
        _frame_line(self)
        return self._line


# FrameSummary's helpers are functions, so that dir() of a FrameSummary
# lists what CPython's does.
def _frame_line(summary):
    # A line not given is looked up once: linecache finds no file in the
    # sandbox, so it is ''. Without a line number there is nothing to find.
    if summary._line is None:
        if summary.lineno is None:
            return None
        summary._line = ""
    return summary._line.strip()


def _frame_fields(summary):
    return (summary.filename, summary.lineno, summary.name, summary.line)


def _row(frame_summary):
    # The plain row _format_rows takes for one FrameSummary.
    line = frame_summary.line
    # The line goes without its trailing whitespace, which CPython's module
    # leaves out when it decides whether the span covers the whole line.
    line = frame_summary._original_line.rstrip() if line else None
    positions = None
    if frame_summary.colno is not None and frame_summary.end_colno is not None:
        positions = (frame_summary.lineno, frame_summary.end_lineno,
                     frame_summary.colno, frame_summary.end_colno)
    local_reprs = None
    if frame_summary.locals:
        local_reprs = [('{}'.format(k), '{}'.format(v))
                       for k, v in sorted(frame_summary.locals.items())]
    return ('{}'.format(frame_summary.filename), '{}'.format(frame_summary.lineno),
            '{}'.format(frame_summary.name), line, positions, local_reprs)


class StackSummary(list):
    """The FrameSummary objects of a traceback or stack, as a list."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        raise TypeError("StackSummary.extract() takes frames, which are not "
                        "available in the sandbox: use extract_tb() or "
                        "extract_stack()")

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary (never a subclass) of the FrameSummary objects and
        (filename, lineno, name, line) tuples of `a_list`."""
        frames = StackSummary()
        for entry in a_list:
            if not isinstance(entry, FrameSummary):
                filename, lineno, name, line = entry
                entry = FrameSummary(filename, lineno, name, line=line)
            frames.append(entry)
        return frames

    def format_frame_summary(self, frame_summary):
        """The text of one entry (its location line, source line, carets)."""
        return "".join(_format_rows([_row(frame_summary)]))

    def format(self):
        """One string per frame, each from format_frame_summary (which a
        subclass may override; a frame it formats as None is left out). A
        run of more than three identical frames ends with a '[Previous line
        repeated N more times]' line."""
        result = []
        last = (None, None, None)
        count = 0
        for frame_summary in self:
            text = self.format_frame_summary(frame_summary)
            if text is None:
                continue
            where = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            # Compared field by field with != (a None field never repeats).
            if any(old is None or old != new for old, new in zip(last, where)):
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last = where
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(text)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


_RECURSIVE_CUTOFF = 3


def _repeated_line(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


# Where a TracebackException keeps, for the native formatter, the exception
# it was made from: comparisons leave these out and look at what was captured.
_PRIVATE = ('_exc', '_tb', '_limit')


def _captured(report):
    return {key: val for key, val in report.__dict__.items() if key not in _PRIVATE}


def _copy_syntax_error(report, err):
    # The location a SyntaxError report shows; its line numbers become strs.
    def as_text(number):
        return None if number is None else str(number)
    report.filename = err.filename
    report.lineno = as_text(err.lineno)
    report.end_lineno = as_text(err.end_lineno)
    report.text, report.offset, report.end_offset = err.text, err.offset, err.end_offset
    report.msg = err.msg


class TracebackException:
    """An exception captured for printing later.

    The attributes are CPython's: stack (a StackSummary), exc_type,
    __cause__ and __context__ (TracebackExceptions or None),
    __suppress_context__, __notes__, exceptions (for groups) and, for
    SyntaxErrors, filename, lineno, end_lineno, text, offset, end_offset
    and msg. capture_locals is refused: frames' locals are out of reach.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if capture_locals:
            raise ValueError("capture_locals is not available in the sandbox: "
                             "frames' locals are not reachable")
        top_level = _seen is None
        seen = set() if top_level else _seen
        seen.add(id(exc_value))
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.exc_type = exc_type
        self._str = _text_of(exc_value)  # now, in case the exception changes
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._exc, self._tb = exc_value, exc_traceback
        self._limit = _effective_limit(limit)
        if exc_type and issubclass(exc_type, SyntaxError):
            _copy_syntax_error(self, exc_value)
        if exc_value is None:
            self.__suppress_context__ = False
        elif isinstance(exc_value, (BaseException, type)):
            self.__suppress_context__ = exc_value.__suppress_context__
        else:
            # CPython fails reading the attribute, which moat refuses on
            # built-in objects instead: the same error, CPython's words.
            raise AttributeError("'%s' object has no attribute '__suppress_context__'"
                                 % type(exc_value).__name__)
        if top_level:
            options = {'limit': limit, 'max_group_width': max_group_width,
                       'max_group_depth': max_group_depth}
            self._wrap_chained(exc_value, compact, seen, options)

    def _wrap_chained(self, exc_value, compact, seen, options):
        # Gives every exception reachable through __cause__, __context__ and
        # group members its TracebackException, each exception once (by id,
        # in `seen`), in CPython's order; with a worklist rather than
        # recursion, so a long chain needs no deep stack.
        def wrap(exc):
            return TracebackException(type(exc), exc, exc.__traceback__,
                                      _seen=seen, **options)

        todo = [(self, exc_value)]
        while todo:
            node, exc = todo.pop()
            node.__cause__ = node.__context__ = node.exceptions = None
            if not exc:
                continue
            cause, context = exc.__cause__, exc.__context__
            if cause is not None and id(cause) not in seen:
                node.__cause__ = wrap(cause)
            # compact=True shows a context only where no cause is shown and
            # the context is not suppressed.
            shows_context = not compact or (node.__cause__ is None
                                            and not exc.__suppress_context__)
            if context is not None and shows_context and id(context) not in seen:
                node.__context__ = wrap(context)
            if isinstance(exc, BaseExceptionGroup):
                node.exceptions = [wrap(member) for member in exc.exceptions]
            if node.__cause__ is not None:
                todo.append((node.__cause__, cause))
            if node.__context__ is not None:
                todo.append((node.__context__, context))
            if node.exceptions:
                todo.extend(zip(node.exceptions, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """cls(type(exc), exc, exc.__traceback__, *args, **kwargs)"""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return _captured(self) == _captured(other)

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'Type: message' line (after a SyntaxError's location lines)
        and the notes."""
        if self._exc is not None:
            # The message taken when this was made, as CPython shows it:
            # str() is not called again (a __str__ that formats another
            # exception would otherwise run twice a level).
            yield from _format_only(self._exc, self._str)
            return
        kind = self.exc_type
        name = None
        if kind is not None:
            name = kind.__qualname__
            module = kind.__module__
            if module not in ("__main__", "builtins"):
                name = "%s.%s" % (module if isinstance(module, str) else "<unknown>", name)
        text = self._str
        yield f"{name}: {text}\n" if text else f"{name}\n"

    def format(self, *, chain=True):
        """The chunks of the whole report, chained exceptions first."""
        if self._exc is not None:
            yield from _format(self._exc, chain, self._tb, _clamp(self._limit),
                               _group_option(self.max_group_width),
                               _group_option(self.max_group_depth), self._str)
            return
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Write the chunks of format(chain=chain) to `file` (default sys.stderr)."""
        _write_all(self.format(chain=chain), file)
