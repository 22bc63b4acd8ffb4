# Context() parses its arguments as CPython's C constructor does.
from decimal import Context, ROUND_UP


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


show(Context, rounding=1)
show(Context, rounding='x')
show(Context, foo=1)
show(Context, prec=3, foo=1)
show(Context, 1, 2, 3, 4, 5, 6, 7, 8, 9)
show(Context, 1, prec=2)
show(Context, 5, ROUND_UP, -9, 9, 0, 1, [], [])
show(Context, 3, rounding=ROUND_UP, Emax=7)
show(Context, None, None, None, None, None, None, None, None)
