# ValueError and IndexError texts of unpacking and indexing.
cases = [
    lambda: [a for a, b in [(1, 2, 3)]],
    lambda: [a for a, b, c in [(1, 2)]],
    lambda: [a for a, *b, c in [(1,)]],
    lambda: [a for a, b in ["abc"]],
    lambda: [a for a, b in [5]],
    lambda: [a for (a, b), c in [((1,), 2)]],
    lambda: [][0],
    lambda: ()[-1],
    lambda: ""[3],
    lambda: range(3)[5],
    lambda: [1, 2].pop(9),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: "abc".index("z"),
    lambda: [1, 2].index(3),
    lambda: (1, 2).index(3),
    lambda: [1].remove(2),
    lambda: {1}.remove((1, 2)),
    lambda: {"a": 1}[("a", 1)],
]
for case in cases:
    try:
        case()
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
