# abc's and enum's bookkeeping as a way to classes and hooks: the ABC
# registry and caches, ABCMeta.register(type) and register of a built-in,
# __subclasshook__ returning True for everything, an Enum whose member is
# named like a refused dunder or whose _missing_/_generate_next_value_
# hooks look at the class, and the functional API with a names mapping
# that carries dunders.
import re as _re


def shown(value):
    # Reprs end " at 0x<id>" as CPython's do; the id is no address, but it
    # depends on what asked for ids before: leave it out.
    return _re.sub(r' at 0x[0-9a-f]+', '', str(value))


import abc, enum


class A(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True


attempts = [
    lambda: A._abc_registry,
    lambda: A._abc_impl,
    lambda: abc._get_dump(A),
    lambda: A.register(type),
    lambda: (A.register(int), issubclass(bool, A), isinstance(print, A)),
    lambda: abc.ABCMeta.__subclasscheck__(A, type),
    lambda: enum.Enum('E', {'__class__': 1, 'mro': 2}),
    lambda: enum.Enum('E', {'__globals__': 1}).__globals__,
    lambda: enum.Enum('E', 'A B').A.__class__.__bases__,
    lambda: enum.Enum('E', 'A').__members__.mapping,
]
for attack in attempts:
    try:
        print('gave', shown(attack()))
    except (AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Hooked(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.__class__.__name__

    @classmethod
    def _missing_(cls, value):
        try:
            return cls.__mro__
        except AttributeError as e:
            print('missing:', e)

    X = enum.auto()


print(Hooked.X.value)
try:
    Hooked('nope')
except ValueError as e:
    print(e)
# expect-output: AttributeError type object 'A' has no attribute '_abc_registry'
# expect-output: gave <_abc._abc_data object>
# expect-output: AttributeError module 'abc' has no attribute '_get_dump'
# expect-output: gave <class 'type'>
# expect-output: gave (<class 'int'>, True, True)
# expect-output: gave True
# expect-output: ValueError invalid enum member name(s) 'mro'
# expect-output: gave 1
# expect-output: AttributeError '__bases__' is not available in the sandbox
# expect-output: AttributeError 'mappingproxy' object has no attribute 'mapping'
# expect-output: str
# expect-output: missing: '__mro__' is not available in the sandbox
# expect-output: 'nope' is not a valid Hooked
