# Signals: the class hierarchy, flags, traps and the trapped-signal lists.
from decimal import *

for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, Rounded, Subnormal, Overflow, Underflow,
            FloatOperation, InvalidContext]:
    print(cls.__name__, [b.__name__ for b in (DecimalException, InvalidOperation, ZeroDivisionError,
                                              ArithmeticError, TypeError, Inexact, Rounded, Subnormal)
                         if issubclass(cls, b)])

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('1/0', lambda: Decimal(1) / 0)
attempt('0/0', lambda: Decimal(0) / 0)
attempt('1//0', lambda: Decimal(1) // 0)
attempt('0//0', lambda: Decimal(0) // 0)
attempt('1%0', lambda: Decimal(1) % 0)
attempt('divmod', lambda: divmod(Decimal(1), 0))
attempt('sqrt(-1)', lambda: Decimal(-1).sqrt())
attempt('ln(-1)', lambda: Decimal(-1).ln())
attempt('0**0', lambda: Decimal(0) ** 0)
attempt('inf-inf', lambda: Decimal('Infinity') - Decimal('Infinity'))
attempt('nan<1', lambda: Decimal('NaN') < 1)
attempt('snan==1', lambda: Decimal('sNaN') == 1)
attempt('overflow', lambda: Decimal('9e999999') * 10)
attempt('impossible', lambda: Decimal('1e30') // Decimal('0.3'))
attempt('quantize', lambda: Decimal('123.456').quantize(Decimal('1e-30')))

try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError', type(e).__name__)
try:
    Decimal('x')
except ArithmeticError as e:
    print('caught as ArithmeticError', type(e).__name__, e.args)

c = Context(traps=[Inexact, Rounded])
attempt('trap both', lambda: c.divide(Decimal(1), Decimal(3)))
attempt('trap rounded only', lambda: c.add(Decimal('1' * 30), 0))
print(c.flags[Inexact], c.flags[Rounded])
c = Context(prec=5, Emin=-5, Emax=5, traps=[Underflow, Subnormal, Clamped])
attempt('underflow', lambda: c.multiply(Decimal('1e-5'), Decimal('1e-5')))
c = Context(traps=[FloatOperation])
attempt('float op', lambda: c.create_decimal(0.5))
with localcontext(c):
    attempt('float eq', lambda: Decimal('0.5') == 0.5)
    attempt('float lt', lambda: Decimal('0.5') < 0.5)
    attempt('float ctor', lambda: Decimal(0.5))

quiet = Context(traps=[])
print(quiet.divide(Decimal(1), 0), quiet.divide(Decimal(0), 0), quiet.sqrt(Decimal(-4)), quiet)
with localcontext(quiet):
    print(Decimal(1) / 3, Decimal('abc'), Decimal('1e999999') * 10)
print(getcontext())
