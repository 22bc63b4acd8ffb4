"""Reprs with size limits (Repr, aRepr, repr) and the recursive_repr decorator.

moat's own implementation of CPython 3.11's reprlib. A Repr shows at most
`max<kind>` items of each container and then `fillvalue`, stops descending
at `maxlevel`, and cuts long strs, ints and other reprs in the middle.
moat runs one thread per interpreter, so recursive_repr tracks the objects
whose repr is in progress by id alone.
"""

from itertools import islice

# The built-in repr, which this module's own `repr` hides.
_plain_repr = repr

__all__ = ["Repr", "repr", "recursive_repr"]

# The limits a new Repr starts with (attribute name, value).
_DEFAULTS = (
    ('fillvalue', '...'), ('maxlevel', 6),
    ('maxtuple', 6), ('maxlist', 6), ('maxarray', 5), ('maxdict', 4),
    ('maxset', 6), ('maxfrozenset', 6), ('maxdeque', 6),
    ('maxstring', 30), ('maxlong', 40), ('maxother', 30),
)

# The attributes a decorated __repr__ copies from the function it wraps.
_COPIED = ('__module__', '__doc__', '__name__', '__qualname__')

_MISSING = object()


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__: while an object's repr is being computed, a
    nested request for the repr of the same object gives `fillvalue`."""
    def decorate(method):
        active = set()

        def wrapper(self):
            marker = id(self)
            if marker in active:
                return fillvalue
            active.add(marker)
            try:
                return method(self)
            finally:
                active.discard(marker)

        for name in _COPIED:
            setattr(wrapper, name, getattr(method, name))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper
    return decorate


def _in_order(items):
    # Sets and dict keys are shown sorted when they can be, else as they come.
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _elide(text, limit, fill):
    # Keep about `limit` characters of `text`: its start and end around `fill`.
    if len(text) <= limit:
        return text
    front = max(0, (limit - 3) // 2)
    back = max(0, limit - 3 - front)
    return text[:front] + fill + text[len(text) - back:]


# How each kind of container is shown: the text around its items, the Repr
# attribute holding its item limit, and what follows a lone item.
_KINDS = {
    'tuple': ('(', ')', 'maxtuple', ','),
    'list': ('[', ']', 'maxlist', ''),
    'deque': ('deque([', '])', 'maxdeque', ''),
    'set': ('{', '}', 'maxset', ''),
    'frozenset': ('frozenset({', '})', 'maxfrozenset', ''),
}


def _layout(r, kind):
    # The arguments after `level` that _repr_iterable takes for `kind`. The
    # repr_* methods call _repr_iterable themselves, so that a nesting level
    # costs the same calls as in CPython (where the recursion limit hits).
    left, right, limit_name, trail = _KINDS[kind]
    return left, right, getattr(r, limit_name), trail


class Repr:
    """A set of limits; its repr() method applies them to a value."""

    def __init__(self):
        for name, value in _DEFAULTS:
            setattr(self, name, value)

    def repr(self, x):
        depth = self.maxlevel
        return self.repr1(x, depth)

    def repr1(self, x, level):
        # A method named repr_<type name> (spaces made underscores) handles
        # the value if this Repr has one; repr_instance handles the rest.
        kind = type(x).__name__
        if ' ' in kind:
            kind = '_'.join(kind.split())
        handler = getattr(self, 'repr_' + kind, _MISSING)
        if handler is _MISSING:
            handler = self.repr_instance
        return handler(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        size = len(x)
        if level <= 0 and size:
            return '%s%s%s' % (left, self.fillvalue, right)
        parts = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
        if size > maxiter:
            parts.append(self.fillvalue)
        closing = trail + right if trail and size == 1 else right
        return '%s%s%s' % (left, ', '.join(parts), closing)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, *_layout(self, 'tuple'))

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, *_layout(self, 'list'))

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, *_layout(self, 'deque'))

    def repr_set(self, x, level):
        if x:
            return self._repr_iterable(_in_order(x), level, *_layout(self, 'set'))
        return 'set()'

    def repr_frozenset(self, x, level):
        if x:
            return self._repr_iterable(_in_order(x), level, *_layout(self, 'frozenset'))
        return 'frozenset()'

    def repr_array(self, x, level):
        code = x.typecode
        if x:
            opening = "array('%s', [" % code
            return self._repr_iterable(x, level, opening, '])', self.maxarray)
        return "array('%s')" % code

    def repr_dict(self, x, level):
        size = len(x)
        if not size:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        below = level - 1
        parts = []
        for key in islice(_in_order(x), self.maxdict):
            shown_key = self.repr1(key, below)
            parts.append('%s: %s' % (shown_key, self.repr1(x[key], below)))
        if size > self.maxdict:
            parts.append(self.fillvalue)
        return '{%s}' % ', '.join(parts)

    def repr_str(self, x, level):
        limit = self.maxstring
        text = _plain_repr(x[:limit])
        if len(text) <= limit:
            return text
        # Too long: the repr of the string's two ends, cut again so that the
        # quotes and escapes count towards the limit.
        front = max(0, (limit - 3) // 2)
        back = max(0, limit - 3 - front)
        ends = _plain_repr(x[:front] + x[len(x) - back:])
        return ends[:front] + self.fillvalue + ends[len(ends) - back:]

    def repr_int(self, x, level):
        return _elide(_plain_repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = _plain_repr(x)
        except Exception:
            # A failing __repr__ gets a made-up repr instead.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _elide(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
