"""Extract, format and print stack traces as python3.11's traceback module does.

Written for moat. Tracebacks here are moat's frameless traceback objects
(tb_next, tb_lineno, tb_lasti; no tb_frame: docs/SECURITY.md), and the
current stack comes from the native _stack_rows as plain rows, so nothing
in this module ever holds a frame. The functions that yield or clear
frames (walk_tb, walk_stack, clear_frames, print_last) are withheld by the
module's native init, and a frame argument (`f=`) is refused.

All text comes from moat's one traceback formatter, the uncaught-exception
printer (stdlib_safe/traceback_module.h): _format and _format_only give an
exception's chunks as TracebackException.format() yields them, and
_format_rows the chunks of a StackSummary. This module only turns rows into
FrameSummary objects and back, and applies `limit`. As in CPython's, frames
of moat's own modules (which CPython mostly has in C) are not shown.
"""

import sys as _sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_stack', 'print_tb', 'FrameSummary', 'StackSummary',
           'TracebackException']

_FRAMES_REFUSED = ("frame objects are not available in the sandbox: "
                   "pass f=None for the current stack")


def print_list(extracted_list, file=None):
    """Prints format_list(extracted_list) to `file` (sys.stderr by default)."""
    if file is None:
        file = _sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """One string per FrameSummary or (filename, lineno, name, line) tuple."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Prints the entries of traceback `tb` to `file`."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


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
    """A StackSummary of the current stack, oldest first (f must be None)."""
    if f is not None:
        raise TypeError(_FRAMES_REFUSED)
    rows = _stack_rows()
    rows.reverse()  # newest first, as walk_stack goes, for `limit`
    rows = _limited(rows, limit)
    rows.reverse()
    return _summary([(fn, ln, name, line, None, None, None)
                     for fn, ln, name, line, _, _, _ in rows])


def format_stack(f=None, limit=None):
    """A shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is not None:
        raise TypeError(_FRAMES_REFUSED)
    return format_list(extract_stack(limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Prints the current stack to `file` (sys.stderr by default)."""
    if f is not None:
        raise TypeError(_FRAMES_REFUSED)
    print_list(extract_stack(limit=limit), file=file)


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Prints format_exception()'s lines to `file` (sys.stderr by default)."""
    if file is None:
        file = _sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines python3.11 prints for an exception, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    return list(TracebackException(type(value), value, tb, limit=limit,
                                   compact=True).format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of the printout: 'Type: message' and the notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = "%s\n" % etype
    else:
        line = "%s: %s\n" % (etype, valuestr)
    return line


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*_sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*_sys.exc_info(), limit=limit, chain=chain))


class FrameSummary:
    """Information about a single frame from a traceback.

    - filename, lineno, name: where the frame was.
    - line: the source line, stripped ('' when the source is unknown: moat
      reads no files, so a line not given comes only from moat itself).
    - locals: None, or a dict of the repr()s of the locals given.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The line as in the source, without modifying whitespace.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            # linecache's answer for a file it cannot read.
            self._line = ""
        return self._line.strip()


def _row(frame_summary):
    # The plain row _format_rows takes for one FrameSummary.
    line = frame_summary.line
    line = frame_summary._original_line if line else None
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
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        raise TypeError("StackSummary.extract() takes frames, which are not "
                        "available in the sandbox: use extract_tb() or "
                        "extract_stack()")

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno,
        name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines for one FrameSummary, as one string."""
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


class TracebackException:
    """An exception ready for rendering.

    As CPython's: stack (a StackSummary), exc_type, __cause__ and
    __context__ (TracebackExceptions), __suppress_context__, __notes__,
    exceptions (for groups) and a SyntaxError's location attributes.
    capture_locals is refused: frames' locals are out of reach.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if capture_locals:
            raise ValueError("capture_locals is not available in the sandbox: "
                             "frames' locals are not reachable")
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        # What format() prints from (moat's printer reads the exception).
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if exc_value is not None and not isinstance(exc_value, BaseException):
            # CPython fails reading the attribute, which moat refuses on
            # built-in objects instead: the same error, CPython's words.
            raise AttributeError("'%s' object has no attribute '__suppress_context__'"
                                 % type(exc_value).__name__)
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False
        if not is_recursive_call:
            self._wrap_chained(exc_value, compact, _seen,
                               dict(limit=limit, max_group_width=max_group_width,
                                    max_group_depth=max_group_depth))

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
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'Type: message' line (a SyntaxError's location first) and
        the notes."""
        if self._exc is None:
            yield _format_final_exc_line(
                None if self.exc_type is None else self.exc_type.__qualname__, self._str)
            return
        yield from _format_only(self._exc)

    def format(self, *, chain=True):
        """The chunks of the whole printout, chained exceptions first."""
        if self._exc is None:
            if self.stack:
                yield 'Traceback (most recent call last):\n'
                yield from self.stack.format()
            yield from self.format_exception_only()
            return
        yield from _format(self._exc, chain, self._tb, _clamp(self._limit),
                           _group_option(self.max_group_width),
                           _group_option(self.max_group_depth))

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = _sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
