# f-string '=' keeps the expression text and whitespace, uses repr by
# default, str/format when a spec or conversion is given.
x = 3.14159
name = "moat"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:.2f}")
print(f"{x = :>10.3}")
print(f"{name=}", f"{name=!s}", f"{name=!a}", f"{name=:*^8}")
print(f"{items=}", f"{len(items)=}", f"{items[0] + 1=}")
print(f"{x=!r:>12}|")
print(f"{'é'=}", f"{'é'=!a}")
print(f"{ x =}", f"{x  =  }")
d = {"k": 1}
print(f"{d['k']=}", f"{d=}")
print(f"{3 * 4 = }", f"{(lambda: 5)()=}")
print(f"{name.upper()=:.2}")

class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
    def __repr__(self):
        return "Fmt()"
f = Fmt()
print(f"{f=}", f"{f=:}", f"{f=:abc}", f"{f=!s}", f"{f=!r:xyz}" if False else "")
print(f"{None=}", f"{True=:d}", f"{-0.0=}", f"{1_000=:,}")
width = 6
print(f"{x=:{width}.{2}}|")
