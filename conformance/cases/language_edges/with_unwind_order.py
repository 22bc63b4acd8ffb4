# Unwinding order of nested and multiple managers, with exceptions raised
# from __exit__ replacing the original and chaining onto it.
log = []

class CM:
    def __init__(self, name, raise_in_exit=None, suppress=False):
        self.name = name
        self.raise_in_exit = raise_in_exit
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, typ, value, tb):
        log.append(f"exit {self.name} {typ.__name__ if typ else None}")
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.suppress


try:
    with CM("a"), CM("b", raise_in_exit=KeyError("from b")), CM("c"):
        log.append("body")
        raise ValueError("body error")
except KeyError as e:
    log.append(f"caught {e!r} context={e.__context__!r}")
print("\n".join(log))
log.clear()

with CM("a"), CM("b", suppress=True), CM("c"):
    raise ValueError("swallowed by b")
print("\n".join(log))
log.clear()

def gen():
    with CM("g1"):
        with CM("g2"):
            yield 1
            yield 2

g = gen()
next(g)
g.close()
print("\n".join(log))
log.clear()

def early_return():
    with CM("r1"):
        with CM("r2"):
            return "returned"
        log.append("unreachable")
print(early_return())
print("\n".join(log))
log.clear()

for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
print("\n".join(log))
log.clear()

try:
    with CM("x", raise_in_exit=TypeError("exit fails")):
        pass
except TypeError as e:
    print("TypeError", e, e.__context__)
