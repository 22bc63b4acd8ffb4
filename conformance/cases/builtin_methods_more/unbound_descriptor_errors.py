# Calling a built-in type's method through the type with no receiver or a
# receiver of the wrong type: operator and protocol dunders are slot
# wrappers in CPython, the other methods method descriptors, and their
# messages differ.
calls = [
    (int.__add__, ()), (int.__add__, (None, 1)), (int.__neg__, ()), (int.__bool__, ("a",)),
    (float.__truediv__, ([], 2.0)), (str.__len__, ()), (str.__getitem__, (1, 0)),
    (tuple.__contains__, (None, 1)), (list.__getitem__, ()), (list.__getitem__, ((1,), 0)),
    (dict.__getitem__, ()), (dict.__contains__, ([], 1)), (set.__contains__, ()),
    (frozenset.__contains__, ({1}, 1)), (list.__len__, ((),)), (int.__eq__, (1.0, 1)),
    (str.upper, ()), (str.upper, (1,)), (list.append, ((), 1)), (int.bit_length, ()),
    (float.is_integer, (1,)), (dict.get, ([], 1)), (set.add, ()),
]
for fn, args in calls:
    try:
        print(fn(*args))
    except TypeError as e:
        print("TypeError", e)
print(int.__add__(2, 3), str.__getitem__("ab", 1), list.__getitem__([5, 6], -1))
print(dict.__contains__({1: 2}, 1), int.__eq__(1, 1.0), set.__contains__({1}, 2))
