# complex values meeting json, copy, math, operator, % formatting and sorting keys.
import json, copy, math, operator
z = 1 + 2j
for f in [lambda: json.dumps(z), lambda: "%f" % z, lambda: "%d" % z, lambda: "%s|%r" % (z, z), lambda: math.sqrt(z), lambda: copy.deepcopy([z]),
          lambda: operator.add(z, 1), lambda: operator.lt(z, 1), lambda: z.__class__.__name__, lambda: str(z), lambda: [z] * 2,
          lambda: {z: 1}, lambda: round(abs(z), 3), lambda: math.isclose(abs(z), 5 ** 0.5), lambda: f"{z!r:>12}", lambda: max([z, 2j], key=abs),
          lambda: sorted([3j, 1 + 1j, -2], key=lambda c: (c.real, c.imag)), lambda: complex("  1.5  "), lambda: 1j ** 2 == -1, lambda: (1j).real.is_integer(),
          lambda: hash(complex(float("inf"), 0)) == hash(float("inf")), lambda: z * True, lambda: z ** False, lambda: abs(-0j), lambda: int(abs(3 + 4j))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
