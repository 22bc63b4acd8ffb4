"""CSV reading and writing, as CPython 3.11's csv module (with its C core,
_csv): reader, writer, DictReader, DictWriter, dialects and their registry,
Sniffer, field_size_limit and csv.Error.

Written for moat from the documented and observed behaviour of CPython
3.11, not from its source. The reader scans each line in runs of ordinary
characters and decides at each special one by its current mode, so fields,
records and line_num come out as CPython's, escaped line breaks and
unclosed quotes included; the writer quotes and escapes from a table of the
dialect's special characters. Errors have CPython's types and messages, and
the _csv names (Error, reader, writer, Dialect) carry the __module__ '_csv'.
"""

import re
from io import StringIO

# In CPython's order, which `from csv import *` and __all__ readers see.
__all__ = [
    "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error",
    "Dialect", "__doc__", "excel", "excel_tab", "field_size_limit", "reader",
    "writer", "register_dialect", "get_dialect", "list_dialects", "Sniffer",
    "unregister_dialect", "__version__", "DictReader", "DictWriter", "unix_dialect",
]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args, **kwargs):
    """Returns the largest field the reader accepts, first setting a new
    limit when one is given (as new_limit)."""
    global _field_limit
    given = len(args) + len(kwargs)
    if given > 1:
        raise TypeError("field_size_limit() takes at most 1 %sargument (%d given)"
                        % ("" if args else "keyword ", given))
    for key in kwargs:
        if key != 'new_limit':
            raise TypeError("'%s' is an invalid keyword argument for field_size_limit()"
                            % key)
    previous = _field_limit
    if given:
        limit = args[0] if args else kwargs['new_limit']
        if type(limit) is not int:  # exactly: not even a bool
            raise TypeError("limit must be an integer")
        if not -2**63 <= limit < 2**63:  # _csv keeps it in a C long
            raise OverflowError("Python int too large to convert to C long")
        _field_limit = limit
    return previous


# ---- _csv.Dialect: a validated, read-only set of formatting parameters ----

_DIALECT_KEYS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                 'quotechar', 'quoting', 'skipinitialspace', 'strict')
_DIALECT_PARAMS = ('dialect',) + _DIALECT_KEYS  # positional order, as _csv's


def _char(name, value, default, none_ok):
    # A one-character parameter; _UNSET gives the default.
    if value is _UNSET:
        return default
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if none_ok else '', type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_UNSET = object()


class _Dialect:
    __slots__ = ('_' + k for k in _DIALECT_KEYS)

    def __new__(cls, *args, **kwargs):
        # Every parameter may come by position or by name; the checks and
        # their messages are those of _csv's argument parsing.
        given = len(args) + len(kwargs)
        if given > len(_DIALECT_PARAMS):
            raise TypeError("function takes at most %d %sarguments (%d given)"
                            % (len(_DIALECT_PARAMS), "" if args else "keyword ", given))
        for position, name in enumerate(_DIALECT_PARAMS[:len(args)], 1):
            if name in kwargs:
                raise TypeError("argument for function given by name ('%s') and position (%d)"
                                % (name, position))
        for k in kwargs:
            if k not in _DIALECT_PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        params = dict(zip(_DIALECT_PARAMS, args))
        params.update(kwargs)
        dialect = params.pop('dialect', None)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # A ready-made Dialect with nothing to override is shared.
            if isinstance(dialect, _Dialect) and not params:
                return dialect
        values = {}
        for k in _DIALECT_KEYS:
            v = params.get(k, _UNSET)
            if v is _UNSET and dialect is not None:
                # Any failure to read one means "not given", as in _csv.
                try:
                    v = getattr(dialect, k)
                except Exception:
                    v = _UNSET
            values[k] = v
        self = object.__new__(cls)
        quotechar_given = values['quotechar']
        quoting_given = values['quoting']
        set_ = object.__setattr__
        set_(self, '_delimiter', _char('delimiter', values['delimiter'], ',', False))
        set_(self, '_doublequote', True if values['doublequote'] is _UNSET
             else bool(values['doublequote']))
        set_(self, '_escapechar', _char('escapechar', values['escapechar'], None, True))
        lt = values['lineterminator']
        if lt is _UNSET:
            lt = '\r\n'
        elif lt is not None and not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, '_lineterminator', lt)
        set_(self, '_quotechar', _char('quotechar', quotechar_given, '"', True))
        quoting = quoting_given
        if quoting is _UNSET:
            quoting = QUOTE_MINIMAL
        elif type(quoting) is not int:  # exactly: bool and IntEnum are refused
            raise TypeError('"quoting" must be an integer')
        elif not -2**31 <= quoting < 2**31:  # _csv keeps it in a C int
            raise OverflowError("Python int too large to convert to C int")
        set_(self, '_skipinitialspace', False if values['skipinitialspace'] is _UNSET
             else bool(values['skipinitialspace']))
        set_(self, '_strict', False if values['strict'] is _UNSET else bool(values['strict']))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if quotechar_given is None and quoting_given is _UNSET:
            quoting = QUOTE_NONE
        set_(self, '_quoting', quoting)
        if quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lt is None:
            raise TypeError("lineterminator must be set")
        return self

    def __setattr__(self, name, value):
        if name in _DIALECT_KEYS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'
_set_type_name(_Dialect, '_csv.Dialect')


def register_dialect(*args, **fmtparams):
    """register_dialect(name[, dialect], **fmtparams): registers a dialect
    under `name`, from a dialect and/or format parameters."""
    _check_positionals(args)
    if not isinstance(args[0], str):
        raise TypeError("dialect name must be a string")
    _dialects[args[0]] = _Dialect(*args[1:], **fmtparams)


def unregister_dialect(name):
    """Removes a registered dialect (csv.Error if there is none)."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """The registered dialect called `name` (csv.Error if there is none)."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


# ---- _csv.reader ----
#
# Each input line is scanned left to right. Runs of characters that mean
# nothing in the current mode are taken in one regex match; the character
# that stops a run is handled by the mode's step method, and the end of the
# line by _end_line. A record is done when a line ends back in _ROW_START;
# otherwise (an open quote, an escaped line break) it goes on to the next
# line, as in CPython.

(_ROW_START,            # nothing of the record seen yet
 _CELL_START,           # at the start of a field
 _BARE,                 # inside an unquoted field
 _BARE_ESCAPE,          # after the escapechar, outside quotes
 _BARE_AFTER_BREAK,     # unquoted, after an escaped CR or LF: the line's end
                        # does not end the field
 _QUOTED,               # inside quotes
 _QUOTED_ESCAPE,        # after the escapechar, inside quotes
 _QUOTE_SEEN,           # a quotechar inside quotes: closing, or doubled?
 _LINE_END,             # after CR or LF ended the record: only more of
                        # them may follow on this line
 ) = range(9)

_BREAKS = '\r\n'
_EXHAUSTED = object()  # what next() gives for the end of the input lines


def _run_of_chars_but(*specials):
    # Matches one or more characters other than the given ones (None: none).
    chars = ''.join(re.escape(c) for c in specials if c is not None)
    if not chars:
        return re.compile('.+', re.DOTALL)  # (an empty class is no regex)
    return re.compile('[^%s]+' % chars)


def _refuse_write(self, value=None):
    raise AttributeError("readonly attribute")


class _Reader:
    __slots__ = ('_dialect', '_line_num', '_lines', '_row', '_pieces', '_size',
                 '_mode', '_to_float', '_delim', '_quote', '_escape',
                 '_plain_run', '_quoted_run')

    # Both read-only, as _csv's members are.
    dialect = property(lambda self: self._dialect, _refuse_write, _refuse_write)
    line_num = property(lambda self: self._line_num, _refuse_write, _refuse_write)

    def __iter__(self):
        return self

    def __next__(self):
        self._row = []
        self._pieces = []
        self._size = 0
        self._mode = _ROW_START
        self._to_float = False
        while True:
            # (A default, not an except clause, so that what is raised here
            # has no exception context, as in CPython.)
            line = next(self._lines, _EXHAUSTED)
            if line is _EXHAUSTED:
                # A last line without its end still makes a record; an
                # unclosed quote is one only outside strict mode.
                if not (self._size or self._mode == _QUOTED):
                    raise StopIteration
                if self.dialect.strict:
                    raise Error("unexpected end of data")
                self._end_field()
                break
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self._line_num += 1
            if type(line) is not str:
                line = str.__str__(line)  # its characters, not its overrides
            self._scan(line)
            if self._mode == _ROW_START:
                break
        row, self._row = self._row, None
        return row

    def _scan(self, line):
        steps = _STEPS
        pos = 0
        stop = len(line)
        while pos < stop:
            mode = self._mode
            if mode == _BARE or mode == _BARE_AFTER_BREAK:
                run = self._plain_run.match(line, pos)
            elif mode == _QUOTED:
                run = self._quoted_run.match(line, pos)
            else:
                run = None
            if run is not None:
                self._keep(run.group())
                pos = run.end()
                if pos == stop:
                    break
            steps[mode](self, line[pos])
            pos += 1
        self._end_line()

    def _keep(self, text):
        # CPython refuses each character that would take the field past the
        # limit; for a run that is the same as checking its end.
        size = self._size + len(text)
        if size > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._pieces.append(text)
        self._size = size

    def _end_field(self):
        text = ''.join(self._pieces)
        self._pieces = []
        self._size = 0
        if self._to_float:
            self._to_float = False
            text = float(text)
        self._row.append(text)

    def _end_line(self):
        mode = self._mode
        if mode == _CELL_START or mode == _BARE or mode == _QUOTE_SEEN:
            self._end_field()
            self._mode = _ROW_START
        elif mode == _BARE_ESCAPE or mode == _QUOTED_ESCAPE:
            # An escaped line end stands for '\n' (the line had none).
            self._keep('\n')
            self._mode = _BARE if mode == _BARE_ESCAPE else _QUOTED
        elif mode == _LINE_END:
            self._mode = _ROW_START
        # _ROW_START: a blank line is the empty record; _QUOTED and
        # _BARE_AFTER_BREAK carry the field over to the next line.

    # One method per mode, for the character that stopped a run (or any
    # character, in modes without runs). The order of the tests matters
    # when a dialect gives two roles one character.

    def _at_row_start(self, c):
        if c in _BREAKS:
            self._mode = _LINE_END
        else:
            self._mode = _CELL_START
            self._at_cell_start(c)

    def _at_cell_start(self, c):
        if c in _BREAKS:
            self._end_field()
            self._mode = _LINE_END
        elif c == self._quote:
            self._mode = _QUOTED
        elif c == self._escape:
            self._mode = _BARE_ESCAPE
        elif c == ' ' and self.dialect.skipinitialspace:
            pass
        elif c == self._delim:
            self._end_field()
        else:
            # Only a field that starts unquoted and unescaped is a number.
            self._to_float = self.dialect.quoting == QUOTE_NONNUMERIC
            self._keep(c)
            self._mode = _BARE

    def _in_bare(self, c):
        # Reached only on a line break, the escapechar or the delimiter.
        if c in _BREAKS:
            self._end_field()
            self._mode = _LINE_END
        elif c == self._escape:
            self._mode = _BARE_ESCAPE
        else:
            self._end_field()
            self._mode = _CELL_START

    def _after_bare_escape(self, c):
        self._keep(c)
        self._mode = _BARE_AFTER_BREAK if c in _BREAKS else _BARE

    def _in_quoted(self, c):
        # Reached only on the escapechar or the quotechar.
        if c == self._escape:
            self._mode = _QUOTED_ESCAPE
        else:
            self._mode = _QUOTE_SEEN if self.dialect.doublequote else _BARE

    def _after_quoted_escape(self, c):
        self._keep(c)
        self._mode = _QUOTED

    def _after_quote(self, c):
        if c == self._quote:
            self._keep(c)
            self._mode = _QUOTED
        elif c == self._delim:
            self._end_field()
            self._mode = _CELL_START
        elif c in _BREAKS:
            self._end_field()
            self._mode = _LINE_END
        elif self.dialect.strict:
            raise Error("'%c' expected after '%c'" % (self._delim, self._quote))
        else:
            self._keep(c)
            self._mode = _BARE

    def _at_line_end(self, c):
        if c not in _BREAKS:
            raise Error("new-line character seen in unquoted field - "
                        "do you need to open the file in universal-newline mode?")


# Indexed by mode. _BARE_AFTER_BREAK steps as _BARE does: only the end of
# the line differs.
_STEPS = (_Reader._at_row_start, _Reader._at_cell_start, _Reader._in_bare,
          _Reader._after_bare_escape, _Reader._in_bare, _Reader._in_quoted,
          _Reader._after_quoted_escape, _Reader._after_quote, _Reader._at_line_end)

_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'
_set_type_name(_Reader, '_csv.reader')


def _check_positionals(args):
    # reader's and writer's (obj [, dialect]); the keywords all go to
    # Dialect, a dialect keyword too. (_csv gives these no function name.)
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))


def reader(*args, **kwargs):
    """Returns an iterator over the records of `iterable`'s lines, each a
    list of fields; the dialect and keyword arguments give the format."""
    _check_positionals(args)
    r = object.__new__(_Reader)
    r._lines = iter(args[0])  # before the dialect, as CPython checks them
    r._dialect = d = _Dialect(*args[1:], **kwargs)
    r._line_num = 0
    r._row = None
    r._delim = d.delimiter
    # Every test for the quotechar also asks for quoting, so QUOTE_NONE
    # simply leaves no quotechar.
    r._quote = None if d.quoting == QUOTE_NONE else d.quotechar
    r._escape = d.escapechar
    r._plain_run = _run_of_chars_but('\r', '\n', d.escapechar, d.delimiter)
    r._quoted_run = _run_of_chars_but(d.escapechar, r._quote)
    return r


# ---- _csv.writer ----

def _is_number(value):
    # What QUOTE_NONNUMERIC leaves unquoted: anything whose type converts
    # to a number (CPython's PyNumber_Check), complex included.
    kind = type(value)
    if isinstance(value, (int, float, complex)):
        return True
    return any(hasattr(kind, hook) for hook in ('__index__', '__float__', '__int__'))


# In a writer's table: the character must be escaped, and there is no
# escapechar to do it with.
_UNESCAPABLE = object()


def _special_chars(d):
    # Maps each character a field cannot hold as it is to (what is written
    # for it, whether the field must then be quoted). The quotechar's rule
    # is set last so that it wins when it is also another special.
    esc = d.escapechar
    table = {}

    def escape(c):
        return (_UNESCAPABLE if esc is None else esc + c, False)

    if d.quoting == QUOTE_NONE:
        # No quoting at all: every special is escaped.
        for c in (d.delimiter, d.escapechar, d.quotechar) + tuple(d.lineterminator):
            if c is not None:
                table[c] = escape(c)
        return table
    for c in (d.delimiter,) + tuple(d.lineterminator):
        table[c] = (c, True)
    if esc is not None:
        table[esc] = escape(esc)
    q = d.quotechar
    if q is not None:
        table[q] = (q + q, True) if d.doublequote else escape(q)
    return table


class _Writer:
    __slots__ = ('_dialect', '_write', '_specials')

    dialect = property(lambda self: self._dialect, _refuse_write, _refuse_write)

    def _field(self, text, quote):
        # One field as it is written, from its text and whether the
        # quoting mode already quotes it.
        specials = self._specials
        if any(c in specials for c in text):
            pieces = []
            for c in text:
                rule = specials.get(c)
                if rule is None:
                    pieces.append(c)
                    continue
                written, forces_quotes = rule
                if written is _UNESCAPABLE:
                    raise Error("need to escape, but no escapechar set")
                pieces.append(written)
                quote = quote or forces_quotes
            text = ''.join(pieces)
        if quote:
            q = self.dialect.quotechar
            return q + text + q
        return text

    def writerow(self, row):
        """Writes `row`, an iterable of fields, as one formatted line; gives
        back what the file's write() returned."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        quoting = d.quoting
        written = []
        for value in fields:
            if quoting == QUOTE_NONNUMERIC:
                quote = not _is_number(value)
            else:
                quote = quoting == QUOTE_ALL
            # None is written as an empty field; str subclasses as they are.
            if value is None:
                value = ''
            elif not isinstance(value, str):
                value = str(value)
            if type(value) is not str:
                value = str.__str__(value)  # its characters, not its overrides
            written.append(self._field(value, quote))
        line = d.delimiter.join(written)
        if line == '' and written:
            # A lone empty field would read back as a blank line: quote it.
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            line = d.quotechar + d.quotechar
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        """Writes each row of the iterable `rows`."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'
_set_type_name(_Writer, '_csv.writer')
del _set_type_name


def writer(*args, **kwargs):
    """Returns an object whose writerow() and writerows() write records,
    formatted by the dialect and keyword arguments, to the file's write()."""
    _check_positionals(args)
    w = object.__new__(_Writer)
    try:
        w._write = args[0].write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    w._dialect = _Dialect(*args[1:], **kwargs)
    w._specials = _special_chars(w._dialect)
    return w


_builtin_function(field_size_limit, register_dialect, unregister_dialect, get_dialect,
                  list_dialects, reader, writer, module='_csv')


# ---- csv.py: Dialect classes, DictReader, DictWriter, Sniffer ----

class Dialect:
    """Base of the dialect classes: a subclass sets the format attributes
    (delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting), and _csv.Dialect checks them."""
    _name = ""
    _valid = False
    # Unset until a subclass gives them; one line keeps the class's order.
    delimiter = quotechar = escapechar = doublequote = skipinitialspace = \
        lineterminator = quoting = None

    def __init__(self):
        # Only a subclass counts as a real dialect; the base is checked
        # too, and always fails, for having no delimiter.
        subclassed = self.__class__ != Dialect
        if subclassed:
            self._valid = True
        self._validate()

    def _validate(self):
        # _csv reports bad parameters as TypeError; csv.Dialect as Error,
        # raised inside the handler so the TypeError stays its context.
        try:
            _Dialect(self)
        except TypeError as problem:
            raise Error(str(problem))


class excel(Dialect):
    """Comma-separated, as Excel writes it."""
    delimiter, quotechar, doublequote = ',', '"', True
    skipinitialspace, lineterminator, quoting = False, '\r\n', QUOTE_MINIMAL


class excel_tab(excel):
    """Tab-separated, as Excel writes it."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Every field quoted and lines ended by '\\n', as Unix tools write it."""
    delimiter, quotechar, doublequote = ',', '"', True
    skipinitialspace, lineterminator, quoting = False, '\n', QUOTE_ALL


for _name, _cls in (("excel", excel), ("excel-tab", excel_tab), ("unix", unix_dialect)):
    register_dialect(_name, _cls)
del _name, _cls


# Rows as dicts keyed by `fieldnames`, which is read from the first row
# when not given; extra values go under `restkey`, missing ones are
# `restval`. (No docstrings here: CPython's class has none.)
class DictReader:

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames, self.restkey, self.restval = fieldnames, restkey, restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect, self.line_num = dialect, 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        # Read lazily, so a DictReader over an empty file has None here.
        names = self._fieldnames
        if names is None:
            names = self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return names

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # consumes the header row when there is one
        rows = self.reader
        row = next(rows)
        self.line_num = rows.line_num
        # Blank lines would give dicts of nothing but restval: skip them.
        # (line_num catches up when the property is read below.)
        while row == []:
            row = next(rows)
        keys = self.fieldnames
        record = dict(zip(keys, row))
        expected, got = len(keys), len(row)
        if got > expected:
            record[self.restkey] = row[expected:]
        elif got < expected:
            record.update(dict.fromkeys(keys[got:], self.restval))
        return record


# Writes dicts as rows with the values of `fieldnames` in order; missing
# keys are written as `restval`, and keys outside `fieldnames` raise
# ValueError or, with extrasaction='ignore', are dropped.
class DictWriter:

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames, self.restval = fieldnames, restval
        mode = extrasaction.lower()
        if mode != "raise" and mode != "ignore":
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        # The header is the row mapping each name to itself.
        names = self.fieldnames
        return self.writerow(dict(zip(names, names)))

    def _dict_to_list(self, rowdict):
        # Only the exact string "raise" checks: extrasaction="RAISE" passes
        # __init__ yet behaves as "ignore".
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                listed = ", ".join(map(repr, unknown))
                raise ValueError("dict contains fields not in fieldnames: " + listed)
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        # Lazily, so each dict is checked just before its row is written.
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a CSV sample, and whether it has a header row."""

    def __init__(self):
        # Tie-breakers, best first, when several delimiters fit equally.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Returns a Dialect subclass describing `sample`; `delimiters`, if
        given, limits the characters considered as the delimiter."""
        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        # Quoted fields reveal the delimiter best; failing that, the
        # character whose count per line is steadiest.
        guess = self._guess_quote_and_delimiter(sample, delimiters)
        quotechar, doublequote, delimiter, skipinitialspace = guess
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
            if not delimiter:
                raise Error("Could not determine delimiter")

        # Set after the class is made, in this order, as the class's
        # attributes list them; no quote seen still means '"'.
        dialect.doublequote, dialect.delimiter, dialect.quotechar, \
            dialect.skipinitialspace = doublequote, delimiter, quotechar or '"', \
            skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        # A quoted field sits between delimiters or line ends. The first of
        # these shapes (delimiter on both sides, then line start, then line
        # end, then alone on its line) that matches anywhere decides; the
        # quote, delimiter and space after it are counted over its matches.
        found = []
        for shape in _QUOTED_FIELD_SHAPES:
            compiled = re.compile(shape, re.DOTALL | re.MULTILINE)
            found = list(compiled.finditer(data))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        names = compiled.groupindex
        quote_counts = {}
        delim_counts = {}
        spaced = 0
        for m in found:
            q = m.group('quote')
            if q:
                quote_counts[q] = quote_counts.get(q, 0) + 1
            if 'delim' not in names:
                continue
            dl = m.group('delim')
            if dl and (delimiters is None or dl in delimiters):
                delim_counts[dl] = delim_counts.get(dl, 0) + 1
            if 'space' in names and m.group('space'):
                spaced += 1
        quotechar = max(quote_counts, key=quote_counts.get)
        delim, skipinitialspace = '', 0
        if delim_counts:
            delim = max(delim_counts, key=delim_counts.get)
            skipinitialspace = delim_counts[delim] == spaced
            if delim == '\n':  # a line end is no delimiter
                delim = ''
        # Doubled quotes inside a quoted field mean doublequote.
        esc = re.escape(delim)
        doubled = re.compile(
            "((" + esc + ")|^)\\W*" + quotechar + "[^" + esc + "\\n]*" + quotechar
            + "[^" + esc + "\\n]*" + quotechar + "\\W*((" + esc + ")|$)", re.MULTILINE)
        return (quotechar, bool(doubled.search(data)), delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        # Over growing chunks of ten non-empty lines: for each ASCII
        # character, the per-line count it has most often (its mode) and how
        # many lines agree with that mode beyond those that do not. A
        # character with a nonzero mode on at least `consistency` of the
        # lines read (from 1.0 down to 0.9) is a candidate; one candidate is
        # the answer, several are settled by `preferred`, then by the
        # largest (mode, agreement).
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        histograms = {}  # char -> {count on a line: lines with that count}
        modes = {}
        candidates = {}
        read = 0
        rounds = 0
        while read < len(lines):
            rounds += 1
            for line in lines[read:read + chunk]:
                for code in range(127):
                    ch = chr(code)
                    hist = histograms.setdefault(ch, {})
                    n = line.count(ch)
                    hist[n] = hist.get(n, 0) + 1
            read += chunk
            for ch, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1:
                    if pairs[0][0] != 0:
                        modes[ch] = pairs[0]
                    continue
                best = max(pairs, key=lambda pair: pair[1])
                pairs.remove(best)
                modes[ch] = (best[0], best[1] - sum(pair[1] for pair in pairs))
            seen = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not candidates and consistency >= 0.9:
                for ch, (mode, agreement) in modes.items():
                    if (mode > 0 and agreement > 0 and agreement / seen >= consistency
                            and (delimiters is None or ch in delimiters)):
                        candidates[ch] = (mode, agreement)
                consistency -= 0.01
            if len(candidates) == 1:
                only = next(iter(candidates))
                return (only, self._spaced_after(lines[0], only))
        if not candidates:
            return ('', 0)
        if len(candidates) > 1:
            for ch in self.preferred:
                if ch in candidates:
                    return (ch, self._spaced_after(lines[0], ch))
        ranked = sorted((stats, ch) for ch, stats in candidates.items())
        chosen = ranked[-1][1]
        return (chosen, self._spaced_after(lines[0], chosen))

    @staticmethod
    def _spaced_after(line, delim):
        # Whether every delimiter of the line is followed by a space.
        return line.count(delim) == line.count(delim + ' ')

    def has_header(self, sample):
        # Guesses whether the first row of `sample` is a header: scores each
        # column whose values below it (up to 21 rows of the header's width)
        # all have one type, complex-convertible or one length, by whether
        # the header's field differs from it. (A comment, not a docstring:
        # CPython's method has none.)
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))  # column -> complex or a length
        looked = 0
        for row in rows:
            if looked > 20:
                break
            looked += 1
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        score = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                differs = len(header[col]) != kind
            else:
                try:
                    kind(header[col])
                    differs = False
                except (ValueError, TypeError):
                    differs = True
            score += 1 if differs else -1
        return score > 0


_QUOTED_FIELD_SHAPES = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)
