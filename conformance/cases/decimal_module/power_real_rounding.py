# Non-integer powers round twice, as the C module computes them: exp(y*ln(x))
# correctly rounded to a working precision, then to the context in its mode.
import decimal as c
import random
for r in [c.ROUND_CEILING, c.ROUND_UP, c.ROUND_FLOOR, c.ROUND_DOWN, c.ROUND_HALF_EVEN, c.ROUND_HALF_UP, c.ROUND_05UP]:
    ctx = c.Context(prec=5, rounding=r)
    print(r, ctx.power(c.Decimal(4), c.Decimal('0.5')), ctx.power(c.Decimal('2.25'), c.Decimal('1.5')),
          ctx.power(c.Decimal('123.456'), c.Decimal('1e-30')), ctx.power(c.Decimal('0.5'), c.Decimal('-1e-25')),
          ctx.power(c.Decimal('1.0000000001'), c.Decimal('0.5')), ctx.power(c.Decimal(8), c.Decimal('0.333333')),
          ctx.power(c.Decimal('0.01'), c.Decimal('0.5')), ctx.power(c.Decimal(10), c.Decimal('-0.5')))
R = random.Random(5)
modes = [c.ROUND_CEILING, c.ROUND_UP, c.ROUND_FLOOR, c.ROUND_DOWN, c.ROUND_HALF_EVEN, c.ROUND_HALF_UP, c.ROUND_HALF_DOWN, c.ROUND_05UP]
def rnd():
    k = R.random()
    if k < 0.3: return c.Decimal(R.randint(1, 10**R.randint(1, 8))).scaleb(-R.randint(0, 9))
    if k < 0.5: return c.Decimal('1.' + '0' * R.randint(0, 12) + str(R.randint(1, 99)))
    if k < 0.7: return c.Decimal(R.choice(['4', '9', '0.25', '2.25', '100', '0.01', '8', '27', '1000', '1e-6', '16']))
    return c.Decimal(R.randint(1, 999)).scaleb(-R.randint(0, 40)) 
def rexp():
    k = R.random()
    if k < 0.3: return c.Decimal(R.choice(['0.5', '1.5', '-0.5', '0.25', '2.5', '-1.5', '0.333333', '1e-30', '-1e-25', '0.1']))
    return c.Decimal(R.randint(-999, 999)).scaleb(-R.randint(1, 40))
for i in range(600):
    ctx = c.Context(prec=R.randint(1, 30), rounding=R.choice(modes))
    a, b = rnd(), rexp()
    try:
        r = ctx.power(a, b)
        print(i, a, b, r, sorted(k.__name__ for k, v in ctx.flags.items() if v))
    except Exception as e:
        print(i, a, b, type(e).__name__)
