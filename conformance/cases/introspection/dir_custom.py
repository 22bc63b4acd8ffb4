# A __dir__ method on the class is called and its result sorted; dir()
# checks its arguments as CPython does.
class Proxy:
    def __init__(self, fields):
        self._fields = fields

    def __dir__(self):
        return list(self._fields) + ["zeta", "alpha"]


print(dir(Proxy(["m", "b"])))


class TupleDir:
    def __dir__(self):
        return ("b", "a", "c")


print(dir(TupleDir()))


class GenDir:
    def __dir__(self):
        yield "y"
        yield "x"


print(dir(GenDir()))


class BadDir:
    def __dir__(self):
        return 42


try:
    dir(BadDir())
except TypeError as e:
    print("TypeError", e)


class MixedDir:
    def __dir__(self):
        return ["a", 1]


try:
    dir(MixedDir())
except TypeError as e:
    print("TypeError", e)


class RaisingDir:
    def __dir__(self):
        raise ValueError("no listing")


try:
    dir(RaisingDir())
except ValueError as e:
    print("ValueError", e)

print(dir(RaisingDir)[:3], "__dir__" in dir(RaisingDir))

for call in (lambda: dir(1, 2), lambda: dir(object=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


class Holder:
    pass


h = Holder()
h.__dict__[5] = "int key"
try:
    dir(h)
except TypeError as e:
    print("TypeError", e)


class Dyn:
    def __getattr__(self, name):
        return 42


print([n for n in dir(Dyn()) if not n.startswith("__")])
