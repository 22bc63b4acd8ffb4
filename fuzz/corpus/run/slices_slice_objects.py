# slice objects: attributes, repr and indices().
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1), slice("a", "b"))
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(6), slice(-3, None).indices(10))
print(slice(-100, 100).indices(7), slice(10, -10, -3).indices(8), slice(0, 0).indices(0))
data = list(range(20))
print(data[s], data[slice(None, 5)], data[slice(-5, None)], data[slice(None, None, 4)])
print(s == slice(1, 10, 2), s != slice(1, 10), slice(1, 2) == slice(1, 2, None))
first_three = slice(0, 3)
evens = slice(None, None, 2)
print("hello"[first_three], (1, 2, 3, 4)[evens], range(10)[evens], "hello"[evens])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
try:
    slice()
except TypeError as e:
    print("TypeError", e)
try:
    s.start = 3
except AttributeError as e:
    print("AttributeError", e)
