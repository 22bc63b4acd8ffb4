# Corners of enum found by a differential sweep: StrEnum checks the encoding
# and errors arguments of a tuple value, `in` on an enum class warns before it
# refuses a non-member, NAMED_FLAGS skips canonical members of any value type
# but walks an alias's bits (a float alias fails in `~`), a global Flag's
# repr fails in 3.11 for a named member, and `from enum import *` brings only
# the names of enum.__all__.
import enum
import warnings
from enum import *


def show(label, make):
    try:
        print(label, "->", repr(make()))
    except (TypeError, ValueError) as e:
        print(label, "!!", type(e).__name__, e)


def str_enum(value):
    class S(StrEnum):
        A = value
    return S.A


for value in [(b"ab", "ascii"), (b"ab", 1), (b"ab", "ascii", 2), (b"ab", 1, 2),
              ("a", "b", "c", "d"), (1,), (1, "utf-8"), ()]:
    show("StrEnum %r" % (value,), lambda: str_enum(value))

Color = Enum("Color", "RED GREEN")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    show("1 in Color", lambda: 1 in Color)
    show("member in Color", lambda: Color.RED in Color)
    show("'a' in flag member", lambda: "a" in Flag("F", "A").A)
for w in caught:
    print(w.category.__name__, str(w.message).replace("\n", " | "))


class Listy(Enum):
    RED = [1]
    BLUE = [2]


show("NAMED_FLAGS list values", lambda: verify(NAMED_FLAGS)(Listy))


class Floaty(float, Enum):
    ONE = 1.5
    SAME = 1.5


show("NAMED_FLAGS float alias", lambda: verify(NAMED_FLAGS)(Floaty))
show("bits of -1", lambda: list(enum._iter_bits_lsb(-1)))
show("bits of 2.5", lambda: list(enum._iter_bits_lsb(2.5)))
show("bits of 44", lambda: list(enum._iter_bits_lsb(44)))

GlobalFlag = global_enum(Flag("GlobalFlag", "A B"))
GlobalInt = global_enum(IntFlag("GlobalInt", "A B"))
for cls in (GlobalFlag, GlobalInt):
    for value in (0, 1, 3, 8):
        show("%s(%d)" % (cls.__name__, value), lambda: repr(cls(value)))
GlobalEnum = global_enum(Enum("GlobalEnum", "X Y"))
print([repr(m) + " " + str(m) for m in GlobalEnum])

for name, make in [("global_str", lambda: global_str), ("NAMED_FLAGS", lambda: NAMED_FLAGS),
                   ("pickle_by_enum_name", lambda: pickle_by_enum_name),
                   ("pickle_by_global_name", lambda: pickle_by_global_name),
                   ("show_flag_values", lambda: show_flag_values)]:
    try:
        make()
        print("bound", name)
    except NameError as e:
        print("NameError", e)
print(enum.__all__)
