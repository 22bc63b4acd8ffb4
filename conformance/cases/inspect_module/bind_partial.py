import inspect

def f(a, b, c=3, *, d, e=5):
    pass

sig = inspect.signature(f)
ba = sig.bind_partial()
print(ba, ba.args, ba.kwargs)
ba = sig.bind_partial(1)
print(ba, ba.args, ba.kwargs)
ba = sig.bind_partial(b=2, e=6)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
try:
    sig.bind_partial(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)

def v(*args, **kwargs):
    pass

ba = inspect.signature(v).bind()
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
