# Enum class bodies run every binding through _EnumDict.__setitem__, and
# EnumType.__new__ then walks the namespace: a fuzzer feeds them hostile
# values. Exceptions raised inside __setitem__ (a failing auto(), a
# hostile _ignore_ iterable, a bad _ignore_ after a member), a __set_name__
# that raises or reads the class, deletion of a member in the body,
# __init_subclass__ of an Enum base raising or taking keywords, Enum class
# bodies nested until the recursion limit, values whose __eq__/__hash__
# raise, and Flag/IntFlag members and lookups with thousands of bits under
# every boundary. Each must end as in CPython (same exception or result),
# with nothing left half-made and no crash.
# expect-output: raise_in_body ZeroDivisionError integer division or modulo by zero
# expect-output: set_name_hostile ok [<E.A: 1>, <E.b: Boom()>]
# expect-output: set_name_descriptor ok ('desc', 'desc')
# expect-output: ignore_hostile_iter RuntimeError no iter
# expect-output: ignore_generator ok []
# expect-output: ignore_non_str ok [<E.A: 1>]
# expect-output: ignore_after_member ValueError _ignore_ cannot specify already set names: {'A'}
# expect-output: del_member_in_body KeyError 'A'
# expect-output: init_subclass_raises KeyError 'nope'
# expect-output: init_subclass_kwargs ok ['flag']
# expect-output: deep_nested ok RecursionError
# expect-output: flag_huge ok (2, True)
# expect-output: flag_huge_missing ValueError <flag 'F'> invalid value 1412467032139426036835209667016147333668896175184541116813688085857118169842707512558089126316711526373356032084313660827642038380699793383359711857266399234310517778518653990
# expect-output: intflag_keep_huge ok 3001
# expect-output: intflag_invert_huge ok 1000
# expect-output: flag_conform_negative ok (<F.A|B: 3>, <F.A|B: 3>)
# expect-output: auto_hostile ZeroDivisionError A
# expect-output: member_eq_hostile RuntimeError eq
# expect-output: dict_subclass_value_hash ok True
import enum
from enum import Enum, Flag, IntFlag, IntEnum, auto


def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, str(e)[:200])


# __setitem__ raising mid-body, after some members
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError('set_name ' + name)

    def __repr__(self):
        return 'Boom()'


def raise_in_body():
    class E(Enum):
        A = 1
        B = 1 // 0
    return E


def set_name_hostile():
    class E(Enum):
        A = 1
        b = Boom()
    return list(E)


class Desc:
    def __get__(self, obj, owner=None):
        return 'desc'

    def __set_name__(self, owner, name):
        owner.__dict__  # read during set_name
        self.name = name


def set_name_descriptor():
    class E(Enum):
        A = 1
        d = Desc()
    return E.d, E.A.d


def ignore_hostile_iter():
    class BadIter:
        def __iter__(self):
            raise RuntimeError('no iter')

    class E(Enum):
        _ignore_ = BadIter()
        A = 1
    return E


def ignore_generator():
    def gen():
        yield 'x'
        yield 'A'

    class E(Enum):
        _ignore_ = gen()
        A = 1
        x = 2
    return list(E)


def ignore_non_str():
    class E(Enum):
        _ignore_ = [1, None]
        A = 1
    return list(E)


def ignore_after_member():
    class E(Enum):
        A = 1
        _ignore_ = 'A'
    return E


def mutate_namespace_in_body():
    class E(Enum):
        A = 1
        locals().clear()
        B = 2
    return list(E)


def del_member_in_body():
    class E(Enum):
        A = 1
        del A
        B = 2
    return list(E)


def init_subclass_raises():
    class Base(Enum):
        def __init_subclass__(cls, **kw):
            raise KeyError('nope')

    class E(Base):
        A = 1
    return E


def init_subclass_kwargs():
    class Base(Enum):
        def __init_subclass__(cls, **kw):
            cls.seen = sorted(kw)

    class E(Base, flag=1):
        A = 1
    return E.seen


def nested_recursion(depth):
    class E(Enum):
        A = depth
        if depth:
            inner = enum.nonmember(nested_recursion(depth - 1))
    return E


def deep_nested():
    try:
        return nested_recursion(10000)
    except RecursionError:
        return 'RecursionError'


def flag_huge():
    class F(Flag):
        A = 1
        B = 1 << 2000
    v = F.A | F.B
    return len(list(v)), F(1 << 2000) is F.B


def flag_huge_missing():
    class F(Flag, boundary=enum.STRICT):
        A = 1
    return F(1 << 5000)


def intflag_keep_huge():
    class F(IntFlag, boundary=enum.KEEP):
        A = 1
    x = F(-(1 << 3000))
    return x.bit_length() if isinstance(x, int) else x


def intflag_invert_huge():
    class F(IntFlag):
        A = 1
        B = 1 << 1000
    return int(~F.B).bit_length()


def flag_conform_negative():
    class F(Flag, boundary=enum.CONFORM):
        A = 1
        B = 2
    return F(-1), F(7)


def auto_hostile():
    class E(Enum):
        def _generate_next_value_(name, start, count, last):
            raise ZeroDivisionError(name)
        A = auto()
    return E


def member_eq_hostile():
    class V:
        def __eq__(self, other):
            raise RuntimeError('eq')
        __hash__ = None

    class E(Enum):
        A = V()
        B = V()
    return len(E)


def dict_subclass_value_hash():
    class H:
        def __hash__(self):
            raise TypeError('nohash')

    class E(Enum):
        A = H()
    return E(E.A.value) is E.A


for fn in [raise_in_body, set_name_hostile, set_name_descriptor, ignore_hostile_iter, ignore_generator, ignore_non_str, ignore_after_member, del_member_in_body, init_subclass_raises, init_subclass_kwargs, deep_nested, flag_huge, flag_huge_missing, intflag_keep_huge, intflag_invert_huge, flag_conform_negative, auto_hostile, member_eq_hostile, dict_subclass_value_hash]:
    attempt(fn.__name__, fn)
