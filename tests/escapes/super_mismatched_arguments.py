# super() with arguments CPython checks: an object that is not an instance
# or subclass of the type (super(int, 'x')), a metatype pair (super(type,
# int)) whose bound methods reach type's own slots on a built-in class,
# super(object, object) walking to type's methods, and the proxy's own
# attributes (__thisclass__, __self__, __self_class__) which lead back.
# expect-output: super(int, "x") TypeError: super(type, obj): obj must be an instance or subtype of type
# expect-output: super(B, A()) TypeError: super(type, obj): obj must be an instance or subtype of type
# expect-output: super(A, 5) TypeError: super(type, obj): obj must be an instance or subtype of type
# expect-output: super(5, 5) TypeError: super() argument 1 must be a type, not int
# expect-output: super(type, int).__subclasses__ AttributeError: '__subclasses__' is not available in the sandbox
# expect-output: super(type, int).mro AttributeError: 'super' object has no attribute 'mro'
# expect-output: super(type, int).__getattribute__("__mro__") AttributeError: '__mro__' is not available in the sandbox
# expect-output: super(type, object).__setattr__("x", 1) TypeError: can't apply this __setattr__ to type object
# expect-output: super(object, object).__subclasshook__ AttributeError: '__subclasshook__' is not available in the sandbox
# expect-output: super(B, B()).m() ran: 'A.m'
# expect-output: super(B, B).m ran: <function A.m>
# expect-output: super(B, B()).__thisclass__ AttributeError: '__thisclass__' is not available in the sandbox
# expect-output: super(B, B()).__self_class__ AttributeError: '__self_class__' is not available in the sandbox
# expect-output: super(B, B()).__self__ AttributeError: '__self__' is not available in the sandbox
# expect-output: super(B, B()).__class__ ran: <class 'super'>
# expect-output: super(B, B()).__dict__ ran: {}
# expect-output: super(B, B()).__get__(1) AttributeError: 'super' object has no attribute '__get__'
# expect-output: super(B).__get__(B()) TypeError: super() with one argument is not available in the sandbox
# expect-output: super(B).__get__(5) TypeError: super() with one argument is not available in the sandbox
# expect-output: super() RuntimeError: super(): no arguments
# expect-output: super.__new__(super) TypeError: object.__new__(super) is not safe, use super.__new__()
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        result = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(result))[:150])
    except Exception as e:
        print(label, type(e).__name__ + ':', _re.sub(r' at 0x[0-9a-f]+', '', str(e))[:150])


class A:
    def m(self):
        return 'A.m'


class B(A):
    pass


attempt('super(int, "x")', lambda: super(int, 'x'))
attempt('super(B, A())', lambda: super(B, A()))
attempt('super(A, 5)', lambda: super(A, 5))
attempt('super(5, 5)', lambda: super(5, 5))
attempt('super(type, int).__subclasses__', lambda: super(type, int).__subclasses__)
attempt('super(type, int).mro', lambda: super(type, int).mro)
attempt('super(type, int).__getattribute__("__mro__")',
        lambda: super(type, int).__getattribute__('__mro__'))
attempt('super(type, object).__setattr__("x", 1)', lambda: super(type, object).__setattr__('x', 1))
attempt('super(object, object).__subclasshook__', lambda: super(object, object).__subclasshook__(int))
attempt('super(B, B()).m()', lambda: super(B, B()).m())
attempt('super(B, B).m', lambda: super(B, B).m)
attempt('super(B, B()).__thisclass__', lambda: super(B, B()).__thisclass__)
attempt('super(B, B()).__self_class__', lambda: super(B, B()).__self_class__)
attempt('super(B, B()).__self__', lambda: super(B, B()).__self__)
attempt('super(B, B()).__class__', lambda: super(B, B()).__class__)
attempt('super(B, B()).__dict__', lambda: super(B, B()).__dict__)
attempt('super(B, B()).__get__(1)', lambda: super(B, B()).__get__(1))
attempt('super(B).__get__(B())', lambda: super(B).__get__(B()).m())
attempt('super(B).__get__(5)', lambda: super(B).__get__(5))
attempt('super()', lambda: super())
attempt('super.__new__(super)', lambda: super.__new__(super).__self__)
