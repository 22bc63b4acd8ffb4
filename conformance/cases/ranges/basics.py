# range construction, len, repr and conversion to list.
for r in (range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0),
          range(-3, 3), range(0, -10, -4), range(1, 2, 10)):
    print(repr(r), len(r), list(r), bool(r))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(str(range(1, 9, 2)), range(7).start, range(7).stop, range(7).step, range(1, 9, 2).stop)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    range("3")
except TypeError as e:
    print("TypeError", e)
try:
    range()
except TypeError as e:
    print("TypeError", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
