# Enum's hooks run script code inside the metaclass: _missing_ returning a
# non-member, another enum's member or a moat object; _generate_next_value_
# printing the type of every argument (CPython passes name, start, count
# and the list of last values: plain data, never the class namespace);
# _ignore_ naming moat's own attributes.
# expect-output: generate str int int list []
# expect-output: generate str int int list ['int']
# expect-output: _missing_ EnumType int
# expect-output: missing none ValueError 7 is not a valid Hooked
# expect-output: _missing_ EnumType str
# expect-output: missing other enum TypeError error in Hooked._missing_: returned <Other.Z: 9> instead of None or a valid member
# expect-output: _missing_ EnumType str
# expect-output: missing int TypeError error in Hooked._missing_: returned 5 instead of None or a valid member
# expect-output: auto values -> [0, 10]
# expect-output: ignored maps intact -> ([<Ignored.A: 1>], <Ignored.A: 1>)
import enum


class Other(enum.Enum):
    Z = 9


class Hooked(enum.Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        print("_missing_", type(cls).__name__, type(value).__name__)
        if value == "other":
            return Other.Z
        if value == "int":
            return 5
        return None


class Auto(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        print("generate", type(name).__name__, type(start).__name__, type(count).__name__,
              type(last_values).__name__, [type(v).__name__ for v in last_values])
        return count * 10

    A = enum.auto()
    B = enum.auto()


class Ignored(enum.Enum):
    _ignore_ = ["_member_map_", "_value2member_map_", "tmp"]
    tmp = 3
    A = 1


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("missing none", lambda: Hooked(7))
attempt("missing other enum", lambda: Hooked("other"))
attempt("missing int", lambda: Hooked("int"))
attempt("auto values", lambda: [m.value for m in Auto])
attempt("ignored maps intact", lambda: (list(Ignored), Ignored(1)))
