class FailEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
        return True
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return False
try:
    with Tracker("first"), FailEnter():
        print("body never runs")
except ValueError as e:
    print("caught", e)
class FailExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise KeyError("from exit")
try:
    with FailExit():
        raise ValueError("original")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
try:
    with Tracker("outer"), FailExit():
        pass
except KeyError as e:
    print("caught", repr(e), e.__context__)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 42:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("args:", et, repr(ev))
with ExitArgs():
    pass
try:
    with ExitArgs():
        1 / 0
except ZeroDivisionError as e:
    print("then caught", e)
