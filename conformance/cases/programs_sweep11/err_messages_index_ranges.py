seqs = [[1, 2, 3], (1, 2), "abc", b"ab", bytearray(b"x"), range(3)]
for s in seqs:
    for idx in [10, -10]:
        try:
            s[idx]
        except IndexError as e:
            print(type(s).__name__, idx, "IndexError", e)
for s in seqs:
    try:
        s["0"]
    except TypeError as e:
        print(type(s).__name__, "TypeError", e)
for op in [lambda: [].pop(0), lambda: [1].pop(-2), lambda: [1].insert("a", 1), lambda: [1, 2].__setitem__(5, 0),
           lambda: [1].__delitem__(3), lambda: bytearray(b"a").__setitem__(0, 300), lambda: (1, 2).index(3),
           lambda: "abc".index("z", 1), lambda: [1, 2].index(2, 0, 1), lambda: range(5).index(7)]:
    try:
        op()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
