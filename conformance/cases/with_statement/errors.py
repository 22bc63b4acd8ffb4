class OnlyEnter:
    def __enter__(self):
        return 1


class OnlyExit:
    def __exit__(self, *a):
        pass


for obj in (1, OnlyEnter(), OnlyExit(), "s"):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError", e)


class FailingEnter:
    def __enter__(self):
        raise KeyError("enter")

    def __exit__(self, *a):
        print("exit should not run")


try:
    with FailingEnter():
        print("body should not run")
except KeyError as e:
    print("KeyError", e)


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise ValueError("from exit")


try:
    with FailingExit():
        raise KeyError("body")
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)

try:
    with FailingExit():
        pass
except ValueError as e:
    print("ValueError", e, e.__context__)


class ExitArgs:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print(t.__name__ if t else t, repr(v))
        return True


with ExitArgs():
    raise IndexError(3)
with ExitArgs():
    pass
