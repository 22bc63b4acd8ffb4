# Decimal's digit-wise logical operations, Context.power's keywords and
# modulo, and localcontext's keyword checks.
from decimal import Decimal as D, Context, localcontext, getcontext, InvalidOperation


def attempt(label, fn):
    try:
        print(label, fn())
    except (InvalidOperation, TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


for a, b in (("1101", "1011"), ("0", "1"), ("111", "10101"), ("12", "1"), ("-1", "1"),
             ("1.0", "1"), ("1E1", "1"), ("NaN", "1"), ("-0", "1"), ("Inf", "1")):
    for op in ("logical_and", "logical_or", "logical_xor"):
        attempt((op, a, b), lambda: getattr(D(a), op)(D(b)))
for a in ("0", "1101", "2", "sNaN"):
    attempt(("logical_invert", a), lambda: D(a).logical_invert())

small = Context(prec=3)
attempt("truncated", lambda: small.logical_and(D("11111"), D("11011")))
attempt("invert 3", lambda: small.logical_invert(D("1")))
attempt("invert long", lambda: small.logical_invert(D("11111")))
attempt("context and", lambda: small.logical_and(D("110"), 11))
attempt("context or", lambda: small.logical_or(3, 5))
attempt("context xor", lambda: small.logical_xor(D(11), 1))
attempt("float", lambda: small.logical_and(1.0, 1))
attempt("str", lambda: D(1).logical_or("1"))
attempt("bad context", lambda: D(1).logical_and(1, context=3))
attempt("with context", lambda: D(1).logical_invert(small))
quiet = Context(traps=[])
print(quiet.logical_and(D(2), D(1)), quiet.flags[InvalidOperation])

c = Context(prec=5)
attempt("pow mod", lambda: c.power(D(3), D(4), D(7)))
attempt("pow ints", lambda: c.power(2, 10, 1000))
attempt("pow keywords", lambda: c.power(a=2, b=3))
attempt("pow modulo kw", lambda: c.power(2, 3, modulo=5))
attempt("pow modulo None", lambda: c.power(2, b=3, modulo=None))
attempt("pow missing b", lambda: c.power(2))
attempt("pow missing a", lambda: c.power(b=2))
attempt("pow None", lambda: c.power(None, 2))
attempt("pow frac mod", lambda: c.power(D("2.5"), 2, 7))
attempt("pow big", lambda: c.power(D(7), 1000, 13))

with localcontext(prec=3) as ctx:
    print(ctx.prec, D(1) / D(3))
for kw in ({'foo': 1}, {'prec': 'x'}, {'prec': 0}, {'rounding': 'bad'}, {'Emax': 1.5},
           {'traps': 3}, {'flags': {}}, {'capitals': 2}, {'clamp': 3}, {'Emin': 5}):
    try:
        with localcontext(**kw) as ctx:
            print(kw, ctx.prec)
    except (TypeError, ValueError, KeyError) as e:
        print(kw, type(e).__name__, e)
with localcontext(getcontext(), prec=4, rounding="ROUND_DOWN") as ctx:
    print(ctx.prec, ctx.rounding, D(2) / D(3))
try:
    localcontext(ctx=3)
except TypeError as e:
    print("TypeError", e)
