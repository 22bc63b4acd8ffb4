width, prec = 12, 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]", f"[{val:>{width}}]", f"[{val:^{width}.{prec}e}]")
items = {"apple": 1.5, "kiwi": 0.25, "banana": 12}
w = max(map(len, items))
for name, price in items.items():
    print(f"{name:<{w}} | {price:>{w - 1}.2f} | {f'{price:.0%}':>6}")
print(f"{'nested ' + f'{1 + 1}'!r}")
print(f"{3!r:>5}|{'x'!a}|{'é'!a}|{'é'!r}")
x = 10
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{x*2=}", f"{x=!r}")
print(f"{'{'}{'}'}", f"{{literal}}", f"{{{x}}}")
fill = "*"
print(f"{'mid':{fill}^11}", f"{42:{fill}>+8}")
print(f"{[1, 2][-1]}{ {'a': 1}['a'] }{(lambda: 'L')()}")
print(f"{x:#x} {x:#o} {x:#b} {x:08b} {-x:#x} {x:X}")
