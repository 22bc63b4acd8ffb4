# A call of a bytes or bytearray method CPython declares METH_NOARGS, METH_O or
# METH_VARARGS is one step of the recursion limit: a runaway recursion that
# calls one fails inside that call, "while calling a Python object". The
# METH_FASTCALL ones (strip, split, center, hex, decode...) are not counted,
# so the recursion fails at the next Python call instead.
import sys

sys.setrecursionlimit(120)

CALLS = {
    "upper": lambda b: b.upper(),
    "lower": lambda b: b.lower(),
    "title": lambda b: b.title(),
    "swapcase": lambda b: b.swapcase(),
    "capitalize": lambda b: b.capitalize(),
    "isalpha": lambda b: b.isalpha(),
    "isdigit": lambda b: b.isdigit(),
    "isascii": lambda b: b.isascii(),
    "isspace": lambda b: b.isspace(),
    "join": lambda b: b.join([b, b]),
    "partition": lambda b: b.partition(b"b"),
    "rpartition": lambda b: b.rpartition(b"b"),
    "removeprefix": lambda b: b.removeprefix(b"a"),
    "removesuffix": lambda b: b.removesuffix(b"c"),
    "zfill": lambda b: b.zfill(6),
    "count": lambda b: b.count(b"a"),
    "find": lambda b: b.find(b"c"),
    "startswith": lambda b: b.startswith(b"a"),
    "fromhex": lambda b: type(b).fromhex("61 62"),
    "__bytes__": lambda b: b.__bytes__() if type(b) is bytes else b,
    "strip": lambda b: b.strip(),
    "split": lambda b: b.split(),
    "center": lambda b: b.center(9),
    "hex": lambda b: b.hex(),
    "decode": lambda b: b.decode(),
    "translate": lambda b: b.translate(None),
}

MUTATORS = {
    "append": lambda a: a.append(65),
    "extend": lambda a: a.extend(b"x"),
    "copy": lambda a: a.copy(),
    "reverse": lambda a: a.reverse(),
    "remove": lambda a: (a.remove(97), a.insert(0, 97)),
    "clear": lambda a: (a.clear(), a.extend(b"abc")),
    "insert": lambda a: a.insert(0, 66),
    "pop": lambda a: (a.insert(0, 66), a.pop()),
}


def runaway(value, call):
    call(value)
    return runaway(value, call)


def where_it_fails(value, call):
    try:
        runaway(value, call)
    except RecursionError as e:
        return str(e)


for name, call in CALLS.items():
    for value in (b"abc", bytearray(b"abc")):
        print(f"{type(value).__name__}.{name}:", where_it_fails(value, call))
for name, call in MUTATORS.items():
    print(f"bytearray.{name}:", where_it_fails(bytearray(b"abc"), call))
