# float.__pow__ / __rpow__ refuse a modulus before looking at the operands;
# complex converts the operands first.
for f in [lambda: (1.5).__pow__(2, 3), lambda: (1.5).__pow__('x', 3),
          lambda: (1.5).__rpow__([], {}), lambda: (2.5).__pow__(2, None),
          lambda: (1j).__pow__('x', 3), lambda: (1j).__pow__(2, 3), lambda: pow(1.5, 2, 3),
          lambda: pow(2, 1.5, 3), lambda: (2).__pow__(3.0, 5)]:
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
