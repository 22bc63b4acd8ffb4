# float methods and attributes.
for x in (0.5, 3.0, -2.75, 0.1, 1e20, 1e-5):
    print(x, x.is_integer(), x.as_integer_ratio())
print((2.5).real, (2.5).imag, (2.5).conjugate())
print((3.7).__trunc__(), (-3.7).__trunc__(), (3.2).__floor__(), (3.2).__ceil__())
print((3.5).__round__(), (2.5).__round__(), (2.345).__round__(2))
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
print(isinstance(1.0, float), isinstance(1, float), float.__name__)
print((1.5).__add__(1), (1.5).__mul__(2), (1.5).__truediv__(0.5))
