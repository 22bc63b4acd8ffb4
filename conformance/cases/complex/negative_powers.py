# A negative float base with a non-integral exponent gives a complex result
# (float_pow hands it to complex_pow); quadratic roots are the usual case.
print((-8) ** 0.5, (-1) ** 0.5, (-2.0) ** 1.5, pow(-27, 1 / 3), -8 ** 0.5)
x = -4
r = x ** 0.5
print(r, r.real, r.imag, abs(r), type(r).__name__, (-4.0) ** 2.0, (-4) ** -2)

def roots(a, b, c):
    d = b * b - 4 * a * c
    s = d ** 0.5
    return (-b + s) / (2 * a), (-b - s) / (2 * a)

for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1)]:
    r1, r2 = roots(*coeffs)
    kind = "complex" if isinstance(r1, complex) else "real"
    print(coeffs, kind, r1, r2)
    if isinstance(r1, complex):
        print(f"  {r1.real:.3f} +/- {abs(r1.imag):.3f}i", f"{r1:.2f}")
