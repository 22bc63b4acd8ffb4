x = 42
name = "Ünïcode\n"
items = [1, "two"]
print(f"{x=}")
print(f"{x = }")
print(f"{x=!s}, {x=!r}, {x=:>6}, {x=!r:^8}")
print(f"{name=}")
print(f"{name!r} {name!s} {name!a}")
print(f"{items=} {items!a}")
print(f"{x + 1=} {x*2 = } {items[1]=}")
print(f"{'quoted'=}")
class R:
    def __repr__(self):
        return "R<é>"
    def __str__(self):
        return "R-str"
r = R()
print(f"{r}|{r!r}|{r!s}|{r!a}|{r=}")
print(f"{r!s:>8}|{r!r:*<8}|{r!a:_^12}")
print(f"{3.0=:.2f} {x=:#x} {x=:08b}")
print(f"{'a' 'b'=}")
w = 10
print(f"{x=:{w}}|")
print(f"{None=} {True=!s}")
print(f"{{x=}} {{{x}}}")
