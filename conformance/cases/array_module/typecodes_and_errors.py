# array: every typecode's range checks and messages, construction from each
# kind of initializer, and the errors of the sequence operations.
from array import array, typecodes, ArrayType
import array as array_module

print(typecodes, ArrayType is array, array.__name__)
for code in typecodes:
    a = array(code)
    print(code, a.itemsize, a.typecode, repr(a), len(a))

limits = {"b": (-128, 127), "B": (0, 255), "h": (-2 ** 15, 2 ** 15 - 1), "H": (0, 2 ** 16 - 1),
          "i": (-2 ** 31, 2 ** 31 - 1), "I": (0, 2 ** 32 - 1), "l": (-2 ** 63, 2 ** 63 - 1),
          "L": (0, 2 ** 64 - 1), "q": (-2 ** 63, 2 ** 63 - 1), "Q": (0, 2 ** 64 - 1)}
for code, (low, high) in limits.items():
    print(code, array(code, [low, high]))
    for bad in (low - 1, high + 1, 1.5, "7", None):
        try:
            array(code, [bad])
        except (OverflowError, TypeError) as e:
            print("  ", repr(bad), type(e).__name__, e)

print(array("f", [0.1, 1e300, -1e300, 3]), array("d", [0.1, 2, True]))
for bad in ["x", None, 2 ** 1100, [1]]:
    try:
        array("d", [bad])
    except (TypeError, OverflowError) as e:
        print("d", type(e).__name__, e)
print(array("u", "héllo ☃"), array("u", ["a", "b"]))
for bad in [["ab"], [""], [1], "", 5]:
    try:
        print(array("u", bad))
    except TypeError as e:
        print("u", type(e).__name__, e)


class Index:
    def __index__(self):
        return 5


class Real:
    def __float__(self):
        return 2.5


print(array("i", [Index()]), array("d", [Index(), Real()]))
calls = [lambda: array("x"), lambda: array(1), lambda: array("ii"), lambda: array(),
         lambda: array("i", [], 3), lambda: array("i", "abc"), lambda: array("i", array("u", "a")),
         lambda: array("u", array("i", [1])), lambda: array("i", array("d", [1.5])),
         lambda: array("i", [Real()]), lambda: array(typecode="i")]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(array("b", b"\x01\xff"), array("i", bytearray(8)), array("d", array("i", [1, 2])),
      array("i", (x * x for x in range(4))), array("I", range(3)))
