import inspect

def f(a, b, c=3, *args, d, e=5, **kw):
    pass

sig = inspect.signature(f)
ba = sig.bind(1, 2, d=4)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = sig.bind(1, 2, 3, 4, 5, d=6, x=7, y=8)
print(ba)
print(ba.args, ba.kwargs)
ba = sig.bind(a=1, b=2, d=3)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(ba.signature is sig)
print(type(ba.arguments).__name__)
