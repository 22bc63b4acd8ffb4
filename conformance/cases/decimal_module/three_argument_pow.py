# pow(a, b, m) with a Decimal in any place: CPython's C Decimal converts all
# three operands (ints and Decimals), float refuses the modulus, and the
# other operands' nb_power slots are tried in turn as ternary_op does.
from decimal import Decimal, InvalidOperation
import decimal


class MyInt(int):
    pass


class P:
    def __repr__(self):
        return "P()"

    def __pow__(self, other, mod=None):
        return ("P.__pow__", other, mod)

    def __rpow__(self, other, mod=None):
        return ("P.__rpow__", other, mod)


cases = [(2, Decimal(10), 7), (2, 10, Decimal(7)), (Decimal(2), 10, 7),
         (2.0, 10, Decimal(7)), (2, Decimal(10), 7.0), (2, 10.0, Decimal(7)),
         (Decimal(2), Decimal(10), "x"), ("x", Decimal(10), 7), (2, "x", Decimal(7)),
         (MyInt(3), Decimal(4), 5), (Decimal(-3), 5, MyInt(7)), (True, Decimal(3), 2),
         (2, Decimal(-1), 7), (2, Decimal(10), Decimal(0)), (Decimal("2.5"), 2, 7),
         (1j, Decimal(2), 3), (Decimal(2), 1j, 3), (2, 3, 1j),
         (P(), 2, 3), (2, P(), 3), (2, 3, P()), (Decimal(2), P(), 3), (2, Decimal(3), P()),
         (2, 10, 7), (2, -1, 7), (2.0, 3, 4), (3, 4, 5.0), (2, 3, None)]
for a, b, m in cases:
    try:
        print(repr(a), repr(b), repr(m), "->", repr(pow(a, b, m)))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(repr(a), repr(b), repr(m), "->", type(e).__name__, e)
    except InvalidOperation as e:
        print(repr(a), repr(b), repr(m), "->", "InvalidOperation", e)
print(decimal.getcontext().flags[InvalidOperation])
