# complex ** with infinite and nan exponents and bases: C's cos and sin of an
# infinite phase set errno to EDOM, which complex_pow reports as
# ZeroDivisionError, the message zero to a negative power also uses.
inf, nan = float('inf'), float('nan')
bases = [1j, 2 + 3j, 0.5j, 1 + 0j, -1 + 0j, 1e-300 + 1e-300j, complex(inf, 1),
         complex(1, inf), complex(nan, 0), 0j, -1j, 3 + 0j]
exponents = [inf, -inf, nan, complex(0, inf), complex(0, -inf), complex(inf, inf),
             complex(nan, 1), 1e308, -1e308, 2.5, 0.5j, 100, -100, 101, 0, 0j]
for b in bases:
    for e in exponents:
        try:
            r = b ** e
        except (ZeroDivisionError, OverflowError) as ex:
            r = f'{type(ex).__name__}: {ex}'
        print(f'{b!r:>16} ** {e!r:<12} = {r}')

try:
    pow(1j, -inf)
except ZeroDivisionError as e:
    print('pow():', e)
x = 2 + 3j
try:
    x **= inf
except ZeroDivisionError as e:
    print('**=:', e)
