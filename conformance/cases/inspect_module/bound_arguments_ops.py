import inspect

def f(a, b=2, *rest, key=None, **extra):
    return (a, b, rest, key, extra)

sig = inspect.signature(f)
b1 = sig.bind(1, 2, 3, key="k", z=0)
b2 = sig.bind(1, 2, 3, key="k", z=0)
b3 = sig.bind(1)
print(b1 == b2, b1 == b3, b1 != b3, b1 == "x")
print(f(*b1.args, **b1.kwargs))
b1.arguments["b"] = 20
print(b1, f(*b1.args, **b1.kwargs))
del b1.arguments["b"]
print(b1.args, b1.kwargs)
b3.apply_defaults()
print(b3, f(*b3.args, **b3.kwargs))
print(repr(sig.bind(a=[1, "two"])))
