# The checks @dataclass makes against its dataclass bases (frozen against
# non-frozen, with truthy option values) and fields inherited through a
# plain class in between.
import dataclasses
from dataclasses import KW_ONLY, dataclass, field, fields


def show(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


@dataclass(frozen=1)
class Frozen:
    a: int = 0


@dataclass
class Thawed:
    b: int = 0


class PlainOverFrozen(Frozen):
    pass




class OverFrozen(Frozen):
    b: int = 1


show('frozen=True over frozen=1', lambda: dataclass(frozen=True)(OverFrozen)(2, 3))
show('plain over frozen', lambda: [f.name for f in fields(dataclass(frozen='yes')(PlainOverFrozen))])


def thaw_frozen():
    @dataclass
    class Bad(Frozen):
        c: int = 1
    return Bad


def freeze_thawed():
    @dataclass(frozen=True)
    class Bad(Thawed):
        c: int = 1
    return Bad


def frozen_zero():
    @dataclass(frozen=0)
    class Fine(Thawed):
        c: int = 1
    return Fine(2, 3)


show('thaw frozen', thaw_frozen)
show('freeze thawed', freeze_thawed)
show('frozen=0 over thawed', frozen_zero)


def kw_only_twice():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
    return Bad


def stray_field():
    @dataclass
    class Bad:
        a: int
        b = field(default=1)
    return Bad


def kw_string():
    @dataclass
    class Good:
        a: int
        _: 'dataclasses.KW_ONLY'
        b: int = 2
    return Good(1, b=3), Good.__match_args__


show('kw only twice', kw_only_twice)
show('stray field', stray_field)
show('KW_ONLY by string', kw_string)


@dataclass
class Base:
    x: int
    y: int = field(default=1, kw_only=True)


class Middle(Base):
    z = 5


@dataclass
class Leaf(Middle):
    w: int = 0


print([f.name for f in fields(Leaf)], Leaf(1, 2, y=3), Leaf.z)


# A failed decoration leaves the options recorded; decorating the class
# again still checks against its base's, not those.
class Child(Frozen):
    d: int = 4


show('thawed child', lambda: dataclass(Child))
show('options left', lambda: Child.__dataclass_params__)
show('fields left', lambda: [f.name for f in fields(Child)])
show('again frozen', lambda: dataclass(frozen=True)(Child)(5, 6))


class Twice:
    x: int = 1
    y: list = field(default_factory=list)


show('once', lambda: dataclass(Twice)())
show('twice frozen', lambda: dataclass(frozen=True)(Twice)())
show('twice fields', lambda: [f.name for f in fields(Twice)])
show('twice options', lambda: Twice.__dataclass_params__)
try:
    dataclass(3)
except AttributeError as e:
    print('not a class AttributeError', e)
