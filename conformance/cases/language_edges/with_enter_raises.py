# An exception in __enter__ skips the body and __exit__; in nested and
# multi-manager with statements the managers already entered still exit.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise ValueError(f"enter {self.name} failed")
        return self.name
    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value)
        return False


try:
    with CM("a", fail_enter=True):
        print("body never runs")
except ValueError as e:
    print("caught", e)

try:
    with CM("a") as a, CM("b", fail_enter=True) as b, CM("c"):
        print("body never runs")
except ValueError as e:
    print("caught", e)

try:
    with CM("outer"):
        with CM("inner", fail_enter=True):
            pass
except ValueError as e:
    print("caught", e, type(e.__context__))

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except AttributeError as e:
    print("AttributeError", e)
except TypeError as e:
    print("TypeError", e)

class NoEnter:
    def __exit__(self, *a):
        pass

try:
    with NoEnter():
        pass
except AttributeError as e:
    print("AttributeError", e)
except TypeError as e:
    print("TypeError", e)

class InstanceOnly:
    pass
obj = InstanceOnly()
obj.__enter__ = lambda: 1
obj.__exit__ = lambda *a: None
try:
    with obj:
        pass
except TypeError as e:
    print("TypeError", e)
