class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("outer", True), CM("inner"):
    raise ValueError("boom")
print("continued")
def f():
    with CM("ret"):
        return "value"
print(f())
for i in range(3):
    with CM(f"loop{i}", suppress=True):
        if i == 1:
            continue
        if i == 2:
            break
        raise KeyError(i)
class Truthy:
    def __enter__(self): return None
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy string suppressed")
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError", e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError", e)
