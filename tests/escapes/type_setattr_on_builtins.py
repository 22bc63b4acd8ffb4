# The unbound setters reach a built-in type's table where setattr() is
# refused: type.__setattr__(int, ...), object.__setattr__(int, ...) (CPython:
# "can't apply this __setattr__ to type object"), the deleters, super()'s
# proxy, and setting a slot dunder (__add__, __hash__, __call__) that every
# interpreter's int, str or type would then run.
# expect-output: type.__setattr__(int, "x", 1) TypeError: cannot set 'x' attribute of immutable type 'int'
# expect-output: type.__setattr__(int, "__add__", f) TypeError: cannot set '__add__' attribute of immutable type 'int'
# expect-output: object.__setattr__(int, "x", 1) TypeError: can't apply this __setattr__ to type object
# expect-output: object.__setattr__(str, "join", f) TypeError: can't apply this __setattr__ to type object
# expect-output: type.__delattr__(str, "join") TypeError: cannot set 'join' attribute of immutable type 'str'
# expect-output: object.__delattr__(list, "append") TypeError: can't apply this __delattr__ to type object
# expect-output: setattr(type, "__call__", f) TypeError: cannot set '__call__' attribute of immutable type 'type'
# expect-output: setattr(object, "__eq__", f) TypeError: cannot set '__eq__' attribute of immutable type 'object'
# expect-output: setattr(BaseException, "__str__", f) TypeError: cannot set '__str__' attribute of immutable type 'BaseException'
# expect-output: type(None).__bool__ = f TypeError: cannot set '__bool__' attribute of immutable type 'NoneType'
# expect-output: super(type, int).__setattr__("x", 1) TypeError: can't apply this __setattr__ to type object
# expect-output: int.__dict__["x"] = 1 AttributeError: '__dict__' is not available in the sandbox
# expect-output: type.__setattr__(type, "__name__", "t") TypeError: cannot set '__name__' attribute of immutable type 'type'
# expect-output: int.__name__ = "x" TypeError: cannot set '__name__' attribute of immutable type 'int'
# expect-output: int.__qualname__ = "x" TypeError: cannot set '__qualname__' attribute of immutable type 'int'
# expect-output: int.__doc__ = "x" TypeError: cannot set '__doc__' attribute of immutable type 'int'
# expect-output: int.__module__ = "x" TypeError: cannot set '__module__' attribute of immutable type 'int'
# expect-output: type.__setattr__(Mine, "x", 1) ran: (None, 1)
# expect-output: object.__setattr__(Mine, "y", 1) TypeError: can't apply this __setattr__ to type object
# expect-output: 2 bac append True v
import re as _re


def attempt(label, fn):
    # Reprs carry an id (" at 0x..."): left out, it depends on what asked first.
    try:
        result = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(result))[:150])
    except Exception as e:
        print(label, type(e).__name__ + ':', _re.sub(r' at 0x[0-9a-f]+', '', str(e))[:150])


def f(*a):
    return 'hooked'


attempt('type.__setattr__(int, "x", 1)', lambda: type.__setattr__(int, 'x', 1))
attempt('type.__setattr__(int, "__add__", f)', lambda: type.__setattr__(int, '__add__', f))
attempt('object.__setattr__(int, "x", 1)', lambda: object.__setattr__(int, 'x', 1))
attempt('object.__setattr__(str, "join", f)', lambda: object.__setattr__(str, 'join', f))
attempt('type.__delattr__(str, "join")', lambda: type.__delattr__(str, 'join'))
attempt('object.__delattr__(list, "append")', lambda: object.__delattr__(list, 'append'))
attempt('setattr(type, "__call__", f)', lambda: setattr(type, '__call__', f))
attempt('setattr(object, "__eq__", f)', lambda: setattr(object, '__eq__', f))
attempt('setattr(BaseException, "__str__", f)', lambda: setattr(BaseException, '__str__', f))
attempt('type(None).__bool__ = f', lambda: setattr(type(None), '__bool__', f))
attempt('super(type, int).__setattr__("x", 1)', lambda: super(type, int).__setattr__('x', 1))
attempt('int.__dict__["x"] = 1', lambda: int.__dict__.__setitem__('x', 1))
attempt('type.__setattr__(type, "__name__", "t")', lambda: type.__setattr__(type, '__name__', 't'))
attempt('int.__name__ = "x"', lambda: setattr(int, '__name__', 'x'))
attempt('int.__qualname__ = "x"', lambda: setattr(int, '__qualname__', 'x'))
attempt('int.__doc__ = "x"', lambda: setattr(int, '__doc__', 'x'))
attempt('int.__module__ = "x"', lambda: setattr(int, '__module__', 'x'))


class Mine:
    pass


attempt('type.__setattr__(Mine, "x", 1)', lambda: (type.__setattr__(Mine, 'x', 1), Mine.x))
attempt('object.__setattr__(Mine, "y", 1)', lambda: object.__setattr__(Mine, 'y', 1))
print(1 + 1, 'a'.join('bc'), [].append.__name__, type(None)() is None, str(ValueError('v')))
