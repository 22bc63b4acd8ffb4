import math
name = "Ada"
items = [1, 2, 3]
price = 1234.5678
nested = {"k": [10, 20]}
print(f"{name=}")
print(f"{name = }")
print(f"{name=!s}", f"{name=!a}", f"{name=:>6}")
print(f"{len(items)=}", f"{items[-1] * 2 = }", f"{nested['k'][1]=}")
print(f"{price=:,.2f}", f"{price = :10.1f}", f"{math.pi=:.3}")
print(f"{'é'!a}", f"{'é'!r}", f"{'é'!s}", f"{3!r:>4}", f"{None!r}", f"{b'x'!s}")
print(f"{name!r:^10}|", f"{name:{'*'}^{9}}|", f"{'{'}{name}{'}'}", f"{{{name}}}")
w, p = 12, 3
print(f"{price:{w}.{p}f}|", f"{price:>{w},.{p - 1}f}|", f"{'x':{w // 3}}|")
print(f"{1 + 1 = }", f"{(lambda x: x * 2)(4) = }", f"{[i for i in range(3)] = }", f"{ {'a': 1} = }")
print(f"{True=}", f"{None=}", f"{-0.0=}", f"{1e100=}", f"{2**64=:,}")
