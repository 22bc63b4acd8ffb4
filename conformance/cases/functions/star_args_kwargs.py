# *args and **kwargs, and unpacking at call sites.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(show(), show(1, 2), show(a=1), show(1, b=2, c=3))
nums = [4, 5, 6]
opts = {"sep": "-", "end": "!\n"}
print(*nums)
print(*nums, **opts)
print(show(*nums, *"ab", **{"x": 1}, y=2))


def total(*values, start=0):
    result = start
    for v in values:
        result += v
    return result


print(total(), total(1, 2, 3), total(*range(10), start=100), total(0.5, 0.25))


def describe(name, **attrs):
    parts = [f"{k}={v!r}" for k, v in sorted(attrs.items())]
    return name + "(" + ", ".join(parts) + ")"


print(describe("point", x=1, y=2), describe("empty"), describe(**{"name": "n", "z": None}))


def first_and_rest(first, *rest):
    return first, rest


print(first_and_rest(1), first_and_rest(*"hello"))
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError", e)
try:
    describe("a", **{"name": "b"})
except TypeError as e:
    print("TypeError", e)
