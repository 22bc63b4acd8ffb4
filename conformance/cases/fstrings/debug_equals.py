# The = specifier (self-documenting expressions).
x, y = 3, 4.5
name = "Ann"
print(f"{x=}", f"{y=}", f"{name=}", f"{x + 1=}", f"{x * y = }")
print(f"{name=!s}", f"{name=!r}", f"{y=:.3f}", f"{x=:>5}", f"{ x = }")
items = [1, 2, 3]
print(f"{len(items)=}", f"{items[-1]=}", f"{sum(items) / len(items)=:.2f}")
print(f"{'lit'=}", f"{x == 3=}", f"{None=}")
