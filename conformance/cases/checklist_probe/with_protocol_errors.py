class NoEnter:
    def __exit__(self, *a):
        return False
class NoExit:
    def __enter__(self):
        return self
class Both:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
for obj in [NoEnter(), NoExit(), 5, None]:
    try:
        with obj:
            print("body")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
with Both("a") as a, Both("b", True) as b:
    print("inside", a, b)
    raise ValueError("suppressed by b")
print("after")
with Both("outer", True):
    with Both("inner"):
        raise KeyError("k")
print("outer suppressed")
def in_func():
    with Both("f", True):
        return "returned"
print(in_func())
def swallow_return():
    for i in range(3):
        with Both(f"loop{i}", True):
            if i == 1:
                continue
            if i == 2:
                break
            raise IndexError(i)
    return "loop done"
print(swallow_return())
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with Both("first"), EnterFails():
        print("no body")
except RuntimeError as e:
    print(type(e).__name__, e)
class ExitTruthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return [1]
with ExitTruthy():
    raise ValueError("list is truthy")
print("survived truthy")
class ExitBoolRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        class B:
            def __bool__(self):
                raise ZeroDivisionError("bool in exit")
        return B()
try:
    with ExitBoolRaises():
        raise ValueError("orig")
except ZeroDivisionError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et, type(ev).__name__, tb is not None, ev.__traceback__ is tb)
        return True
with ExitArgs():
    1 / 0
with ExitArgs() as (x, y) if False else ExitArgs():
    pass
try:
    with Both("unpack") as (p, q):
        pass
except ValueError as e:
    print(type(e).__name__, e)
class NoExitOnlyEnterAttr:
    __enter__ = lambda self: self
    __exit__ = None
try:
    with NoExitOnlyEnterAttr():
        pass
except TypeError as e:
    print(type(e).__name__, e)
with NoExit():
    pass
