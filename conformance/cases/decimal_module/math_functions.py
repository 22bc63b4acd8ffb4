# sqrt, exp, ln, log10 and non-integral powers, correctly rounded.
from decimal import Decimal, localcontext, getcontext, Inexact

for x in ['2', '0.5', '10', '1e-10', '123.456', '1e100', '0.999999', '1.000001', '3', '1e6', '100', '0.01',
          '1', '0', '16', '1.44', '0.0009', '1E+3', '2.25E-4']:
    d = Decimal(x)
    print(x, d.sqrt(), d.exp() if d.adjusted() < 5 else '-', d.ln() if d else '-', d.log10() if d else '-')
for x in ['-1', '-1e6', '-0.5', '-1e-10', '1e-50', '-1e-50']:
    print(x, Decimal(x).exp())
print(Decimal(0).ln(), Decimal(0).log10(), Decimal(1).ln(), Decimal(1000).log10(), Decimal('0.001').log10())
print(Decimal('Infinity').exp(), Decimal('-Infinity').exp(), Decimal('Infinity').ln(), Decimal('Infinity').sqrt())
print(Decimal('-0').sqrt(), Decimal('0.00').sqrt(), Decimal('0E+5').sqrt())
for prec in [5, 12, 50]:
    with localcontext(prec=prec):
        print(prec, Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(2).log10(),
              Decimal(2) ** Decimal('0.5'), Decimal('1.5') ** Decimal('-2.25'))
for x, y in [('2', '0.5'), ('4', '0.5'), ('27', '0.3333'), ('10', '-1.5'), ('0.5', '3.5'), ('1', '0.5'),
             ('100', '1.5'), ('7', '1e3'), ('1.000001', '1e7')]:
    print(x, y, Decimal(x) ** Decimal(y))
getcontext().clear_flags()
print(Decimal(4).sqrt(), getcontext().flags[Inexact], Decimal(2).sqrt(), getcontext().flags[Inexact])
print(Decimal('1.0').sqrt(), Decimal('1.00').sqrt(), Decimal('0.25').sqrt(), Decimal('400').sqrt(), Decimal('4E+3').sqrt())
