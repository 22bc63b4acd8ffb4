import inspect

def f():
    pass

f.__wrapped__ = f
try:
    inspect.unwrap(f)
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])

class W:
    pass

a, b = W(), W()
a.__wrapped__ = b
b.__wrapped__ = a
try:
    inspect.unwrap(a)
except ValueError as e:
    print("ValueError", str(e).split(" object")[0])
c = W()
c.__wrapped__ = 42
print(inspect.unwrap(c))
print(inspect.unwrap(len) is len)
