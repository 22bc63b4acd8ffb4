"""Container datatypes, as CPython's collections: namedtuple, deque,
defaultdict, Counter, OrderedDict, ChainMap, and the wrapper classes
UserDict, UserList and UserString.

namedtuple builds its class with a class statement rather than by running
generated source (the sandbox has no exec), and gives __new__ CPython's
argument errors by hand. A namedtuple class's __module__ is '__main__'
unless module= says otherwise (CPython reads it from the caller's frame).
"""

from operator import itemgetter as _itemgetter
from operator import eq as _op_eq, ge as _op_ge, le as _op_le
import heapq as _heapq
# The ABCs and the views of UserDict and ChainMap, as in CPython; importing
# them from here leaves `collections.abc` unbound until a script imports it.
import _collections_abc

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

_missing = object()
_GenericAlias = type(list[int])  # types.GenericAlias, for __class_getitem__
_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])

# A container that holds itself shows the fill value there instead of
# recursing, as CPython's Py_ReprEnter and reprlib.recursive_repr.
from reprlib import recursive_repr as _recursive_repr


# ---- namedtuple --------------------------------------------------------------

def _plural_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


class _tuplegetter:
    """A namedtuple field: item `index` of the tuple, read-only."""

    # The C type's name and module (_collections._tuplegetter).
    __module__ = '_collections'

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        # As tuplegetter_descr_get: the tuple's own slot, so a subclass's
        # __getitem__ is not consulted, and a non-negative index only.
        if instance is None:
            return self
        index = self.index
        if not issubclass(type(instance), tuple):
            raise TypeError(f"descriptor for index '{index}' for tuple subclasses "
                            f"doesn't apply to '{type(instance).__name__}' object")
        if not 0 <= index < tuple.__len__(instance):
            raise IndexError("tuple index out of range")
        return tuple.__getitem__(instance, index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'_tuplegetter({self.index}, {self.__doc__!r})'


def _nfkc_parameters(field_names):
    # CPython compiles `lambda _cls, <fields>: ...` for __new__, whose parser
    # NFKC-normalizes identifiers: __new__ takes P(fi=1) for a field '\ufb01',
    # and two fields equal under NFKC ('\ufb01' and 'fi') are a duplicate
    # argument there. Its offsets count UTF-8 bytes.
    from unicodedata import normalize
    seen = []
    offset = len('lambda _cls, ') + 1
    for name in field_names:
        normal = normalize('NFKC', name)
        size = len(name.encode())
        if normal in seen:
            error = SyntaxError(f"duplicate argument '{normal}' in function definition")
            error.filename = '<string>'
            error.lineno = error.end_lineno = 1
            error.offset = offset
            error.end_offset = offset + size
            raise error
        seen.append(normal)
        offset += size + 2
    return tuple(seen)


def _check_field_names(typename, names, rename):
    # namedtuple's checks of its names, in CPython's order and with its
    # messages; with rename, a bad field name becomes _<index> first (the
    # original names count as taken).
    if rename:
        taken = set()
        for index, name in enumerate(names):
            bad = (not name.isidentifier() or name in _KEYWORDS
                   or name.startswith('_') or name in taken)
            taken.add(name)
            if bad:
                names[index] = f'_{index}'
    for name in (typename, *names):
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            problem = 'must be valid identifiers'
        elif name in _KEYWORDS:
            problem = 'cannot be a keyword'
        else:
            continue
        raise ValueError(f'Type names and field names {problem}: {name!r}')
    met = set()
    for name in names:
        if not rename and name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in met:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        met.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    _check_field_names(typename, field_names, rename)
    fields = tuple(field_names)
    # The names __new__ takes: as the fields, but NFKC-normalized.
    params = fields if all(map(str.isascii, fields)) else _nfkc_parameters(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(fields), reversed(defaults)))))
    count = len(fields)
    new_name = f'{typename}.__new__'

    # The parameters CPython's generated __new__ has, (_cls, *fields), for
    # inspect.signature(), which cannot read them from moat's
    # (_cls, /, *args, **kwargs) one: (first name, positional names,
    # keyword-only names). A free variable of __new__, so it goes with the
    # function and only inspect's private _generated_signature reads it.
    __moat_signature__ = ('_cls', params, ())

    class _NamedTuple(tuple):
        __slots__ = ()
        _fields = fields
        _field_defaults = field_defaults
        __match_args__ = fields

        # `_cls` and positional-only, so a field may be named cls (CPython's
        # generated __new__ names it _cls, which no field may be).
        # The defaults are read from __new__.__defaults__ at each call, as
        # CPython's generated __new__ has them there (and the old idiom
        # `Point.__new__.__defaults__ = ...` sets them after the fact).
        def __new__(_cls, /, *args, **kwargs):
            __moat_signature__  # noqa: B018 (captured for inspect, above)
            if not kwargs and len(args) == count:
                return tuple.__new__(_cls, args)
            defaults = new_function.__defaults__ or ()
            first_default = count - len(defaults)
            if len(args) > count:
                given = len(args) + 1
                if defaults:
                    raise TypeError(
                        f"{new_name}() takes from {first_default + 1} "
                        f"to {count + 1} positional arguments but {given} were given")
                raise TypeError(f"{new_name}() takes {count + 1} positional argument"
                                f"{'s' if count + 1 != 1 else ''} but {given} were given")
            values = list(args)
            for name in kwargs:
                if name not in params:
                    raise TypeError(
                        f"{new_name}() got an unexpected keyword argument {name!r}")
                if params.index(name) < len(args):
                    raise TypeError(
                        f"{new_name}() got multiple values for argument {name!r}")
            missing = []
            for index in range(len(args), count):
                name = params[index]
                if name in kwargs:
                    values.append(kwargs[name])
                elif index >= first_default:
                    values.append(defaults[index - first_default])
                else:
                    missing.append(name)
            if missing:
                raise TypeError(f"{new_name}() missing {len(missing)} required positional "
                                f"argument{'s' if len(missing) != 1 else ''}: "
                                f"{_plural_names(missing)}")
            return tuple.__new__(_cls, values)

        @classmethod
        def _make(cls, iterable):
            result = tuple.__new__(cls, iterable)
            if len(result) != count:
                raise TypeError(f'Expected {count} arguments, got {len(result)}')
            return result

        def _replace(self, /, **kwds):
            result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
            if kwds:
                raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
            return result

        # CPython's method is `name + repr_fmt % self`: no frame but its own
        # and no builtin called before the fields' reprs, so nested tuples
        # stop at the same depth with the same "while getting the repr" text.
        def __repr__(self):
            text = self.__class__.__name__ + '('
            i = 0
            for value in self:
                text += f'{", " if i else ""}{fields[i]}={value!r}'
                i += 1
            return text + ')'

        def _asdict(self):
            return dict(zip(fields, self))

        def __getnewargs__(self):
            return tuple(self)

    new_function = _NamedTuple.__new__
    new_function.__defaults__ = defaults
    # CPython execs __new__ in a namespace named for the tuple.
    new_function.__module__ = f'namedtuple_{typename}'
    for index, name in enumerate(fields):
        setattr(_NamedTuple, name, _tuplegetter(index, f'Alias for field number {index}'))
    # The parameters as CPython's generated __new__ spells them, a lone one
    # with a trailing comma (`def __new__(_cls, a,)`), in the class's
    # docstring. Its methods' docstrings are CPython's prose, which moat
    # does not copy: they have none.
    arg_list = ', '.join(fields) + (',' if len(fields) == 1 else '')
    _NamedTuple.__doc__ = f'{typename}({arg_list})'
    _NamedTuple.__name__ = typename
    _NamedTuple.__qualname__ = typename
    for method in (_NamedTuple.__new__, _NamedTuple._make.__func__, _NamedTuple._replace,
                   _NamedTuple.__repr__, _NamedTuple._asdict, _NamedTuple.__getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'
    _NamedTuple.__module__ = '__main__' if module is None else module
    return _NamedTuple


# ---- sequence helpers ------------------------------------------------------

# deque and its iterators are native (stdlib_safe/collections_deque.h): the
# module's init adds `deque` before this body runs.


def _reflected(seq, other, name, sequences):
    # A C sequence's + and * (sq_concat, sq_repeat) come after the number
    # slots of both operands (binary_op1): the other operand's reflected
    # method, when its type has one, answers first. A sequence's own
    # __rmul__ (one of `sequences`) is its sq_repeat, which binary_op1 does
    # not try. Shared with array.
    if isinstance(other, sequences):
        return NotImplemented
    method = getattr(type(other), name, None)
    if method is None:
        return NotImplemented
    return method(other, seq)


def _type_name(obj):
    # tp_name: collections' C types carry their module.
    t = type(obj)
    if t in (deque, defaultdict, OrderedDict):
        return 'collections.' + t.__name__
    return t.__name__


# ---- defaultdict -------------------------------------------------------------

class defaultdict(dict):
    """dict whose missing keys get default_factory()."""

    # CPython's C layout: no instance __dict__ (_set_type_name hides the name).
    __slots__ = ('default_factory',)

    def __reduce__(self):
        # CPython's defdict_reduce: copy, deepcopy and pickle remake it
        # from the factory and the items.
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return f'{type(self).__name__}({_factory_repr(self.default_factory)}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


@_recursive_repr('...')
def _factory_repr(factory):
    # Guarded on the factory, as CPython's defdict_repr: a bound method of
    # the defaultdict itself shows the defaultdict as `sub(..., {})`.
    return repr(factory)


# ---- Counter -----------------------------------------------------------------

# _count_elements(mapping, iterable) is native (collections_module.cc), as
# CPython's C helper: Counter's counting loop hashes each element once.


def _counts_hold(left, right, test):
    # test(left's count, right's count) for each element of either Counter,
    # a missing one counting zero; the comparisons of Counters.
    for side in (left, right):
        for elem in side:
            if not test(left[elem], right[elem]):
                return False
    return True


def _paired_counts(counter, other, pick):
    # (element, pick(its count, other's count)) for the elements of counter.
    for elem, count in counter.items():
        yield elem, pick(count, other[elem])


def _positive_counter(candidates, accepted=()):
    # A new Counter of the candidate pairs whose count is above zero, then
    # the accepted pairs as they are.
    made = Counter()
    for elem, count in candidates:
        if count > 0:
            made[elem] = count
    for elem, count in accepted:
        made[elem] = count
    return made


class Counter(dict):
    """A dict from hashable elements to their counts."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def copy(self):
        """A new counter of this class with the same counts."""
        return self.__class__(self)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # counts that do not order: insertion order instead
            shown = dict(self)
        return f'{name}({shown!r})'

    # ---- counting in and out
    def update(self, iterable=None, /, **kwds):
        """Add the counts of a mapping, or count an iterable's elements."""
        if iterable is None:
            pass
        elif not _is_mapping(iterable):
            _count_elements(self, iterable)
        elif not self:
            # An empty counter takes the counts as they are, without
            # going through its __setitem__.
            super().update(iterable)
        else:
            current = self.get
            for elem, count in iterable.items():
                self[elem] = count + current(elem, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take away the counts of a mapping or of an iterable's elements."""
        if iterable is not None:
            current = self.get
            if _is_mapping(iterable):
                pairs = iterable.items()
            else:
                pairs = ((elem, 1) for elem in iterable)
            for elem, count in pairs:
                self[elem] = current(elem, 0) - count
        if kwds:
            self.subtract(kwds)

    def __delitem__(self, elem):
        """Remove an element; one that is absent is no error."""
        if elem not in self:
            return
        super().__delitem__(elem)

    def __missing__(self, key):
        return 0

    # ---- reading the counts
    def elements(self):
        """Each element as many times as its count says, lazily."""
        # Reads the live items: a change of size meanwhile is an error, as
        # in CPython.
        return _elements(iter(self.items()))

    def most_common(self, n=None):
        """(element, count) pairs, highest count first; the first n only
        unless n is None."""
        pairs = self.items()
        by_count = _itemgetter(1)
        if n is not None:
            return _heapq.nlargest(n, pairs, key=by_count)
        return sorted(pairs, key=by_count, reverse=True)

    def total(self):
        """All the counts added up."""
        return sum(self.values())

    # ---- comparisons: a missing element counts zero
    def __eq__(self, other):
        if isinstance(other, Counter):
            return _counts_hold(self, other, _op_eq)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Counter):
            return _counts_hold(self, other, _op_ge)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Counter):
            return _counts_hold(self, other, _op_le)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            at_least = self >= other
            return at_least and self != other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            at_most = self <= other
            return at_most and self != other
        return NotImplemented

    # ---- operators making a new Counter of the positive counts
    def __pos__(self):
        return _positive_counter(self.items())

    def __neg__(self):
        return _positive_counter((), ((elem, 0 - count)
                                      for elem, count in self.items() if count < 0))

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive_counter(
            _paired_counts(self, other, lambda mine, theirs: mine + theirs),
            ((elem, count) for elem, count in other.items()
             if elem not in self and count > 0))

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive_counter(
            _paired_counts(self, other, lambda mine, theirs: mine - theirs),
            ((elem, 0 - count) for elem, count in other.items()
             if elem not in self and count < 0))

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive_counter(
            _paired_counts(self, other, lambda mine, theirs: mine if mine < theirs else theirs))

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive_counter(
            _paired_counts(self, other, lambda mine, theirs: theirs if mine < theirs else mine),
            ((elem, count) for elem, count in other.items()
             if elem not in self and count > 0))

    # ---- in-place operators: change self, then drop what is not positive
    def _keep_positive(self):
        doomed = [elem for elem, count in self.items() if not count > 0]
        for elem in doomed:
            del self[elem]
        return self

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, mine in self.items():
            theirs = other[elem]
            if theirs < mine:
                self[elem] = theirs
        return self._keep_positive()

    def __ior__(self, other):
        for elem, theirs in other.items():
            mine = self[elem]
            if theirs > mine:
                self[elem] = theirs
        return self._keep_positive()


def _elements(items):
    for elem, count in items:
        for _ in range(count):
            yield elem


# ---- OrderedDict -------------------------------------------------------------

def _add_pairs(mapping, pairs):
    # CPython's mutablemapping_add_pairs: each item unpacked into a key and
    # a value by iteration, with its own messages.
    for pair in pairs:
        it = iter(pair)
        key = next(it, _missing)
        if key is _missing:
            raise ValueError('need more than 0 values to unpack')
        value = next(it, _missing)
        if value is _missing:
            raise ValueError('need more than 1 value to unpack')
        if next(it, _missing) is not _missing:
            raise ValueError('too many values to unpack (expected 2)')
        mapping[key] = value


def _mapping_update(mapping, args, kwargs):
    # CPython's mutablemapping_update, behind OrderedDict's __init__, update
    # and |=: a dict's items, else keys() and lookups, else pairs.
    if args:
        other = args[0]
        if type(other) is dict:
            _add_pairs(mapping, list(dict.items(other)))
        elif hasattr(other, 'keys'):
            for key in other.keys():
                mapping[key] = other[key]
        else:
            _add_pairs(mapping, other)
    if kwargs:
        _add_pairs(mapping, list(kwargs.items()))


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end and an
    order-sensitive equality between OrderedDicts."""

    # self is positional-only: OrderedDict(self=1) is a keyword item.
    def __init__(self, /, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        _mapping_update(self, args, kwargs)

    def __iter__(self):
        return _odict_iter(self, 0, False)

    def __reversed__(self):
        return _odict_iter(self, 0, True)

    def update(self, /, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f'update() takes at most 1 positional argument ({len(args)} given)')
        _mapping_update(self, args, kwargs)

    def __ior__(self, other):
        _mapping_update(self, (other,), None)
        return self

    # move_to_end and popitem are native method descriptors, added below
    # by _odict_methods (collections_module.cc).

    @_recursive_repr('...')
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(self.items())!r})'

    # CPython's OrderedDict takes these arguments by keyword too.
    def pop(self, key, default=_missing):
        if default is _missing:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        if type(self) is OrderedDict:
            return dict.setdefault(self, key, default)
        # A subclass is read through `in` and its item methods, as CPython's
        # OrderedDict_setdefault_impl does.
        if key in self:
            return self[key]
        self[key] = default
        return default

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    # No __copy__: copy.copy() keeps the instance's attributes, as CPython's
    # __reduce__ does; copy() makes a fresh one.
    def copy(self):
        return type(self)(self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    # CPython's odict_keys, odict_values and odict_items: the set-like views
    # below, shown as `odict_keys(['a', 'b'])`, iterating the dict's own
    # order (never a subclass's __getitem__ or __iter__).
    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)


_odict_methods(OrderedDict)
del _odict_methods
# Argument Clinic's and METH_NOARGS's texts, as CPython's C OrderedDict gives.
_c_signature(OrderedDict.pop, OrderedDict.setdefault, OrderedDict.fromkeys.__func__,
             OrderedDict.keys, OrderedDict.values, OrderedDict.items, OrderedDict.copy,
             OrderedDict.__reversed__)
# The C OrderedDict takes its keywords as a dict, any key an item:
# OrderedDict(**{1: 2}).
_any_keywords(OrderedDict.__init__, OrderedDict.update)


# ---- ChainMap ----------------------------------------------------------------

def _not_in_first(key):
    # The KeyError of a removal that only looks at maps[0]; raised in the
    # handler of the map's own KeyError, which stays its context (CPython's
    # too).
    return KeyError(f'Key not found in the first mapping: {key!r}')


class ChainMap(_collections_abc.MutableMapping):
    """A view of several mappings as one: lookups search them in order,
    writes go to the first."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *maps):
        self.maps = [*maps] if maps else [{}]

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    # ---- chains made from this one
    def new_child(self, m=None, **kwargs):
        front = kwargs if m is None else m
        if m is not None and kwargs:
            front.update(kwargs)
        return self.__class__(front, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def copy(self):
        head = self.maps[0].copy()
        return self.__class__(head, *self.maps[1:])

    __copy__ = copy

    @_recursive_repr('...')
    def __repr__(self):
        inner = ', '.join([repr(mapping) for mapping in self.maps])
        return self.__class__.__name__ + '(' + inner + ')'

    # ---- reading: every map, the first one holding a key wins
    def __getitem__(self, key):
        # Subscripts, not `in`: a defaultdict among the maps makes its
        # default, as in CPython.
        for mapping in self.maps:
            try:
                found = mapping[key]
            except KeyError:
                continue
            return found
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __iter__(self):
        # Keys in the order of the last map first, each once.
        order = {}
        for mapping in reversed(self.maps):
            order.update(dict.fromkeys(mapping))
        return iter(order)

    def __len__(self):
        keys = set()
        for mapping in self.maps:
            keys.update(mapping)
        return len(keys)

    def __bool__(self):
        return any(self.maps)

    def __eq__(self, other):
        if _is_mapping(other):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    # ---- writing: maps[0] only
    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        _update_mapping(self, other, kwds)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise _not_in_first(key)

    def pop(self, key, *args):
        first = self.maps[0]
        try:
            return first.pop(key, *args)
        except KeyError:
            raise _not_in_first(key)

    def popitem(self):
        """Take one (key, value) pair out of maps[0]."""
        first = self.maps[0]
        try:
            return first.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        self.maps[0].clear()

    # ---- | makes a new chain
    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        joined = dict(other)
        for mapping in reversed(self.maps):
            joined.update(mapping)
        return self.__class__(joined)


# ---- Mapping views -----------------------------------------------------------
# UserDict and ChainMap return collections.abc's own KeysView, ItemsView and
# ValuesView (CPython's inherit them from Mapping); OrderedDict's derive from
# them.

def _update_mapping(mapping, other, kwds):
    # MutableMapping.update, for ChainMap and UserDict, which this module
    # defines without deriving from collections.abc's classes: the items of
    # a mapping (or of anything with keys()), or the pairs of an iterable,
    # then the keyword arguments.
    if _is_mapping(other):
        for key in other:
            mapping[key] = other[key]
    elif hasattr(other, 'keys'):
        for key in other.keys():
            mapping[key] = other[key]
    else:
        for key, value in other:
            mapping[key] = value
    for key, value in kwds.items():
        mapping[key] = value


def _is_mapping(obj):
    # isinstance(obj, collections.abc.Mapping), with the common classes first.
    return isinstance(obj, (dict, UserDict, ChainMap, _collections_abc.Mapping))


# odict_iterator is native: the module's init adds _odict_iter(od, kind,
# reversed), kind 0 for keys, 1 values, 2 items (collections_module.h).


class odict_keys(_collections_abc.KeysView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iter(self._mapping, 0, False)

    def __reversed__(self):
        return _odict_iter(self._mapping, 0, True)

    @_recursive_repr('...')
    def __repr__(self):
        return f'odict_keys({list(self)!r})'


class odict_values(_collections_abc.ValuesView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iter(self._mapping, 1, False)

    def __reversed__(self):
        return _odict_iter(self._mapping, 1, True)

    @_recursive_repr('...')
    def __repr__(self):
        return f'odict_values({list(self)!r})'


class odict_items(_collections_abc.ItemsView):
    __slots__ = ()

    def __iter__(self):
        return _odict_iter(self._mapping, 2, False)

    def __reversed__(self):
        return _odict_iter(self._mapping, 2, True)

    @_recursive_repr('...')
    def __repr__(self):
        return f'odict_items({list(self)!r})'


# ---- UserDict, UserList, UserString ----------------------------------------
# Wrappers around a real dict, list or str in `.data`, for subclassing. As in
# CPython, the derived methods (update, setdefault, pop, iteration of a
# UserList...) go through the item methods, so a subclass that overrides
# __setitem__ or __getitem__ sees every write or read; UserDict takes them
# from MutableMapping, as CPython's does.


def _dict_operand(value):
    # The dict a | operand stands for, or None when | does not take it.
    if isinstance(value, UserDict):
        return value.data
    return value if isinstance(value, dict) else None


class UserDict(_collections_abc.MutableMapping):
    """A dict-like class that keeps its contents in the dict `data`."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        sources = [] if dict is None else [dict]
        if kwargs:
            sources.append(kwargs)
        for source in sources:
            self.update(source)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __repr__(self):
        return repr(self.data)

    # ---- copies: the same class, with the instance's other attributes
    def __copy__(self):
        cls = self.__class__
        twin = cls.__new__(cls)
        state = twin.__dict__
        state.update(self.__dict__)
        state['data'] = self.__dict__['data'].copy()
        return twin

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy as copy_module
        # copy.copy sees an empty `data`; update() then refills the copy.
        kept = self.data
        self.data = {}
        try:
            twin = copy_module.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    # ---- the mapping protocol over `data`
    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        hook = getattr(self.__class__, '__missing__', _missing)
        if hook is _missing:
            raise KeyError(key)
        return hook(self, key)

    def __delitem__(self, key):
        del self.data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    # ---- the | operators
    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __or__(self, other):
        right = _dict_operand(other)
        if right is None:
            return NotImplemented
        return self.__class__(self.data | right)

    def __ror__(self, other):
        left = _dict_operand(other)
        if left is None:
            return NotImplemented
        return self.__class__(left | self.data)


def _list_data(value):
    # A UserList operand stands for its list, as CPython's __cast.
    return value.data if isinstance(value, UserList) else value


class UserList(_collections_abc.MutableSequence):
    """A list-like class that keeps its contents in the list `data`."""

    __class_getitem__ = classmethod(_GenericAlias)
    __hash__ = None

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = list(initlist.data[:])
        else:
            self.data = list(initlist)  # a copy of a list too

    def __copy__(self):
        cls = self.__class__
        twin = cls.__new__(cls)
        state = twin.__dict__
        state.update(self.__dict__)
        state['data'] = self.__dict__['data'][:]
        return twin

    def copy(self):
        return self.__class__(self)

    def __repr__(self):
        return repr(self.data)

    # ---- comparisons against a list or another UserList; the private
    # _UserList__cast is part of the class, as in CPython
    def __cast(self, other):
        return _list_data(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    # ---- element access
    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def __delitem__(self, i):
        del self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)

    # ---- concatenation and repetition
    def __add__(self, other):
        return self.__class__(self.data + _as_list(other))

    def __radd__(self, other):
        return self.__class__(_as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    # ---- mutation in place
    def extend(self, other):
        self.data.extend(_list_data(other))

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def remove(self, item):
        self.data.remove(item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def clear(self):
        self.data.clear()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()


def _as_list(other):
    # The other operand of + and +=: a list as it is, anything else listed.
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


def _string_data(value):
    # A UserString operand stands for its str, as CPython's methods unwrap it.
    return value.data if isinstance(value, UserString) else value


def _as_same(ustr, text):
    # A method's str result, made an instance of the receiver's class.
    return ustr.__class__(text)


class UserString(_collections_abc.Sequence):
    """A str-like class that keeps its contents in the str `data`; methods
    that make a string return an instance of the same class."""

    __class_getitem__ = classmethod(_GenericAlias)
    maketrans = str.maketrans

    def __init__(self, seq):
        if not isinstance(seq, str):
            seq = seq.data[:] if isinstance(seq, UserString) else str(seq)
        self.data = seq

    # ---- comparisons, hashing, containment
    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        return self.data == _string_data(string)

    def __lt__(self, string):
        return self.data < _string_data(string)

    def __gt__(self, string):
        return self.data > _string_data(string)

    def __le__(self, string):
        return self.data <= _string_data(string)

    def __ge__(self, string):
        return self.data >= _string_data(string)

    def __contains__(self, char):
        return _string_data(char) in self.data

    # ---- conversions
    def __repr__(self):
        return repr(self.data)

    def __str__(self):
        return str(self.data)

    def __getnewargs__(self):
        return self.data[:],

    def __complex__(self):
        return complex(self.data)

    def __float__(self):
        return float(self.data)

    def __int__(self):
        return int(self.data)

    # ---- the sequence protocol (iteration is Sequence's, through __getitem__)
    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __len__(self):
        return len(self.data)

    # ---- operators that build a new string
    def __add__(self, other):
        if not isinstance(other, str):
            other = other.data if isinstance(other, UserString) else str(other)
        return _as_same(self, self.data + other)

    def __radd__(self, other):
        left = other if isinstance(other, str) else str(other)
        return _as_same(self, left + self.data)

    def __mul__(self, n):
        return _as_same(self, self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return _as_same(self, self.data % args)

    def __rmod__(self, template):
        return _as_same(self, str(template) % self)

    # ---- padding and reshaping: a string of the same class
    def zfill(self, width):
        return _as_same(self, self.data.zfill(width))

    def center(self, width, *args):
        return _as_same(self, self.data.center(width, *args))

    def rjust(self, width, *args):
        return _as_same(self, self.data.rjust(width, *args))

    def ljust(self, width, *args):
        return _as_same(self, self.data.ljust(width, *args))

    def expandtabs(self, tabsize=8):
        return _as_same(self, self.data.expandtabs(tabsize))

    def translate(self, *args):
        return _as_same(self, self.data.translate(*args))

    def replace(self, old, new, maxsplit=-1):
        old, new = _string_data(old), _string_data(new)
        return _as_same(self, self.data.replace(old, new, maxsplit))

    def removesuffix(self, suffix, /):
        return _as_same(self, self.data.removesuffix(_string_data(suffix)))

    def removeprefix(self, prefix, /):
        return _as_same(self, self.data.removeprefix(_string_data(prefix)))

    # ---- searching: plain results
    def find(self, sub, start=0, end=None):
        return self.data.find(_string_data(sub), start, end)

    def rfind(self, sub, start=0, end=None):
        return self.data.rfind(_string_data(sub), start, end)

    def count(self, sub, start=0, end=None):
        return self.data.count(_string_data(sub), start, end)

    def index(self, sub, start=0, end=None):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=None):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=None):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=None):
        return self.data.endswith(suffix, start, end)

    # ---- splitting, joining, formatting: str, list or tuple results
    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def join(self, seq):
        return self.data.join(seq)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def encode(self, encoding='utf-8', errors='strict'):
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        return self.data.encode(encoding, errors)


def _user_string_method(name, takes_chars, wrap):
    # A method delegating to str's with CPython's UserString signature;
    # `wrap` makes its str result an instance of the same class.
    method = getattr(str, name)
    if takes_chars:
        def call(self, chars=None):
            return self.__class__(method(self.data, chars))
    elif wrap:
        def call(self):
            return self.__class__(method(self.data))
    else:
        def call(self):
            return method(self.data)
    call.__name__ = name
    call.__qualname__ = 'UserString.' + name
    return call


for _name in ('capitalize', 'casefold', 'lower', 'swapcase', 'title', 'upper'):
    setattr(UserString, _name, _user_string_method(_name, False, True))
for _name in ('lstrip', 'rstrip', 'strip'):
    setattr(UserString, _name, _user_string_method(_name, True, True))
for _name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
              'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'):
    setattr(UserString, _name, _user_string_method(_name, False, False))
del _name


# UserDict and ChainMap derive from MutableMapping, UserList from
# MutableSequence and UserString from Sequence, as in CPython; deque is
# registered (its native type has the `match` sequence flag already).
_collections_abc.MutableSequence.register(deque)
# The `match` flags (CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING)
# of the classes CPython derives from the ABCs or gives the flag to.
from abc import _set_collection_flags
for _cls in (UserList, UserString):
    _set_collection_flags(_cls, 1 << 5)
for _cls in (UserDict, ChainMap):
    _set_collection_flags(_cls, 1 << 6)
del _cls, _set_collection_flags

# CPython's defaultdict and OrderedDict are C types named
# 'collections.<name>' in messages; __name__ stays the short name.
# _set_type_name is added by the module's native init.
for _cls in (defaultdict, OrderedDict):
    _set_type_name(_cls, 'collections.' + _cls.__name__)
# OrderedDict's views and iterator stand in for C types too (immutable,
# named without a module, as CPython's odict_keys).
# None of those is an acceptable base, as in CPython.
for _cls in (odict_keys, odict_values, odict_items):
    _cls.__module__ = 'builtins'
    _set_type_name(_cls, _cls.__name__, final=True)
del _cls, _set_type_name
_SEQUENCES_WITH_REPEAT = (str, bytes, bytearray, list, tuple, deque)
