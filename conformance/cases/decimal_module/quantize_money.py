# Money arithmetic: quantize to cents with the rounding modes used in
# finance, totals, tax and percentage calculations.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, localcontext

CENT = Decimal('0.01')
prices = [Decimal('19.99'), Decimal('5.005'), Decimal('0.125'), Decimal('1234.5678'), Decimal('-2.675')]
for p in prices:
    print(p, p.quantize(CENT), p.quantize(CENT, rounding=ROUND_HALF_UP),
          p.quantize(CENT, ROUND_DOWN), p.quantize(CENT, ROUND_UP), p.quantize(Decimal('1.'), ROUND_CEILING))

subtotal = sum(prices[:4])
tax = (subtotal * Decimal('0.0825')).quantize(CENT, ROUND_HALF_UP)
print('subtotal', subtotal, 'tax', tax, 'total', (subtotal + tax).quantize(CENT))
print('split', (Decimal('100.00') / 3).quantize(CENT), Decimal('100.00') - 2 * (Decimal('100.00') / 3).quantize(CENT))

principal = Decimal('10000')
rate = Decimal('0.05') / 12
balance = principal
for month in range(1, 13):
    interest = (balance * rate).quantize(CENT, ROUND_HALF_EVEN)
    balance += interest
    if month % 4 == 0:
        print(month, interest, balance)
payment = principal * rate / (1 - (1 + rate) ** -360)
print('payment', payment.quantize(CENT, ROUND_HALF_UP))
print('{:,.2f}'.format(Decimal('1234567.891')), f"{Decimal('0.075'):.1%}", f"{Decimal('-42.5'):>10.2f}|")
print(Decimal('1.10').quantize(Decimal('1.000')), Decimal('-0').quantize(CENT), Decimal('7').quantize(Decimal('1e1')))
print(Decimal('123.456').quantize(Decimal('1e-2')), Decimal('1e3').quantize(Decimal('1e-2')))
with localcontext(prec=5):
    try:
        Decimal('123456.7').quantize(CENT)
    except ArithmeticError as e:
        print(type(e).__name__, e)
print(Decimal('Infinity').quantize(Decimal('Infinity')), Decimal('NaN').quantize(CENT))
try:
    Decimal('Infinity').quantize(CENT)
except ArithmeticError as e:
    print(type(e).__name__, e)
