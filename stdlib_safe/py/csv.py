"""CSV reading and writing, as CPython 3.11's csv module (with its C core,
_csv): reader, writer, DictReader, DictWriter, dialects and their registry,
Sniffer, field_size_limit and csv.Error.

Written for moat from the documented behaviour of CPython 3.11: the reader
is the same character state machine (so quoting, escapes, doublequote,
strict mode and line endings split fields identically), the writer quotes
and escapes by the same rules, and every error has CPython's type and
message. The _csv names (Error, reader, writer, Dialect) carry the
__module__ '_csv', as in CPython.
"""

import re
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args, **kwargs):
    """Sets the largest field the reader accepts; returns the old limit."""
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# ---- _csv.Dialect: a validated, read-only set of formatting parameters ----

_DIALECT_KEYS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                 'quotechar', 'quoting', 'skipinitialspace', 'strict')


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

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _DIALECT_KEYS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is _Dialect and not kwargs:
                return dialect
        values = {}
        for k in _DIALECT_KEYS:
            v = kwargs.get(k, _UNSET)
            if v is _UNSET and dialect is not None:
                v = getattr(dialect, k, _UNSET)
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
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
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


def register_dialect(name, dialect=None, **fmtparams):
    """Registers a dialect under `name`, from a dialect and/or parameters."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


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

_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, \
    _AFTER_ESCAPED_CRNL = range(9)

_EOL = None  # the end-of-line marker fed after each line's characters


class _Reader:
    __slots__ = ('dialect', 'line_num', '_input', '_fields', '_field',
                 '_state', '_numeric')

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                self._state = _START_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'
_set_type_name(_Reader, '_csv.reader')


def _dialect_argument(args, kwargs):
    # reader's and writer's (obj [, dialect]) check, as _csv's; the dialect
    # may also come by keyword.
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    return args[1] if len(args) > 1 else kwargs.pop('dialect', None)


def reader(*args, **kwargs):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    dialect = _dialect_argument(args, kwargs)
    r = object.__new__(_Reader)
    r._input = iter(args[0])
    r.dialect = _Dialect(dialect, **kwargs)
    r.line_num = 0
    r._fields = None
    return r


# ---- _csv.writer ----

def _is_number(value):
    # PyNumber_Check: what the type can turn into a number.
    t = type(value)
    return (isinstance(value, (int, float, complex)) or hasattr(t, '__index__')
            or hasattr(t, '__float__') or hasattr(t, '__int__'))


class _Writer:
    __slots__ = ('dialect', '_write')

    def _quote(self, field, quoted, only_field):
        d = self.dialect
        out = []
        specials = (d.delimiter, d.escapechar, d.quotechar)
        for c in field:
            if c in specials or c in d.lineterminator:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Writes one row (an iterable of fields) and returns what write returned."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if isinstance(field, str):
                text = field
            elif field is None:
                text = ''
            else:
                text = str(field)
            parts.append(self._quote(text, quoted, False))
        line = d.delimiter.join(parts)
        if parts and not line:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            line = d.quotechar * 2
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        """Writes each row of an iterable of rows."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'
_set_type_name(_Writer, '_csv.writer')
del _set_type_name


def writer(*args, **kwargs):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    dialect = _dialect_argument(args, kwargs)
    w = object.__new__(_Writer)
    try:
        w._write = args[0].write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    w.dialect = _Dialect(dialect, **kwargs)
    return w


_builtin_function(field_size_limit, register_dialect, unregister_dialect, get_dialect,
                  list_dialects, reader, writer, module='_csv')


# ---- csv.py: Dialect classes, DictReader, DictWriter, Sniffer ----

class Dialect:
    """Describes a CSV dialect; subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Reads rows as dicts keyed by the field names (the first row by default)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses the dialect of a CSV sample, and whether it has a header row."""

    def __init__(self):
        # the delimiters chosen first when several are equally consistent
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Returns a Dialect subclass describing `sample`."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
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
        if delim_counts:
            delim = max(delim_counts, key=delim_counts.get)
            skipinitialspace = delim_counts[delim] == spaced
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
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
        """Guesses whether the first row of `sample` is a header: scores
        each column whose values below it (up to 21 rows of the header's
        width) all have one type, complex-convertible or one length, by
        whether the header's field differs from it."""
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
