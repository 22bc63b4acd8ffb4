# Basic f-string fields and expressions.
name, age, items = "Ada", 36, ["x", "y"]
print(f"{name} is {age}", f"{name}{age}", f"{{braces}} {name}", f"{age + 1}", f"{age * 2 - 1}")
print(f"{items}", f"{items[0]}", f"{len(items)}", f"{name.upper()}", f"{name[::-1]}")
print(f"{'quoted'}", f"{3.5}", f"{None}", f"{True}", f"{(1, 2)}", f"{ {'k': 1} }", f"{[i * i for i in range(4)]}")
print(f"{age if age > 30 else 'young'}", f"{'yes' if not items else 'no'}", f"{1 < 2}")
d = {"key": "value", "n": 3}
print(f"{d['key']} {d['n'] * 2}", f"{d}")
x = 10
print(f"{x}", F"{x}", f"""{x}""", f'{x}', rf"{x}\n", fr"\t{x}")
print(f"", f"no fields", f"{x:}", f"{'a' 'b'}")
print(f"line1\nline2 {x}")
print(f"{x!r:>5}|", f"{'s'!r}", f"{name!s}", f"{'é'!a}")
