# Ranges compare by the sequence they produce.
print(range(0) == range(3, 3), range(1, 2) == range(1, 10, 20), range(0, 5, 2) == range(0, 6, 2))
print(range(3) != [0, 1, 2], list(range(3)) == [0, 1, 2], tuple(range(3)) == (0, 1, 2))
print(hash(range(0)) == hash(range(4, 4)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)))
d = {range(3): "r"}
print(d[range(0, 3)], range(0, 3) in d)
try:
    range(3) < range(4)
except TypeError as e:
    print("TypeError", e)
