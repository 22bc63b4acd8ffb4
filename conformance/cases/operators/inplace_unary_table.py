# In-place operators and unary operations on a table of values of every
# built-in kind: the results and error messages python3.11 gives.
def t(label, f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = (type(r).__name__, sorted(r, key=repr))
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# Each value is built afresh for every use: in-place operators mutate.
VALUES = [
    ("1", lambda: 1), ("2.5", lambda: 2.5), ("True", lambda: True), ('"ab"', lambda: "ab"),
    ('b"ab"', lambda: b"ab"), ('bytearray(b"x")', lambda: bytearray(b"x")), ("[1]", lambda: [1]),
    ("(1,)", lambda: (1,)), ("{1: 2}", lambda: {1: 2}), ("{1}", lambda: {1}),
    ("frozenset({2})", lambda: frozenset({2})), ("None", lambda: None),
    ("range(2)", lambda: range(2)), ("{1: 2}.keys()", lambda: {1: 2}.keys()), ("-3", lambda: -3),
    ("0", lambda: 0), ("10**20", lambda: 10**20), ("[]", lambda: []), ("{}", lambda: {}),
    ('"é"', lambda: "é"),
]


def iadd(x, y):
    x += y
    return x


def isub(x, y):
    x -= y
    return x


def imul(x, y):
    x *= y
    return x


def itruediv(x, y):
    x /= y
    return x


def ifloordiv(x, y):
    x //= y
    return x


def imod(x, y):
    x %= y
    return x


def ipow(x, y):
    x **= y
    return x


def ilshift(x, y):
    x <<= y
    return x


def irshift(x, y):
    x >>= y
    return x


def iand(x, y):
    x &= y
    return x


def ior(x, y):
    x |= y
    return x


def ixor(x, y):
    x ^= y
    return x


def imatmul(x, y):
    x @= y
    return x


INPLACE = [
    ("+=", iadd), ("-=", isub), ("*=", imul), ("/=", itruediv), ("//=", ifloordiv),
    ("%=", imod), ("**=", ipow), ("<<=", ilshift), (">>=", irshift), ("&=", iand),
    ("|=", ior), ("^=", ixor), ("@=", imatmul),
]


def too_big(a, op, b):
    # Results too large to build (repeats, powers and shifts by 10**20), and
    # (-3) ** 2.5, which is complex.
    big = "10**20"
    return ((op == "*=" and big in (a, b)) or (op in ("**=", "<<=") and b == big)
            or (a, op, b) == ("-3", "**=", "2.5"))


for a, make_a in VALUES:
    for b, make_b in VALUES:
        for op, apply in INPLACE:
            if not too_big(a, op, b):
                t(f"{a} {op} {b}", lambda: apply(make_a(), make_b()))

UNARY = [
    ("-{}", lambda x: -x), ("+{}", lambda x: +x), ("~{}", lambda x: ~x),
    ("not {}", lambda x: not x), ("abs({})", abs), ("len({})", len), ("bool({})", bool),
    ("int({})", int), ("float({})", float), ("str({})", str), ("list({})", list),
    ("type(iter({})).__name__", lambda x: type(iter(x)).__name__),
    ("type(reversed({})).__name__", lambda x: type(reversed(x)).__name__),
    ("sorted({})", sorted), ("min({})", min), ("sum({})", sum), ("tuple({})", tuple),
    ("set({})", set), ("repr({})", repr), ("ascii({})", ascii),
]
for a, make_a in VALUES:
    for form, apply in UNARY:
        t(form.format(a), lambda: apply(make_a()))
