# Conversion table, a typical beginner program.
def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


print(f"{'C':>6} {'F':>8}")
for c in range(-40, 101, 20):
    print(f"{c:>6} {c_to_f(c):>8.1f}")
for f in (-40, 0, 32, 98.6, 212, 451):
    print(f, "F =", round(f_to_c(f), 2), "C")
print(c_to_f(37.0), f_to_c(98.6), f_to_c(c_to_f(21.5)))
