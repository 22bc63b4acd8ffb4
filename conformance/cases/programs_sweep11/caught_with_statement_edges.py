class CM:
    def __init__(self, tag, ret=None):
        self.tag, self.ret = tag, ret

    def __enter__(self):
        print("enter", self.tag)
        return self.ret if self.ret is not None else self

    def __exit__(self, *exc):
        print("exit", self.tag, exc[0].__name__ if exc[0] else None)
        return False


def early_return():
    with CM("r"):
        return "returned inside with"


def loop_break():
    out = []
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                break
            out.append(i)
    return out


print(early_return())
print(loop_break())
with CM("tuple-target", ret=(1, 2)) as (a, b):
    print(a + b)
with CM("attr") as obj:
    obj.value = 5
print(obj.value)
d = {}
with CM("subscript", ret="stored") as d["k"]:
    pass
print(d)
try:
    with CM("unpack-fail", ret=(1, 2, 3)) as (a, b):
        print("not here")
except ValueError as e:
    print("ValueError", e)


class NotCM:
    __enter__ = None


try:
    with NotCM():
        pass
except TypeError as e:
    print("TypeError", e)
