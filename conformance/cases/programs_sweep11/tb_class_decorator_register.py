import functools

PLUGINS = {}


def plugin(name=None, *, version=1):
    def register(cls):
        key = name or cls.__name__.lower()
        if key in PLUGINS:
            raise KeyError(f"duplicate plugin {key!r}")
        cls.plugin_name = key
        cls.version = version
        PLUGINS[key] = cls
        return cls
    return register


def add_repr(cls):
    fields = [k for k in cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]] if False else cls.fields

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls


@plugin()
@add_repr
class Upper:
    fields = ("prefix",)

    def __init__(self, prefix=""):
        self.prefix = prefix

    def run(self, s):
        return self.prefix + s.upper()


@plugin("rev", version=2)
@add_repr
class Reverse:
    fields = ()

    def run(self, s):
        return s[::-1]


print(sorted(PLUGINS), Upper.plugin_name, Reverse.version, Upper("> "))
for name in ["upper", "rev", "nope"]:
    try:
        print(name, PLUGINS[name]().run("abc"))
    except KeyError as e:
        print("KeyError", e)
try:
    @plugin("rev")
    class Again:
        pass
except KeyError as e:
    print("KeyError", e)
print(Reverse(), repr(Upper()), str(Upper("x")))
