# Changing what an object or class is after the fact, by every spelling:
# __class__ assignment through setattr, object.__setattr__, and
# super().__setattr__, __class__ put into the instance dict or
# vars(); __bases__ assignment and object.__new__/int.__new__/
# tuple.__new__ on layouts they do not know (functions, modules, bool,
# exceptions), and __new__ of a built-in called on another built-in.
import types, enum


class A:
    pass


class B(int):
    pass


a = A()
attempts = [
    lambda: setattr(a, '__class__', int),
    lambda: object.__setattr__(a, '__class__', B),
    lambda: super(A, a).__setattr__('__class__', list),
    lambda: vars(a).update({'__class__': int}) or type(a).__name__,
    lambda: a.__dict__.__setitem__('__class__', dict) or a.__class__.__name__,
    lambda: setattr(A, '__bases__', (int,)),
    lambda: setattr(A, '__mro__', (A, int, object)),
    lambda: object.__new__(types.FunctionType),
    lambda: object.__new__(types.ModuleType),
    lambda: int.__new__(bool, 5),
    lambda: tuple.__new__(B, (1,)),
    lambda: int.__new__(str, 3),
    lambda: object.__new__(ValueError).args,
    lambda: object.__new__(enum.EnumType),
    lambda: dict.__new__(types.MappingProxyType),
    lambda: list.__init__(a, [1, 2]),
]
for attack in attempts:
    try:
        print('gave', attack())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    A.__bases__ = (int,)
except AttributeError as e:
    print(e)
print(isinstance(A(), int), '__bases__' in vars(A))
# expect-output: TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: TypeError __class__ assignment: 'B' object layout differs from 'A'
# expect-output: TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: gave A
# expect-output: gave A
# expect-output: AttributeError '__bases__' is not available in the sandbox
# expect-output: AttributeError readonly attribute
# expect-output: TypeError object.__new__(function) is not safe, use function.__new__()
# expect-output: TypeError object.__new__(module) is not safe, use module.__new__()
# expect-output: TypeError int.__new__(bool) is not safe, use bool.__new__()
# expect-output: TypeError tuple.__new__(B): B is not a subtype of tuple
# expect-output: TypeError int.__new__(str): str is not a subtype of int
# expect-output: TypeError object.__new__(ValueError) is not safe, use ValueError.__new__()
# expect-output: TypeError object.__new__(EnumType) is not safe, use type.__new__()
# expect-output: TypeError dict.__new__(mappingproxy): mappingproxy is not a subtype of dict
# expect-output: TypeError descriptor '__init__' requires a 'list' object but received a 'A'
# expect-output: '__bases__' is not available in the sandbox
# expect-output: False False
