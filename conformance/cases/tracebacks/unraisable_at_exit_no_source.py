# A finalizer that fails while the script runs is reported with its
# traceback's source lines; one that fails at exit, as the main module's
# namespace is torn down, is reported without them: CPython's teardown has
# no io module left to read the source with. The uncaught exception's own
# traceback, printed before the teardown, keeps its lines. (__del__ is a
# callable object with its own repr, since a function's shows an address.)


class Release:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"<release of {self.name}>"

    def __call__(self):
        raise ValueError(f"cannot release {self.name}")


class Temporary:
    __del__ = Release("the temporary")


class First:
    __del__ = Release("the first")


class Second:
    __del__ = Release("the second")


class Session:
    def __init__(self, user):
        self.user = user

    def __del__(self):
        print(f"closing the session of {self.user}")


temporary = Temporary()
del temporary
print("dropped while running")

first = First()
session = Session("ada")
second = Second()


def fail():
    raise RuntimeError("done")


fail()
