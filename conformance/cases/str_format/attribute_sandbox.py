# Attribute parts that moat and CPython both resolve the same way.
print("{0.real}|{0.imag}|{0.numerator}|{0.denominator}".format(6))
print("{0.real}|{0.imag}".format(1.5), "{0.start}-{0.stop}-{0.step}".format(range(2, 9, 3)))
print("{0.args}".format(ValueError("a", 1)))
try:
    print("{0.missing}".format("s"))
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print("{0.missing}".format_map(["m"]))
except ValueError as e:
    print(type(e).__name__, e)
