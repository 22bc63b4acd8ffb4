# The TypeError/AttributeError texts of operations a plain class does not support.
import math
class A: pass
class B: pass
a, b = A(), B()
tests = {
    "add": lambda: a + b, "radd": lambda: 1 + a, "neg": lambda: -a, "pos": lambda: +a, "inv": lambda: ~a,
    "abs": lambda: abs(a), "call": lambda: a(), "getitem": lambda: a[0], "setitem": lambda: a.__setitem__,
    "setitem2": lambda: exec_set(), "delitem": lambda: exec_del(), "len": lambda: len(a), "int": lambda: int(a),
    "float": lambda: float(a), "round": lambda: round(a), "iter": lambda: iter(a), "divmod": lambda: divmod(a, 1),
    "pow3": lambda: pow(a, 2, 3), "pow": lambda: a ** 2, "rpow": lambda: 2 ** a, "reversed": lambda: reversed(a),
    "sqrt": lambda: math.sqrt(a), "bytes": lambda: bytes(a), "index": lambda: [1][a], "slice": lambda: [1, 2][a:],
    "mul_seq": lambda: [1] * a, "str_mod": lambda: "%d" % a, "hex": lambda: hex(a), "chr": lambda: chr(a),
    "range": lambda: range(a), "matmul": lambda: a @ b, "lshift": lambda: a << 1, "and": lambda: a & b,
    "xor": lambda: a ^ 1, "or": lambda: 1 | a, "mod": lambda: a % 2, "floordiv": lambda: a // b, "truediv": lambda: 1 / a,
    "unpack": lambda: unpack(), "format": lambda: format(a, "x"), "sorted": lambda: sorted([a, b]),
    "min": lambda: min(a, 1), "dict_key": lambda: {[]: 1}, "set_add": lambda: {a, []}, "bool_iter": lambda: list(a),
    "enumerate": lambda: enumerate(a), "zip": lambda: zip(a), "map": lambda: list(map(str, a)), "join": lambda: ",".join([a]),
    "str_add": lambda: "x" + a, "str_radd": lambda: a + "x", "int_str": lambda: 1 + "1", "list_add": lambda: [1] + (2,),
    "next": lambda: next(a), "isub": lambda: isub(), "aug_getitem": lambda: aug(),
}
def exec_set():
    a[0] = 1
def exec_del():
    del a[0]
def unpack():
    x, y = a
def isub():
    global a
    a -= 1
def aug():
    a[0] += 1
for name, fn in tests.items():
    try:
        fn()
        print(name, "ok")
    except Exception as e:
        print(name, type(e).__name__, e)
