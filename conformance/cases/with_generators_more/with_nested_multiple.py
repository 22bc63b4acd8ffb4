log = []
class CM:
    def __init__(self, name, value=None):
        self.name = name
        self.value = value
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self.value if self.value is not None else self.name
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return False
with CM("a") as a, CM("b") as b, CM("c"):
    log.append(f"body {a}{b}")
print(log); log.clear()
with CM("t", (1, 2)) as (x, y):
    log.append(x + y)
print(log); log.clear()
with CM("outer"):
    with CM("mid"):
        try:
            with CM("inner"):
                raise KeyError("k")
        except KeyError as e:
            log.append(f"caught {e!r}")
print(log); log.clear()
try:
    with CM("a"), CM("b"):
        raise ValueError("v")
except ValueError:
    log.append("propagated")
print(log); log.clear()
holder = {}
with CM("d", 5) as holder["key"]:
    pass
print(holder, log); log.clear()
with (CM("p1") as p1,
      CM("p2") as p2):
    log.append(p1 + p2)
print(log); log.clear()
class Obj:
    pass
o = Obj()
with CM("attr", 9) as o.attr:
    pass
print(o.attr, log)
