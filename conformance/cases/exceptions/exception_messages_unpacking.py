# ValueError messages from unpacking and conversions.
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
try:
    (a, b), c = [1, 2], 3
    print(a, b, c)
    (a, b), c = [1], 3
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    x, = []
except ValueError as e:
    print("ValueError", e)
try:
    k, v = {"one": 1}.items()
except ValueError as e:
    print("ValueError", e)
