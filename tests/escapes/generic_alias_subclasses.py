# types.GenericAlias is a base class, as in CPython, and a subclass's
# instances hand every attribute but the alias's own to the origin. A
# payload derives from it to reach the origin's class graph, to make `type`
# build a class through the alias, or to swap layouts with __class__. Each
# lookup through the alias is the origin's own, with its refusals.
import types
class A(types.GenericAlias):
    pass
class P:
    pass
p = P()
attempts = [
    lambda: setattr(p, '__class__', A),
    lambda: setattr(A(list, ()), '__class__', P),
    lambda: A(type, ()).__subclasses__,
    lambda: A(type, ()).__mro__,
    lambda: A(type, ()).__dict__,
    lambda: A(type, ())('X', (), {}),
    lambda: A.__new__(P, list, ()),
    lambda: types.GenericAlias.__new__(A, list, (int,)).__origin__,
    lambda: A(object, ()).__base__,
    lambda: A(list, ()).__mro_entries__(()),
    lambda: A(list, ()).nothing,
    lambda: A(A(type, ()), ()).__bases__,
]
for attack in attempts:
    try:
        print('gave', attack())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
# expect-output: TypeError __class__ assignment: 'A' object layout differs from 'P'
# expect-output: TypeError __class__ assignment: 'P' object layout differs from 'A'
# expect-output: AttributeError '__subclasses__' is not available in the sandbox
# expect-output: AttributeError '__mro__' is not available in the sandbox
# expect-output: AttributeError '__dict__' is not available in the sandbox
# expect-output: TypeError type() with three arguments is not available in the sandbox
# expect-output: TypeError types.GenericAlias.__new__(P): P is not a subtype of types.GenericAlias
# expect-output: gave <class 'list'>
# expect-output: AttributeError '__base__' is not available in the sandbox
# expect-output: gave (<class 'list'>,)
# expect-output: AttributeError type object 'list' has no attribute 'nothing'
# expect-output: AttributeError '__bases__' is not available in the sandbox
