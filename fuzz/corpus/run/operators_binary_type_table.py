# Binary operators, comparisons and `in` on every pair from a table of
# values of every built-in kind: the results and error messages python3.11
# gives. The operands are built at run time, so nothing is folded by the
# compiler and every pair goes through the interpreter's operators.
def t(label, f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = (type(r).__name__, sorted(r, key=repr))
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


VALUES = [
    ("1", lambda: 1), ("2.5", lambda: 2.5), ("True", lambda: True), ('"ab"', lambda: "ab"),
    ('b"ab"', lambda: b"ab"), ('bytearray(b"x")', lambda: bytearray(b"x")), ("[1]", lambda: [1]),
    ("(1,)", lambda: (1,)), ("{1: 2}", lambda: {1: 2}), ("{1}", lambda: {1}),
    ("frozenset({2})", lambda: frozenset({2})), ("None", lambda: None),
    ("range(2)", lambda: range(2)), ("{1: 2}.keys()", lambda: {1: 2}.keys()),
    ("{1: 2}.items()", lambda: {1: 2}.items()), ("{1: 2}.values()", lambda: {1: 2}.values()),
    ("-3", lambda: -3), ("0", lambda: 0), ("0.0", lambda: 0.0), ("10**20", lambda: 10**20),
]
OPERATORS = [
    ("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
    ("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
    ("**", lambda x, y: x ** y), ("<<", lambda x, y: x << y), (">>", lambda x, y: x >> y),
    ("&", lambda x, y: x & y), ("|", lambda x, y: x | y), ("^", lambda x, y: x ^ y),
    ("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y), ("==", lambda x, y: x == y),
    ("!=", lambda x, y: x != y), (">", lambda x, y: x > y), (">=", lambda x, y: x >= y),
    ("in", lambda x, y: x in y), ("@", lambda x, y: x @ y),
]
SEQUENCES = {'"ab"', 'b"ab"', 'bytearray(b"x")', "[1]", "(1,)"}


def too_big(a, op, b):
    # Results too large to build (sequences repeated, powers and shifts by
    # 10**20), and (-3) ** 2.5, which is complex.
    big = "10**20"
    return ((op in ("**", "<<") and b == big)
            or (op == "*" and {a, b} & SEQUENCES and big in (a, b))
            or (a, op, b) == ("-3", "**", "2.5"))


for a, make_a in VALUES:
    for b, make_b in VALUES:
        for op, apply in OPERATORS:
            if not too_big(a, op, b):
                t(f"{a} {op} {b}", lambda: apply(make_a(), make_b()))
