# AttributeError.name/.obj and NameError.name: filled in by failed lookups,
# settable through keyword arguments, None when unset.
class Box:
    def __init__(self):
        self.size = 1


class Lazy:
    def __getattr__(self, name):
        raise AttributeError(f"lazy has no {name}")


for label, fn in [
    ("instance", lambda: Box().colour),
    ("class", lambda: Box.colour),
    ("builtin", lambda: (5).colour),
    ("getattr()", lambda: getattr(Box(), "weight")),
    ("custom __getattr__", lambda: Lazy().anything),
]:
    try:
        fn()
    except AttributeError as e:
        print(label, "|", e, "|", e.name, "|", type(e.obj).__name__)

try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("setattr", e.name, e.obj)

e = AttributeError("msg", name="field", obj=[1, 2])
print(e, e.args, e.name, e.obj)
e.name = "other"
print(e.name)
del e.obj
print(e.obj)
print(AttributeError().name, AttributeError("x").obj)

try:
    missing_global_zq
except NameError as e:
    print("NameError", e.name, e.args)
print(NameError("m", name="n").name, NameError().name)


def uses_late():
    print(late)
    late = 1


try:
    uses_late()
except UnboundLocalError as e:
    print("UnboundLocalError", e.name)


class Custom(AttributeError):
    def __init__(self, msg, key):
        super().__init__(msg, name=key)
        self.key = key


c = Custom("bad key", "k")
print(c, c.name, c.obj, c.key, c.args)

for make in [
    lambda: AttributeError("m", colour=1),
    lambda: NameError("m", obj=1),
    lambda: AttributeError(name=1, obj=2, extra=3),
    lambda: KeyError("m", name="k"),
    lambda: ValueError(name="v"),
]:
    try:
        make()
    except TypeError as err:
        print("TypeError", err)

# __init__ again resets what it is not given, as CPython's AttributeError_init.
again = AttributeError("first", name="n", obj=1)
again.__init__("second")
print(again, again.args, again.name, again.obj)
again.__init__("third", obj=2)
print(again, again.name, again.obj)
