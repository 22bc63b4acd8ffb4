# A decorator whose wrapper passes *args and **kwargs on recurses as deep
# as the recursion limit allows, keywords included.
import sys

sys.setrecursionlimit(12000)

def traced(func):
    calls = [0]
    def wrapper(*args, **kwargs):
        calls[0] += 1
        return func(*args, **kwargs)
    wrapper.calls = calls
    return wrapper

@traced
def depth(n, *, acc=0):
    return acc if n == 0 else depth(n - 1, acc=acc + n)

@traced
def plain(n):
    return 0 if n == 0 else 1 + plain(n - 1)

print(depth(4000), depth.calls, plain(4000), plain.calls)

def bad(a, b):
    return a + b

def passthrough(*args, **kwargs):
    return bad(*args, **kwargs)

for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"c": 2}), ((1,), {"a": 2})]:
    try:
        print(passthrough(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
print(passthrough(1, b=2), passthrough(*[3, 4]), passthrough(**{"a": 5, "b": 6}))
