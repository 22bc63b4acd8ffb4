# dataclasses._run_init is the native body of every generated __init__: it
# stores fields with object.__setattr__ when the class is frozen. A script
# can call it directly with a forged plan, aiming it at built-in objects,
# classes, modules and slotted instances, with dunder field names
# (__class__, __dict__, __slots__...) and a factory that empties the
# progress list the native writes into. It must store only what
# object.__setattr__ would, refuse the rest with CPython's errors, and never
# write past an object's layout or into a built-in one.
import dataclasses as dc
import re as _re


def attempt(label, fn):
    try:
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(fn()))[:120])
    except (AttributeError, TypeError, ValueError) as e:
        print(label, type(e).__name__, str(e)[:120])


class Slotted:
    __slots__ = ('a',)


class ListSub(list):
    pass


class ExcSub(Exception):
    pass


class Plain:
    pass


MISSING = dc.MISSING
FACTORY = dc._HAS_DEFAULT_FACTORY


def plan(name, frozen=True, progress=None, factory=None, index=0):
    return (progress if progress is not None else [0], ('v',), 1, (MISSING,),
            ((name, index, factory, None),), frozen, MISSING, FACTORY)


targets = [Slotted(), ListSub(), ExcSub(), Plain(), 5, 'text', [], int, dc]
names = ['a', '__class__', '__dict__', '__slots__', 'args', '__traceback__', '__init__']
for obj in targets:
    for name in names:
        attempt(f'{type(obj).__name__}.{name}',
                lambda: (dc._run_init((obj, 1), {}, plan(name)), getattr(obj, name, '<none>')
                         if name in ('a', 'args') else None))
progress = [0]


def factory():
    progress.clear()
    return 7


attempt('progress cleared', lambda: dc._run_init((Plain(),), {}, (
    progress, (), 0, (), (('z', -1, factory, None),), False, MISSING, FACTORY)))
attempt('index past names', lambda: dc._run_init((Plain(),), {}, plan('z', index=5)))
attempt('negative positional', lambda: dc._run_init((Plain(), 1), {}, (
    [0], ('a',), -1, (MISSING,), (('z', 0, None, None),), False, MISSING, FACTORY)))


class StrSub(str):
    def __eq__(self, other):
        raise AssertionError('ran')

    __hash__ = str.__hash__


attempt('str subclass keyword', lambda: dc._run_init((Plain(),), {StrSub('v'): 1}, plan('z')))
attempt('empty args', lambda: dc._run_init((), {}, plan('z')))
attempt('plan too short', lambda: dc._run_init((Plain(),), {}, plan('z')[:7]))
# expect-output: Slotted.a ran: (True, 1)
# expect-output: Slotted.__class__ TypeError __class__ must be set to a class, not 'int' object
# expect-output: Slotted.__dict__ AttributeError 'Slotted' object has no attribute '__dict__'
# expect-output: Slotted.__slots__ AttributeError 'Slotted' object attribute '__slots__' is read-only
# expect-output: Slotted.args AttributeError 'Slotted' object has no attribute 'args'
# expect-output: Slotted.__traceback__ AttributeError 'Slotted' object has no attribute '__traceback__'
# expect-output: Slotted.__init__ AttributeError 'Slotted' object attribute '__init__' is read-only
# expect-output: ListSub.a ran: (True, 1)
# expect-output: ListSub.__class__ TypeError __class__ must be set to a class, not 'int' object
# expect-output: ListSub.__dict__ TypeError __dict__ must be set to a dictionary, not a 'int'
# expect-output: ListSub.__slots__ ran: (True, None)
# expect-output: ListSub.args ran: (True, 1)
# expect-output: ListSub.__traceback__ ran: (True, None)
# expect-output: ListSub.__init__ ran: (True, None)
# expect-output: ExcSub.a ran: (True, 1)
# expect-output: ExcSub.__class__ TypeError __class__ must be set to a class, not 'int' object
# expect-output: ExcSub.__dict__ TypeError __dict__ must be set to a dictionary, not a 'int'
# expect-output: ExcSub.__slots__ ran: (True, None)
# expect-output: ExcSub.args TypeError 'int' object is not iterable
# expect-output: ExcSub.__traceback__ TypeError __traceback__ must be a traceback or None
# expect-output: ExcSub.__init__ ran: (True, None)
# expect-output: Plain.a ran: (True, 1)
# expect-output: Plain.__class__ TypeError __class__ must be set to a class, not 'int' object
# expect-output: Plain.__dict__ TypeError __dict__ must be set to a dictionary, not a 'int'
# expect-output: Plain.__slots__ ran: (True, None)
# expect-output: Plain.args ran: (True, 1)
# expect-output: Plain.__traceback__ ran: (True, None)
# expect-output: Plain.__init__ ran: (True, None)
# expect-output: int.a ran: (False, '<none>')
# expect-output: int.__class__ ran: (False, None)
# expect-output: int.__dict__ ran: (False, None)
# expect-output: int.__slots__ ran: (False, None)
# expect-output: int.args ran: (False, '<none>')
# expect-output: int.__traceback__ ran: (False, None)
# expect-output: int.__init__ ran: (False, None)
# expect-output: str.a ran: (False, '<none>')
# expect-output: str.__class__ ran: (False, None)
# expect-output: str.__dict__ ran: (False, None)
# expect-output: str.__slots__ ran: (False, None)
# expect-output: str.args ran: (False, '<none>')
# expect-output: str.__traceback__ ran: (False, None)
# expect-output: str.__init__ ran: (False, None)
# expect-output: list.a ran: (False, '<none>')
# expect-output: list.__class__ ran: (False, None)
# expect-output: list.__dict__ ran: (False, None)
# expect-output: list.__slots__ ran: (False, None)
# expect-output: list.args ran: (False, '<none>')
# expect-output: list.__traceback__ ran: (False, None)
# expect-output: list.__init__ ran: (False, None)
# expect-output: type.a ran: (False, '<none>')
# expect-output: type.__class__ ran: (False, None)
# expect-output: type.__dict__ ran: (False, None)
# expect-output: type.__slots__ ran: (False, None)
# expect-output: type.args ran: (False, '<none>')
# expect-output: type.__traceback__ ran: (False, None)
# expect-output: type.__init__ ran: (False, None)
# expect-output: module.a ran: (False, '<none>')
# expect-output: module.__class__ ran: (False, None)
# expect-output: module.__dict__ ran: (False, None)
# expect-output: module.__slots__ ran: (False, None)
# expect-output: module.args ran: (False, '<none>')
# expect-output: module.__traceback__ ran: (False, None)
# expect-output: module.__init__ ran: (False, None)
# expect-output: progress cleared ran: True
# expect-output: index past names TypeError _run_init() plan must come from dataclasses
# expect-output: negative positional TypeError _run_init() plan must come from dataclasses
# expect-output: str subclass keyword ran: False
# expect-output: empty args TypeError _run_init() takes a non-empty tuple and a dict
# expect-output: plan too short TypeError _run_init() plan must come from dataclasses
