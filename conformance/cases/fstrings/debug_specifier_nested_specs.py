x = 3.14159; name = "Ann"; items = [1, 2]
print(f"{x = :.2f}", f"{ x = }", f"{x=!s}", f"{name = !r:>8}", f"{items[0] + 1 = }")
print(f"{x:{'>'}{10}.{3}}", f"{name!r:^{len(name) + 4}}")
print(f"{'{'}{name}{'}'}", f"{{{name}}}", f"{{}}")
print(f"{3:{'+'}}", f"{-3:{''}}")
w = 8
print(f"{'left':<{w}}|{'right':>{w}}|{'mid':^{w}}|")
print(f"{1e6:,.0f}", f"{-1234.5678:+,.2f}", f"{0.000012345:.3e}", f"{12345:08_d}")
import datetime
d = datetime.datetime(2024, 1, 2, 3, 4, 5)
print(f"{d:%Y-%m-%d %H:%M:%S}", f"{d:%j %a %b}", f"{d.date():%d/%m/%y}")
print(f"{'abc'[::-1]}", f"{len('x' * 3)}", f"{[i * 2 for i in range(3)]}", f"{ {'k': 1}['k'] }")
print(f"{(lambda s: s.upper())('q')}", f"{x if x > 3 else -x:.1f}", f"{not True}")
print(f"{name!r}" f"{name!s}" "plain" f"{1}")
print(f"""{
    name
}""")
nested = "inner"
print(f"{f'{nested}'}", f"{f'{nested:>{w}}'}")
class T:
    def __format__(self, spec): return f"<{spec}>"
print(f"{T():{name}}", f"{T():{x:.1f}}", f"{T()!s:>3}"[:0] or "ok")
print(f"{b'bytes'}", f"{None}", f"{...}", f"{3+4j}", f"{(1, 'a')}")
v = 42
print(f"{v:#b} {v:#o} {v:#x} {v:#X} {v:c} {v:e} {v:%}")
print(f"{v!a}", f"{'ü'!a}", f"{'ü'=}")
