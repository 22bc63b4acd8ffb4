# float/complex/Decimal/Fraction formatting at the 'g' precision cap (767
# significant digits: no double has more) and just past it, every type and
# flag, format() and % with * widths; outputs are hashed to keep this short.
from decimal import Decimal
from fractions import Fraction
vals = [0.1, 5e-324, -1.7976931348623157e308, 1/3, float('nan')]
precs = [0, 766, 767, 768, 1000, 5000]
def h(s):
    import hashlib
    return len(s), hashlib.sha256(s.encode()).hexdigest()[:12]
for v in vals:
    for p in precs:
        for t in 'gGeEf%n':
            for flags in ['', '#', '+', '#0', ',']:
                spec = flags + str(p + 3) + '.' + str(p) + t
                try:
                    r = format(v, spec)
                    print(spec, v, h(r))
                except (ValueError, TypeError) as e:
                    print(spec, v, type(e).__name__, e)
        for conv in 'gGeEfF':
            for fl in ['', '#', '-+']:
                try:
                    r = ('%' + fl + '*.*' + conv) % (p + 2, p, v)
                    print('%', fl, conv, p, h(r))
                except (ValueError, TypeError, OverflowError) as e:
                    print('%', fl, conv, p, type(e).__name__, e)
for v in [1e-300, 0.1, 1/3, 12345.678]:
    for p in [766, 767, 768, 800]:
        print('complex', p, h(format(complex(v, -v), '.%dg' % p)), h(format(complex(v, v), '#.%dg' % p)))
for d in [Decimal('0.1'), Decimal('1e-300'), Decimal('-1234.5678e100'), Decimal('NaN'), Decimal('sNaN'), Decimal('-Infinity')]:
    for p in [0, 767, 768, 2000]:
        for t in 'gEf%':
            for fl in ['', '#', '0,']:
                spec = fl + str(p + 1) + '.' + str(p) + t
                try:
                    print('dec', spec, h(format(d, spec)))
                except (ValueError, TypeError) as e:
                    print('dec', spec, type(e).__name__, e)
for f in [Fraction(1, 3), Fraction(-10**300, 7), Fraction(0)]:
    for p in [0, 767, 768, 2000]:
        for t in 'gf':
            for fl in ['', '#']:
                spec = fl + str(p + 1) + '.' + str(p) + t
                try:
                    print('frac', spec, h(format(f, spec)))
                except (ValueError, TypeError) as e:
                    print('frac', spec, type(e).__name__, e)
