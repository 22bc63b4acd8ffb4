# dataclasses reads each field's Field object and default while it builds
# the class and runs default_factory on every __init__: a factory that
# re-enters the class being initialised, redefines the class's fields or
# raises; a default whose __set_name__ or __eq__/__hash__ runs code; a
# metadata mapping whose hooks mutate it; Field objects reused across
# classes, mutated after the class is made (name, type, default_factory
# swapped for a refused callable) and forged KW_ONLY / InitVar markers.
# All must end in CPython's errors or working classes, and reach nothing
# through the generated methods.
import dataclasses as dc


def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ran:', result if not isinstance(result, type) else result.__name__)
    except (TypeError, ValueError, AttributeError, RecursionError, KeyError) as e:
        print(label, type(e).__name__, str(e)[:100])


depth = [0]


def reentering_factory():
    depth[0] += 1
    if depth[0] < 3:
        return Nested()
    return []


@dc.dataclass
class Nested:
    items: object = dc.field(default_factory=reentering_factory)


attempt('reentering factory', lambda: type(Nested().items).__name__)


def redefining_factory():
    Redefined.__dataclass_fields__.clear()
    Redefined.__init__ = lambda self: None
    return 1


@dc.dataclass
class Redefined:
    a: int = dc.field(default_factory=redefining_factory)
    b: int = 2


attempt('redefining factory', lambda: vars(Redefined()))
attempt('after redefinition', lambda: (vars(Redefined()), dc.fields(Redefined)))


class Named:
    def __set_name__(self, owner, name):
        owner.extra = 'added in __set_name__'

    def __eq__(self, other):
        raise KeyError('eq on default')

    __hash__ = None


attempt('set_name default', lambda: dc.make_dataclass('M', [('x', object, Named())]))


class Metadata(dict):
    def __getitem__(self, key):
        self.clear()
        return 'hooked'


meta = Metadata(k=1)
attempt('metadata hooks', lambda: dict(dc.field(metadata=meta).metadata))
shared = dc.field(default=5)


@dc.dataclass
class First:
    x: int = shared


attempt('field reused', lambda: dc.make_dataclass('Second', [('y', int, shared)]))
f = dc.fields(First)[0]
f.name = '__class__'
attempt('renamed field', lambda: (First(), dc.asdict(First())))
f.name = 'x'
f.default = dc.MISSING
f.default_factory = print.__call__
attempt('factory swapped', lambda: dc.replace(First(1)))
attempt('forged kw_only', lambda: dc.make_dataclass('K', [('a', dc.KW_ONLY), ('b', int)]))
attempt('initvar hostile type', lambda: dc.make_dataclass('I', [('a', dc.InitVar(Named))]))
attempt('field type str', lambda: dc.make_dataclass('S', [('a', 'dataclasses.InitVar[int]')]))
attempt('bad field names', lambda: dc.make_dataclass('B', ['__globals__', '__code__']))
attempt('keyword name', lambda: dc.make_dataclass('C', ['class']))
# expect-output: reentering factory ran: Nested
# expect-output: redefining factory ran: {'a': 1, 'b': 2}
# expect-output: after redefinition ran: ({}, ())
# expect-output: set_name default ValueError mutable default <class '__main__.Named'> for field x is not allowed: use default_factory
# expect-output: metadata hooks ran: {'k': 'hooked'}
# expect-output: field reused ran: Second
# expect-output: renamed field ran: (First(x=5), {'__class__': <class '__main__.First'>})
# expect-output: factory swapped ran: First(x=1)
# expect-output: forged kw_only ran: K
# expect-output: initvar hostile type ran: I
# expect-output: field type str ran: S
# expect-output: bad field names ran: B
# expect-output: keyword name TypeError Field names must not be keywords: 'class'
