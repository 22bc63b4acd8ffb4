# Natives that convert their arguments (or a list's items) through
# __index__/__float__ while iterating a list those conversions empty or
# grow: bytes()/bytearray() of a list, math.fsum/prod/hypot/dist/gcd/lcm,
# sum with a float start, int.from_bytes, itertools counts and lengths,
# operator getters, %-formatting's '*' width, str/bytes widths. Each must
# re-read the list after every conversion (CPython's results).
# expect-output: bytes -> b'A' 0
# expect-output: bytearray -> bytearray(b'A') 0
# expect-output: fsum -> 65.0 0
# expect-output: prod TypeError unsupported operand type(s) for *: 'int' and 'I' 3
# expect-output: sum float TypeError unsupported operand type(s) for +: 'float' and 'I' 3
# expect-output: hypot -> 114.324101 100
# expect-output: dist -> 0.0 200
# expect-output: gcd -> 1 100
# expect-output: lcm -> 287430 100
# expect-output: int.from_bytes -> 65 0
# expect-output: range -> [0, 1, 2, 3, 4] 0
# expect-output: islice -> [2, 5, 8] 0
# expect-output: repeat -> [1, 1, 1] 0
# expect-output: combinations -> 0 0
# expect-output: permutations TypeError Expected int as r 3
# expect-output: product repeat -> 0 0
# expect-output: tee n -> 2 0
# expect-output: operator.getitem IndexError list index out of range 0
# expect-output: operator.setitem IndexError list assignment index out of range 0
# expect-output: operator.delitem IndexError list assignment index out of range 0
# expect-output: itemgetter IndexError list index out of range 0
# expect-output: indexOf -> 2 3
# expect-output: countOf -> 0 3
# expect-output: iadd self -> 6 6
# expect-output: %c of the list -> ABC 100
# expect-output: %*d TypeError * wants int 3
# expect-output: %.*f TypeError * wants int 3
# expect-output: str.center -> ***x*** 0
# expect-output: expandtabs -> a   b 0
# expect-output: bytes.center -> b'   x   ' 0
# expect-output: round -> 2.0 0
# expect-output: chr -> A 0
import itertools
import math
import operator

L = []


class I:
    def __init__(self, v, act=None):
        self.v = v
        self.act = act

    def __index__(self):
        if self.act:
            self.act()
        return self.v

    __int__ = __index__

    def __float__(self):
        if self.act:
            self.act()
        return float(self.v)


def reset():
    L[:] = [I(65, L.clear), I(66), I(67, lambda: L.extend(I(1) for _ in range(100)))]


def attempt(label, fn):
    reset()
    try:
        r = fn()
        print(label, "->", r if isinstance(r, (int, float, str, bytes, bytearray, tuple, list)) else type(r).__name__, len(L))
    except Exception as e:
        print(label, type(e).__name__, e, len(L))


attempt("bytes", lambda: bytes(L))
attempt("bytearray", lambda: bytearray(L))
attempt("fsum", lambda: math.fsum(L))
attempt("prod", lambda: math.prod(L, start=1))
attempt("sum float", lambda: sum(L, 0.0))
attempt("hypot", lambda: round(math.hypot(*L), 6))
attempt("dist", lambda: math.dist(L, L))
attempt("gcd", lambda: math.gcd(*L))
attempt("lcm", lambda: math.lcm(*L))
attempt("int.from_bytes", lambda: int.from_bytes(L, "big"))
attempt("range", lambda: list(range(I(5, L.clear))))
attempt("islice", lambda: list(itertools.islice(range(100), I(2, L.clear), I(10, L.clear), I(3, L.clear))))
attempt("repeat", lambda: list(itertools.repeat(1, I(3, L.clear))))
attempt("combinations", lambda: len(list(itertools.combinations(L, I(2, L.clear)))))
attempt("permutations", lambda: len(list(itertools.permutations(L, I(2, L.clear)))))
attempt("product repeat", lambda: len(list(itertools.product(L, repeat=I(2, L.clear)))))
attempt("tee n", lambda: len(itertools.tee(L, I(2, L.clear))))
attempt("operator.getitem", lambda: operator.getitem(L, I(2, L.clear)).v)
attempt("operator.setitem", lambda: operator.setitem(L, I(2, L.clear), 1))
attempt("operator.delitem", lambda: operator.delitem(L, I(2, L.clear)))
attempt("itemgetter", lambda: len(operator.itemgetter(I(0, L.clear), I(2))(L)))
attempt("indexOf", lambda: operator.indexOf(L, L[2]))
attempt("countOf", lambda: operator.countOf(L, 5))
attempt("iadd self", lambda: len(operator.iadd(L, L)))
attempt("%c of the list", lambda: "%c%c%c" % tuple(L))
attempt("%*d", lambda: "%*d" % (I(5, L.clear), 3))
attempt("%.*f", lambda: "%.*f" % (I(2, L.clear), 3.14159))
attempt("str.center", lambda: "x".center(I(7, L.clear), "*"))
attempt("expandtabs", lambda: "a\tb".expandtabs(I(4, L.clear)))
attempt("bytes.center", lambda: b"x".center(I(7, L.clear)))
attempt("round", lambda: round(2.5, I(0, L.clear)))
attempt("chr", lambda: chr(I(65, L.clear)))
