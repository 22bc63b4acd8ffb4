# A metaclass's __prepare__ chooses the object a class body binds its names
# in; moat's own metaclasses may return a dict subclass of moat's modules
# (enum's _EnumDict), whose __setitem__ then runs at every binding. A script
# tries to get its own code there: a metaclass with __prepare__, metaclass=
# a function, a subclass of EnumType, a replaced EnumType.__prepare__
# returning the script's dict subclass (or a subclass of _EnumDict), and a
# script dict handed straight to EnumType (no class body runs in it; it
# fails as in CPython). In CPython the first five run the script's
# __setitem__ for every name of the body; here each is refused with a
# clear error, and a __prepare__ on an ordinary class is ignored, as in
# CPython.
# expect-output: metaclass class TypeError metaclass is not available in the sandbox
# expect-output: metaclass function TypeError metaclass is not available in the sandbox
# expect-output: EnumType subclass TypeError subclassing 'EnumType' (defining a metaclass) is not available in the sandbox
# expect-output: replaced __prepare__ TypeError EnumType.__prepare__() must return a dict in the sandbox, not Spy
# expect-output: _EnumDict subclass TypeError EnumType.__prepare__() must return a dict in the sandbox, not SpyEnumDict
# expect-output: staticmethod __prepare__ TypeError EnumType.__prepare__() must return a dict in the sandbox, not Spy
# expect-output: ordinary __prepare__ ignored [] 1
# expect-output: direct call AttributeError 'Spy' object has no attribute '_member_names'
# expect-output: seen []
import enum
from enum import Enum, EnumType

seen = []


class Spy(dict):
    def __setitem__(self, key, value):
        seen.append(key)
        super().__setitem__(key, value)


class SpyEnumDict(enum._EnumDict):
    def __setitem__(self, key, value):
        seen.append(key)
        super().__setitem__(key, value)


def attempt(label, make):
    try:
        make()
        print(label, 'made', seen)
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


class WithPrepare:
    @classmethod
    def __prepare__(metacls, name, bases, **kwds):
        return Spy()


def metaclass_class():
    class C(metaclass=WithPrepare):
        x = 1


def metaclass_function():
    def meta(name, bases, ns):
        return ns

    class C(metaclass=meta):
        x = 1


def enumtype_subclass():
    class MyMeta(EnumType):
        @classmethod
        def __prepare__(metacls, name, bases, **kwds):
            return Spy()


attempt('metaclass class', metaclass_class)
attempt('metaclass function', metaclass_function)
attempt('EnumType subclass', enumtype_subclass)

original = EnumType.__dict__['__prepare__']


def replaced(make_ns, wrap=classmethod):
    def prepare(*args, **kwds):
        ns = make_ns()
        ns._cls_name = 'C'
        return ns

    EnumType.__prepare__ = wrap(prepare)
    try:
        class C(Enum):
            A = 1
    finally:
        EnumType.__prepare__ = original


attempt('replaced __prepare__', lambda: replaced(Spy))
attempt('_EnumDict subclass', lambda: replaced(SpyEnumDict))
attempt('staticmethod __prepare__', lambda: replaced(Spy, staticmethod))

# A __prepare__ on a class that is not a metaclass is an ordinary attribute.
calls = []


class Base:
    @classmethod
    def __prepare__(cls, name, bases, **kwds):
        calls.append(name)
        return Spy()


class Derived(Base):
    x = 1


print('ordinary __prepare__ ignored', calls, Derived.x)


def direct_call():
    ns = Spy()
    ns['A'] = 1
    EnumType('D', (Enum,), ns)


attempt('direct call', direct_call)
seen.remove('A')
print('seen', seen)
