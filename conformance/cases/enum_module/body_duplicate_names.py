# A name bound twice in an enum body is refused when it is bound (the
# _EnumDict namespace), whether the second binding is a member, a method or
# a descriptor; a descriptor may be rebound (property setters).
from enum import Enum, auto


def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', list(cls))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, str(e).split(' at 0x')[0])


def twice():
    class E(Enum):
        A = 1
        A = 2
    return E


def member_then_method():
    class E(Enum):
        A = 1

        def A(self):
            return 'method'
    return E


def method_then_member():
    class E(Enum):
        def A(self):
            return 'method'
        A = 1
    return E


def auto_twice():
    class E(Enum):
        A = auto()
        B = auto()
        A = auto()
    return E


def property_rebound():
    class E(Enum):
        X = 1

        @property
        def double(self):
            return self.value * 2

        @double.setter
        def double(self, v):
            pass
    return E


def alias_is_fine():
    class E(Enum):
        A = 1
        B = 1
    return E


for label, make in [('twice', twice), ('member_then_method', member_then_method),
                    ('method_then_member', method_then_member), ('auto_twice', auto_twice),
                    ('property_rebound', property_rebound), ('alias', alias_is_fine)]:
    attempt(label, make)

E = alias_is_fine()
print(E.B is E.A, E.__members__.keys() == {'A', 'B'}, list(E.__members__))
P = property_rebound()
print(P.X.double)

# The error comes from the binding in the class body: the traceback's frames
# of this file end at that line (the enum module's own frame follows them in
# CPython and is left out here).
import traceback
try:
    class Late(Enum):
        A = 1
        B = 2
        A = 3
except TypeError as e:
    for frame in traceback.extract_tb(e.__traceback__):
        if frame.filename.endswith('body_duplicate_names.py'):
            print(frame.name, frame.lineno, frame.line)
