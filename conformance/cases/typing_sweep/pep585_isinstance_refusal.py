# isinstance/issubclass refuse parameterized generics.
tests = [
    lambda: isinstance([], list[int]),
    lambda: isinstance({}, dict[str, int]),
    lambda: issubclass(list, list[int]),
    lambda: isinstance([], (int, list[int])),
    lambda: isinstance(1, (int, list[int])),
    lambda: issubclass(list[int], list),
    lambda: issubclass(list[int], object),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
