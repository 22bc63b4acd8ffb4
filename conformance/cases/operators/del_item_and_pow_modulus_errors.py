# Deleting an item from an object that has no item deletion: CPython's text
# depends on whether the type has sequence methods and the key is an index.
class Plain:
    pass


class Sized:
    def __len__(self):
        return 1


cases = [(1, 0), (1, "a"), ((1,), 0), ((1,), "a"), ("ab", True), (Plain(), 0),
         (Plain(), "x"), (Sized(), 0), (range(3), 0), (frozenset(), 0), (None, 0),
         (1.5, 0), ({}.keys(), 0), ({}.values(), "k"), (iter([]), 0)]
for obj, key in cases:
    try:
        del obj[key]
    except TypeError as e:
        print("TypeError", e)

# Three-argument pow with a complex operand: complex's slot refuses the
# modulus only when the first two are numbers.
for args in [(1j, "ab", 5), ("ab", 1j, 5), (1j, [1], 5), (None, 1j, 5), (1j, 2, 5),
             (2, 1j, 5), (1, 2, 1j), (1j, 2.0, 5), (2.0, 1j, 5), (1, 2, 3.0)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
