"""pprint for moat: the behaviour of CPython 3.11's module (pprint, pformat,
pp, saferepr, isreadable, isrecursive, PrettyPrinter), written for moat.

How it works. Every object is first rendered on one line by `_flat` (the
text, whether eval() could read it back, whether it contains itself). If
that line does not fit in the room left on the current line, and the
object's type keeps a built-in repr that moat knows how to break, the
layout function registered for that repr in `PrettyPrinter._dispatch`
writes it over several lines, rendering each part the same way. Anything
else is written on one line even when it is too long.

Known facts this file keeps from CPython: the line-breaking choices for
each type (where the breaks go, how much room the closing brackets
reserve), the sort order of dict keys and set members (values that cannot
be compared are ordered by their type's str() and then by id()), the
texts '...' and '<Recursion on T with id=N>', and the error messages of
PrettyPrinter(). pprint() without a stream writes to whatever
`sys.stdout` is when the printer is made. `PrettyPrinter._dispatch` and
`_safe_key` keep CPython's names because code that extends pprint (and
moat's escape tests) reaches them; so do `_format` and `_repr`, which a
layout function registered there calls for the parts it writes.

The one-line renderer recurses through `format` (two frames per level of
nesting), as CPython's does, so a nesting deeper than the recursion limit
fails at the same place with the same message.
"""

import collections as _collections
import dataclasses as _dataclasses
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


# ---------------------------------------------------------------------------
# Module-level entry points.

def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Print the pretty-printed form of object, on the standard output
    or with stream.write()."""
    PrettyPrinter(indent, width, depth, stream, compact=compact,
                  sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty-printed form of object as a string."""
    return PrettyPrinter(indent, width, depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dicts keep their insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() of object, with recursive containers shown as <Recursion on ...>."""
    return PrettyPrinter()._flat(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) is a form eval() could read back."""
    return PrettyPrinter()._flat(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._flat(object, {}, None, 0)[2]


# ---------------------------------------------------------------------------
# Ordering of dict keys and set members.

class _safe_key:
    """Wraps a value for sorting: its own `<` when the two values support
    it, otherwise (type's str(), id()) pairs, so that mixed types still
    sort deterministically within one run."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def _fallback(self):
        return str(type(self.value)), id(self.value)

    def __lt__(self, other):
        try:
            outcome = self.value < other.value
        except TypeError:
            outcome = self._fallback() < other._fallback()
        return outcome


def _by_key(pair):
    # Sort key of a (key, value) dict item. Both halves are wrapped, but
    # two wrappers are never equal, so the tuple comparison is decided by
    # the keys alone and the values are never compared.
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion_text(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


# Types whose repr() is already the one-line form: no nesting to limit, and
# always readable.
_PLAIN_TYPES = frozenset((type(None), bool, float, complex,
                          str, bytes, bytearray))


def _dataclass_repr_is_generated(cls):
    # Whether cls's __repr__ is the one the dataclass decorator wrote, and
    # not one the class defines itself. CPython's decorator builds it in
    # __create_fn__ and records repr=False in __dataclass_params__; moat's
    # dataclasses builds it in _process_class and keeps no params.
    params = getattr(cls, '__dataclass_params__', None)
    if not getattr(params, 'repr', True):
        return False
    wrapped = getattr(getattr(cls, '__repr__', None), '__wrapped__', None)
    where = getattr(wrapped, '__qualname__', '')
    if '__create_fn__' in where:
        return True
    return (getattr(wrapped, '__module__', None) == 'dataclasses' and
            where == '_process_class.<locals>.__repr__')


# ---------------------------------------------------------------------------
# Splitting long strings and bytes into literals that fit.

def _word_runs(line):
    # Yields the pieces of `line` cut just after each run of whitespace: a
    # run of non-space characters with the whitespace that follows it.
    start = 0
    end = len(line)
    in_space = False
    for pos in range(end):
        blank = line[pos].isspace()
        if in_space and not blank:
            yield line[start:pos]
            start = pos
        in_space = blank
    if start < end:
        yield line[start:]


def _pack(pieces, limit, final_cut):
    # Greedily joins consecutive pieces while the repr of the joined text
    # fits in `limit` columns (`limit - final_cut` when the last piece is
    # added); returns the reprs of the groups. The first piece of a group
    # is taken even when it does not fit on its own.
    groups = []
    held = pieces[0]
    last = len(pieces) - 1
    for index in range(1, last + 1):
        grown = held + pieces[index]
        room = limit - final_cut if index == last else limit
        if len(repr(grown)) <= room:
            held = grown
        else:
            groups.append(repr(held))
            held = pieces[index]
    groups.append(repr(held))
    return groups


def _string_literals(text, room, closing):
    # The repr pieces of a non-empty str, one list entry per output line:
    # each line of the text whole if it fits, else cut between words.
    # `closing` columns are kept free after the very last piece.
    lines = text.splitlines(True)
    out = []
    last_line = len(lines) - 1
    for number, line in enumerate(lines):
        cut = closing if number == last_line else 0
        whole = repr(line)
        if len(whole) <= room - cut:
            out.append(whole)
        else:
            out.extend(_pack(list(_word_runs(line)), room, cut))
    return out


def _bytes_literals(data, room, closing):
    # The repr pieces of bytes, made of whole 4-byte groups. As in
    # CPython, the closing columns are only kept free when the last group
    # is short (the length is not a multiple of 4).
    groups = [data[i:i + 4] for i in range(0, len(data), 4)]
    return _pack(groups, room, closing if len(data) % 4 else 0)


# ---------------------------------------------------------------------------
# The printer.

class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """A printer with its options: indent (spaces added per nesting
        level), width (the column count lines should fit in), depth (how
        many levels to show before '...'), stream (where pprint() writes:
        an object with a write() method; by default the standard output),
        compact (fit several items on a line), sort_dicts (print dicts
        sorted by key) and underscore_numbers (group digits of ints with
        '_').
        """
        step = int(indent)
        columns = int(width)
        problem = None
        if step < 0:
            problem = 'indent must be >= 0'
        elif depth is not None and depth <= 0:
            problem = 'depth must be > 0'
        elif not columns:
            problem = 'width must be != 0'
        if problem:
            raise ValueError(problem)
        if stream is None:
            # Imported here: the module binds no `sys`.
            import sys
            stream = sys.stdout
        self._stream = stream
        self._width = columns
        self._depth = depth
        self._indent_per_level = step
        self._underscore_numbers = underscore_numbers
        self._sort_dicts = sort_dicts
        self._compact = bool(compact)

    # -- public methods -----------------------------------------------------

    def pprint(self, object):
        out = self._stream
        if out is None:
            return
        self._format(object, out, 0, 0, {}, 0)
        out.write("\n")

    def pformat(self, object):
        parts = []
        sink = _types.SimpleNamespace(write=parts.append)
        self._format(object, sink, 0, 0, {}, 0)
        return ''.join(parts)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (text, readable, recursive) for object: its one-line
        form cut at maxlevels, and the two flags. `context` holds the ids
        of the containers being formatted; subclasses may override this
        to change how objects are shown."""
        return self._flat(object, context, maxlevels, level)

    # -- one-line rendering -------------------------------------------------

    def _flat(self, obj, active, maxlevels, level):
        # (text, readable, recursive). Dicts, lists and tuples whose type
        # keeps the built-in repr are assembled here so that depth cuts and
        # recursion show inside them; every other object is its repr().
        kind = type(obj)
        if kind in _PLAIN_TYPES:
            return repr(obj), True, False
        # `is`, not `==`: a comparison would add a native level.
        shown_by = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and shown_by is int.__repr__:
            if self._underscore_numbers:
                return f"{obj:_d}", True, False
            return repr(obj), True, False
        if issubclass(kind, dict) and shown_by is dict.__repr__:
            shape = "{%s}"
        elif issubclass(kind, list) and shown_by is list.__repr__:
            shape = "[%s]"
        elif issubclass(kind, tuple) and shown_by is tuple.__repr__:
            shape = "(%s,)" if len(obj) == 1 else "(%s)"
        else:
            text = repr(obj)
            return text, (text and not text.startswith('<')), False
        if not obj:
            return shape.replace('%s', ''), True, False
        ident = id(obj)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, ident in active
        if ident in active:
            return _recursion_text(obj), False, True
        active[ident] = 1
        level += 1
        pieces = []
        readable = True
        recursive = False
        if shape == "{%s}":
            items = obj.items()
            if self._sort_dicts:
                items = sorted(items, key=_by_key)
            for key, value in items:
                ktext, kok, kloop = self.format(key, active, maxlevels, level)
                vtext, vok, vloop = self.format(value, active, maxlevels, level)
                pieces.append(ktext + ": " + vtext)
                readable = readable and kok and vok
                if kloop or vloop:
                    recursive = True
        else:
            for entry in obj:
                text, ok, loop = self.format(entry, active, maxlevels, level)
                pieces.append(text)
                # Unlike a dict's `and` chain (which can pass on a falsy
                # non-bool flag), a sequence's flag is always a bool.
                if not ok:
                    readable = False
                if loop:
                    recursive = True
        del active[ident]
        return shape % ", ".join(pieces), readable, recursive

    def _repr(self, obj, active, level):
        # The one-line form of a part, noting on the printer whether the
        # whole output stays readable and free of recursion.
        text, readable, recursive = self.format(obj, active.copy(),
                                                self._depth, level)
        if recursive:
            self._recursive = True
        if not readable:
            self._readable = False
        return text

    # -- multi-line layout --------------------------------------------------

    def _format(self, obj, out, indent, allowance, active, level):
        # Writes obj starting at column `indent`, keeping `allowance`
        # columns free after it for what the caller writes next.
        ident = id(obj)
        if ident in active:
            out.write(_recursion_text(obj))
            self._readable = False
            self._recursive = True
            return
        text = self._repr(obj, active, level)
        if len(text) <= self._width - indent - allowance:
            out.write(text)
            return
        layout = self._dispatch.get(type(obj).__repr__)
        if layout is None and _dataclasses.is_dataclass(obj) and \
                not isinstance(obj, type) and \
                _dataclass_repr_is_generated(type(obj)):
            layout = PrettyPrinter._lay_dataclass
        if layout is None:
            out.write(text)
            return
        active[ident] = 1
        layout(self, obj, out, indent, allowance, active, level + 1)
        del active[ident]

    def _entries(self, entries, out, indent, allowance, active, level):
        # The members of a list, tuple, set or deque, one per line, or
        # with `compact` as many per line as fit. The caller has written
        # the opening bracket; `allowance` is what follows the last one.
        step = self._indent_per_level
        if step > 1:
            out.write(' ' * (step - 1))
        column = indent + step
        entries = list(entries)
        line_room = self._width - column + 1
        left = line_room
        newline = ',\n' + ' ' * column
        sep = ''
        final = len(entries) - 1
        for number, entry in enumerate(entries):
            tail = 1
            if number == final:
                tail = allowance
                line_room -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(entry, active, level)
                need = len(text) + 2
                if need > left:
                    left = line_room
                    sep = newline if sep else sep
                if need <= left:
                    out.write(sep + text)
                    left -= need
                    sep = ', '
                    continue
            out.write(sep)
            sep = newline
            self._format(entry, out, column, tail, active, level)

    def _pairs(self, pairs, out, indent, allowance, active, level):
        # `key: value` lines of a mapping; keys always stay on one line.
        column = indent + self._indent_per_level
        final = len(pairs) - 1
        for number, (key, value) in enumerate(pairs):
            ktext = self._repr(key, active, level)
            out.write(ktext + ': ')
            tail = allowance if number == final else 1
            self._format(value, out, column + len(ktext) + 2, tail,
                       active, level)
            if number != final:
                out.write(',\n' + ' ' * column)

    def _keywords(self, name, pairs, out, indent, allowance, active, level):
        # name(field=value, ...) for namespaces and dataclasses; a value
        # already being printed further out shows as '...'.
        out.write(name + '(')
        column = indent + len(name) + 1
        final = len(pairs) - 1
        for number, (field, value) in enumerate(pairs):
            out.write(field + '=')
            if id(value) in active:
                out.write('...')
            else:
                tail = allowance if number == final else 1
                self._format(value, out, column + len(field) + 1, tail,
                           active, level)
            if number != final:
                out.write(',\n' + ' ' * column)
        out.write(')')

    def _brackets(self, obj, out, indent, allowance, active, level,
                  opening, shift, closing):
        out.write(opening)
        self._entries(obj, out, indent + shift, allowance + len(closing),
                      active, level)
        out.write(closing)

    def _dict_body(self, obj, out, indent, allowance, active, level):
        # '{' ... '}' of a dict (also the body of a defaultdict).
        out.write('{')
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))
        if len(obj):
            items = obj.items()
            if self._sort_dicts:
                items = sorted(items, key=_by_key)
            self._pairs(items, out, indent, allowance + 1, active, level)
        out.write('}')

    def _wrapped(self, name, inner, out, indent, allowance, active, level):
        # name(<inner laid out>), the inner value starting after '('.
        out.write(name + '(')
        self._format(inner, out, indent + len(name) + 1, allowance + 1,
                   active, level)
        out.write(')')

    # One method per type in _dispatch; each is called with level already
    # one deeper than the object's own.

    def _lay_dict(self, obj, out, indent, allowance, active, level):
        self._dict_body(obj, out, indent, allowance, active, level)

    def _lay_list(self, obj, out, indent, allowance, active, level):
        self._brackets(obj, out, indent, allowance, active, level,
                       '[', 0, ']')

    def _lay_tuple(self, obj, out, indent, allowance, active, level):
        closing = ',)' if len(obj) == 1 else ')'
        self._brackets(obj, out, indent, allowance, active, level,
                       '(', 0, closing)

    def _lay_set(self, obj, out, indent, allowance, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        members = sorted(obj, key=_safe_key)
        name = type(obj).__name__
        if type(obj) is set:
            self._brackets(members, out, indent, allowance, active, level,
                           '{', 0, '}')
        else:
            self._brackets(members, out, indent, allowance, active, level,
                           name + '({', len(name) + 1, '})')

    def _lay_str(self, obj, out, indent, allowance, active, level):
        if not obj:
            out.write(repr(obj))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        pieces = _string_literals(obj, self._width - indent, allowance)
        if len(pieces) == 1:
            out.write(pieces[0])
            return
        body = ('\n' + ' ' * indent).join(pieces)
        out.write('(' + body + ')' if outermost else body)

    def _lay_bytes(self, obj, out, indent, allowance, active, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        pieces = _bytes_literals(obj, self._width - indent, allowance)
        body = ('\n' + ' ' * indent).join(pieces)
        out.write('(' + body + ')' if outermost else body)

    def _lay_bytearray(self, obj, out, indent, allowance, active, level):
        out.write('bytearray(')
        self._lay_bytes(bytes(obj), out, indent + 10, allowance + 1,
                        active, level + 1)
        out.write(')')

    def _lay_mappingproxy(self, obj, out, indent, allowance, active, level):
        self._wrapped('mappingproxy', obj.copy(), out, indent, allowance,
                      active, level)

    def _lay_namespace(self, obj, out, indent, allowance, active, level):
        if type(obj) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(obj).__name__
        self._keywords(name, list(obj.__dict__.items()), out, indent,
                       allowance, active, level)

    def _lay_dataclass(self, obj, out, indent, allowance, active, level):
        shown = [(f.name, getattr(obj, f.name))
                 for f in _dataclasses.fields(obj) if f.repr]
        self._keywords(type(obj).__name__, shown, out, indent, allowance,
                       active, level)

    def _lay_ordered_dict(self, obj, out, indent, allowance, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        self._wrapped(type(obj).__name__, list(obj.items()), out, indent,
                      allowance, active, level)

    def _lay_default_dict(self, obj, out, indent, allowance, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        factory = self._repr(obj.default_factory, active, level)
        name = type(obj).__name__
        column = indent + len(name) + 1
        out.write(name + '(' + factory + ',\n' + ' ' * column)
        self._dict_body(obj, out, column, allowance + 1, active, level)
        out.write(')')

    def _lay_counter(self, obj, out, indent, allowance, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + '({')
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))
        self._pairs(obj.most_common(), out, indent + len(name) + 1,
                    allowance + 2, active, level)
        out.write('})')

    def _lay_chain_map(self, obj, out, indent, allowance, active, level):
        maps = obj.maps
        if not len(maps):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        column = indent + len(name) + 1
        out.write(name + '(')
        final = len(maps) - 1
        for number, mapping in enumerate(maps):
            if number < final:
                self._format(mapping, out, column, 1, active, level)
                out.write(',\n' + ' ' * column)
            else:
                self._format(mapping, out, column, allowance + 1, active, level)
        out.write(')')

    def _lay_deque(self, obj, out, indent, allowance, active, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = type(obj).__name__
        shift = len(name) + 1
        if obj.maxlen is None:
            self._brackets(obj, out, indent, allowance, active, level,
                           name + '([', shift, '])')
            return
        out.write(name + '([')
        self._entries(obj, out, indent + shift, 2, active, level)
        limit = self._repr(obj.maxlen, active, level)
        out.write('],\n' + ' ' * (indent + shift) + 'maxlen=' + limit + ')')

    def _lay_user_data(self, obj, out, indent, allowance, active, level):
        # UserDict, UserList and UserString print as the data they wrap,
        # at the level of the wrapper itself.
        self._format(obj.data, out, indent, allowance, active, level - 1)


# The layout function for each built-in repr moat knows how to break, called
# as fn(printer, object, stream, indent, allowance, context, level). The
# name and the signature are what code that extends pprint registers into.
PrettyPrinter._dispatch = {
    dict.__repr__: PrettyPrinter._lay_dict,
    list.__repr__: PrettyPrinter._lay_list,
    tuple.__repr__: PrettyPrinter._lay_tuple,
    set.__repr__: PrettyPrinter._lay_set,
    frozenset.__repr__: PrettyPrinter._lay_set,
    str.__repr__: PrettyPrinter._lay_str,
    bytes.__repr__: PrettyPrinter._lay_bytes,
    bytearray.__repr__: PrettyPrinter._lay_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._lay_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._lay_namespace,
    _collections.OrderedDict.__repr__: PrettyPrinter._lay_ordered_dict,
    _collections.defaultdict.__repr__: PrettyPrinter._lay_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._lay_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._lay_chain_map,
    _collections.deque.__repr__: PrettyPrinter._lay_deque,
    _collections.UserDict.__repr__: PrettyPrinter._lay_user_data,
    _collections.UserList.__repr__: PrettyPrinter._lay_user_data,
    _collections.UserString.__repr__: PrettyPrinter._lay_user_data,
}
