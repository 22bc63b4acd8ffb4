# Conditional (ternary) expressions.
for n in (-3, 0, 4):
    print(n, "positive" if n > 0 else "zero" if n == 0 else "negative")
a, b = 10, 20
print(a if a > b else b, min(a, b) if a != b else "equal")
value = None
print(value if value is not None else "default", (lambda v: v * 2 if v else 0)(3))
items = []
print("empty" if not items else f"{len(items)} items")
print([("odd" if i % 2 else "even") + str(i) for i in range(4)])
print(1 if True else 1 / 0, 1 / 1 if False else "lazy")
x = 7
label = "small" if x < 5 else ("medium" if x < 10 else "large")
print(label, ("yes" if x else "no").upper())
