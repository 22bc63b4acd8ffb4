# Precisions far past the 'g' cap (2**31, 2**63, 10**30): 'g' without '#'
# trims to the digits a double has, so its output stays small; 'e', 'f',
# '%' and '#' at 10**5 and 10**6 digits; Decimal and (unsupported in 3.11)
# Fraction specs.
from decimal import Decimal
from fractions import Fraction
cases = []
for p in [10**5, 10**6]:
    for t in 'gGeEf%':
        for v in [0.1, 1e300, float('nan'), 1/3, -0.0]:
            for fl in ['', '#', '+015,', '#_']:
                cases.append(('fmt', v, '%s.%d%s' % (fl, p, t)))
            if t != '%':
                cases.append(('pct', v, '%%.%d%s' % (p, t)))
                cases.append(('pct', v, '%%#.%d%s' % (p, t)))
for p in [2**31 - 1, 2**31, 2**63, 10**30]:
    for t in 'gG':
        for v in [0.1, 1e300, float('nan'), 1/3, 5e-324]:
            cases.append(('fmt', v, '.%d%s' % (p, t)))
            cases.append(('fmt', v, '+,.%d%s' % (p, t)))
            cases.append(('pct', v, '%%.%d%s' % (p, t)))
            cases.append(('pct', v, '%%-+.%d%s' % (p, t)))
for kind, v, spec in cases:
    try:
        r = format(v, spec) if kind == 'fmt' else spec % v
        print(kind, v, spec, len(r), r[:30], r[-30:])
    except (ValueError, OverflowError, TypeError) as e:
        print(kind, v, spec, type(e).__name__, e)
for p in [10**5, 10**6, 2**31 - 1, 2**31, 10**30]:
    for star in ['%.*g', '%*.*g', '%-*.*G']:
        try:
            args = (p, 0.5) if star.count('*') == 1 else (5, p, 0.5)
            r = star % args
            print(star, p, len(r), r[:20])
        except (ValueError, OverflowError, TypeError) as e:
            print(star, p, type(e).__name__, e)
    try:
        r = format(complex(1/3, -1e300), '.%dg' % p)
        print('complex', p, len(r), r[:20], r[-20:])
    except (ValueError, OverflowError, TypeError) as e:
        print('complex', p, type(e).__name__, e)
for p in [10**5, 10**6]:
    for v in [Decimal('0.1'), Decimal('-1e-5'), Fraction(1, 3), Fraction(-7, 2)]:
        for t in 'gfe%':
            try:
                r = format(v, '.%d%s' % (p, t))
                print(type(v).__name__, p, t, len(r), r[:20], r[-20:])
            except (ValueError, OverflowError, TypeError) as e:
                print(type(v).__name__, p, t, type(e).__name__, e)
