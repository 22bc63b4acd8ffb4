# Nested replacement fields inside format specs.
width, prec = 12, 3
value = 2 / 3
print(f"[{value:{width}.{prec}f}]", f"[{value:>{width}}]", f"[{'x':{'^'}{width}}]")
for w in range(4, 9, 2):
    print(f"[{'ab':^{w}}]", f"[{42:0{w}d}]", f"[{value:.{w - 3}f}]")
align, fill = "<", "#"
print(f"[{'left':{fill}{align}10}]", f"[{3.14159:{'.2f'}}]")
spec = ",.2f"
print(f"{1234567.891:{spec}}", f"{f'{value:.2f}':>8}", f"{'nested ' + f'{1 + 1}'}")
rows = [("apples", 3, 0.5), ("pears", 12, 0.75), ("figs", 100, 2.25)]
w1 = max(len(r[0]) for r in rows) + 2
for name, qty, price in rows:
    print(f"{name:<{w1}}{qty:>{4}}{qty * price:>{10}.{2}f}")
