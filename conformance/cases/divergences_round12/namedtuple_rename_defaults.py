# namedtuple's rename, defaults and module options, and the generated
# methods' errors.
from collections import namedtuple


def show(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError, AttributeError, SyntaxError) as e:
        print(label, type(e).__name__, e)


P = namedtuple('P', 'x class _y x 9z', rename=True)
print(P._fields)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=(2, 3))
print(Q._field_defaults, Q(1), Q.__new__.__defaults__)
show('q0', lambda: Q())
show('q4', lambda: Q(1, 2, 3, 4))
show('q_kw', lambda: Q(1, d=4))
show('q_dup', lambda: Q(1, a=2))
show('make_short', lambda: Q._make([1]))
show('make_long', lambda: Q._make([1, 2, 3, 4]))
show('replace_bad', lambda: Q(1)._replace(z=1))
show('asdict', lambda: Q(1)._asdict())
show('getattr', lambda: Q(1).d)
show('setattr', lambda: setattr(Q(1), 'a', 5))
show('module', lambda: namedtuple('R', 'a', module='mymod').__module__)
show('defaults_iter', lambda: namedtuple('S', 'a b', defaults=iter([1]))._field_defaults)
show('defaults_none', lambda: namedtuple('S', 'a b', defaults=None)._field_defaults)
show('fields_gen', lambda: namedtuple('T', (n for n in 'ab'))._fields)
show('fields_bytes', lambda: namedtuple('T', [b'a']))
show('rename_kw', lambda: namedtuple('T', ['def', 'def'], rename=True)._fields)
show('typename_kw', lambda: namedtuple('class', 'a'))
show('nfkc_rename', lambda: namedtuple('T', ['\ufb01', 'fi'], rename=True))
