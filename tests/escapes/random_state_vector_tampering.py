# random's Mersenne Twister state is plain data a script may set: the
# 625-int tuple setstate() takes ends with the position of the next word,
# which a native generator indexes with. Positions past the table (625,
# 2**31, 2**64), negative ones, words that do not fit 32 bits, negative
# words, non-ints, int subclasses, all-zero states and wrong sizes, through
# random.Random and through _random.Random directly, plus seeds of every
# kind (huge ints, objects with a huge __hash__, bytearrays). Each must be
# refused with CPython's error or produce numbers; none may read past the
# generator's table.
# expect-output: state shape -> (3, 625, 624, None)
# expect-output: setstate position 0 -> (None, 0.5314961684384013)
# expect-output: setstate position 623 -> (None, 0.4733005995628553)
# expect-output: setstate position 624 -> (None, 0.13436424411240122)
# expect-output: setstate position 625 ValueError: invalid state
# expect-output: setstate position 1000000 ValueError: invalid state
# expect-output: setstate position -1 ValueError: invalid state
# expect-output: setstate position -9223372036854775808 ValueError: invalid state
# expect-output: setstate position 18446744073709551616 OverflowError: Python int too large to convert to C long
# expect-output: setstate short ValueError: state vector is the wrong size
# expect-output: setstate long ValueError: state vector is the wrong size
# expect-output: setstate 40-bit word -> (None, 0.40011030114594004)
# expect-output: setstate 65-bit word OverflowError: Python int too large to convert to C unsigned long
# expect-output: setstate negative word OverflowError: can't convert negative value to unsigned int
# expect-output: setstate non-int word TypeError: an integer is required
# expect-output: setstate int subclass -> (None, 0.40011030114594004)
# expect-output: setstate version 2 -> None
# expect-output: setstate all zero -> (None, 0.0)
# expect-output: getrandbits(0) -> 0
# expect-output: getrandbits(-1) ValueError: number of bits must be non-negative
# expect-output: randbytes(-1) ValueError: number of bits must be non-negative
# expect-output: seed object TypeError: The only supported seed types are: None,
# expect-output: int, float, str, bytes, and bytearray.
# expect-output: seed bytearray -> (None, 0.7720246314157545)
# expect-output: seed version 1 -> (None, 0.09639374978773074)
# expect-output: seed huge int -> (None, 0.6457609471105327)
# expect-output: seed negative -> (None, 0.6229016948897019)
# expect-output: _random getstate -> ('tuple', 625)
# expect-output: _random setstate 625 ValueError: invalid state
# expect-output: _random setstate 2**31 ValueError: invalid state
# expect-output: _random setstate -5 ValueError: invalid state
# expect-output: _random setstate 2**32 word -> (None, 0.13974472778700653)
import _random
import random


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


r = random.Random(1)
st = r.getstate()
attempt("state shape", lambda: (st[0], len(st[1]), st[1][-1], st[2]))
for pos in (0, 623, 624, 625, 10 ** 6, -1, -(2 ** 63), 2 ** 64):
    attempt(f"setstate position {pos}", lambda: (r.setstate((3, st[1][:-1] + (pos,), None)),
                                                 r.random()))
attempt("setstate short", lambda: r.setstate((3, st[1][:10], None)))
attempt("setstate long", lambda: r.setstate((3, st[1] + (1,), None)))
attempt("setstate 40-bit word", lambda: (r.setstate((3, (2 ** 40,) + st[1][1:], None)),
                                         r.random()))
attempt("setstate 65-bit word", lambda: r.setstate((3, (2 ** 65,) + st[1][1:], None)))
attempt("setstate negative word", lambda: r.setstate((3, (-1,) + st[1][1:], None)))
attempt("setstate non-int word", lambda: r.setstate((3, ("x",) + st[1][1:], None)))


class Sub(int):
    pass


attempt("setstate int subclass", lambda: (r.setstate((3, (Sub(5),) + st[1][1:], None)),
                                          r.random()))
attempt("setstate version 2", lambda: r.setstate((2, st[1], None)))
attempt("setstate all zero", lambda: (r.setstate((3, (0,) * 624 + (624,), None)), r.random()))
attempt("getrandbits(0)", lambda: r.getrandbits(0))
attempt("getrandbits(-1)", lambda: r.getrandbits(-1))
attempt("randbytes(-1)", lambda: r.randbytes(-1))


class HugeHash:
    def __hash__(self):
        return 2 ** 80


attempt("seed object", lambda: (r.seed(HugeHash()), r.random()))
attempt("seed bytearray", lambda: (r.seed(bytearray(b"abc")), r.random()))
attempt("seed version 1", lambda: (r.seed("abc", version=1), r.random()))
attempt("seed huge int", lambda: (r.seed(10 ** 5000), r.random()))
attempt("seed negative", lambda: (r.seed(-5), r.random()))
core = _random.Random()
attempt("_random getstate", lambda: (type(core.getstate()).__name__, len(core.getstate())))
attempt("_random setstate 625", lambda: (core.setstate(tuple(range(624)) + (625,)), core.random()))
attempt("_random setstate 2**31", lambda: core.setstate(tuple(range(624)) + (2 ** 31,)))
attempt("_random setstate -5", lambda: core.setstate(tuple(range(624)) + (-5,)))
attempt("_random setstate 2**32 word",
        lambda: (core.setstate((2 ** 32,) + tuple(range(623)) + (624,)),
                                                core.random()))
