# The Decimal methods: predicates, copies, compare, max/min, fma, scaleb,
# shift/rotate, normalize, to_integral, adjusted, number_class, next_*.
from decimal import Decimal, Context, ROUND_FLOOR, ROUND_CEILING, getcontext

vals = ['0', '-0', '1.50', '-2.5', '1E+2', '0.001', 'Infinity', '-Infinity', 'NaN', 'sNaN', '1E-999999',
        '1E-1000005']
for v in vals:
    d = Decimal(v)
    print(v, d.is_nan(), d.is_snan(), d.is_qnan(), d.is_infinite(), d.is_finite(), d.is_zero(),
          d.is_signed(), d.is_normal(), d.is_subnormal(), d.number_class(), d.adjusted(), d.is_canonical(),
          repr(d.copy_abs()), repr(d.copy_negate()), repr(d.copy_sign(Decimal(-1))))
a, b = Decimal('1.50'), Decimal('1.5')
print(a.compare(b), a.compare(Decimal(2)), Decimal(3).compare(a), a.compare_total(b), b.compare_total(a))
print(a.max(b), a.min(b), Decimal(-3).max_mag(2), Decimal(-3).min_mag(2), Decimal('NaN').max(5), Decimal(1).min(Decimal('NaN')))
print(Decimal(2).fma(3, 4), Decimal('1.5').fma(Decimal('-2'), Decimal('0.25')))
print(Decimal('1.2345').scaleb(2), Decimal('1.2345').scaleb(-5), Decimal(123).shift(2), Decimal(123).shift(-1),
      Decimal(123456789).rotate(3), Decimal(123).rotate(-1))
print(Decimal('1.2300').normalize(), Decimal('120').normalize(), Decimal('-0.00').normalize(), Decimal('1E+2').normalize())
for r in [None, ROUND_FLOOR, ROUND_CEILING]:
    print(r, Decimal('2.5').to_integral_value(r), Decimal('-2.5').to_integral_exact(r), Decimal('7.9').to_integral(r))
print(getcontext().flags)
print(Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal('-1').next_plus(), Decimal(0).next_toward(1),
      Decimal(5).next_toward(5), Decimal('Infinity').next_minus())
print(Decimal('1.0').same_quantum(Decimal('2.0')), Decimal('1.0').same_quantum(Decimal('2')), Decimal(5).radix())
print(Decimal('0.1').logb(), Decimal(12345).logb(), Decimal('1.10').remainder_near(Decimal('0.5')),
      Decimal(10).remainder_near(3), Decimal(11).remainder_near(3))
print(Decimal('3.14').canonical(), Decimal('-3.14').as_integer_ratio(), Decimal('8.25').as_integer_ratio())
c = Context(prec=4)
print(c.abs(Decimal('-1.23456')), c.plus(Decimal('1.23456')), c.minus(Decimal('1.23456')), c.exp(Decimal(1)),
      c.ln(Decimal(10)), c.log10(Decimal(3)), c.compare(1, 2), c.max(1, 2), c.is_zero(0), c.copy_sign(1, -2),
      c.normalize(Decimal('1.500')), c.divmod(Decimal(7), 2), c.remainder(Decimal(7), 2), c.divide_int(7, 2),
      c.to_integral_exact(Decimal('2.5')), c.fma(2, 3, 4), c.to_eng_string(Decimal('1E+7')), c.number_class(1))
