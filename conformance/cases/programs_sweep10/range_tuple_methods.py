r = range(10, -10, -3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], r[::-1], r.index(4), r.count(4), 4 in r, 5 in r)
print(range(0), range(5) == range(0, 5, 1), range(0) == range(3, 1), range(1, 10, 2)[::2], range(3)[-4:])
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 8, 3))))
for call in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: r.index(5), lambda: range(3)[5], lambda: range("a"),
             lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
big = range(10**20)
print(len(range(0, 10**18, 7)), big[-1], 10**19 in big, big.index(5), big[10**19:10**19 + 3])
try: len(range(10**20 * 10))
except OverflowError as e: print("OverflowError", e)
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(2, 2), t[::-1], t + (4,), t * 0, (1,) * 3, () == tuple())
try: t.index(9)
except ValueError as e: print("ValueError", e)
try: t[10]
except IndexError as e: print("IndexError", e)
try: t[0] = 5
except TypeError as e: print("TypeError", e)
try: (1, 2) + [3]
except TypeError as e: print("TypeError", e)
print((1, [2]) < (1, [3]), (1, 2) < (1, 2, 3), max((1, "a"), (1, "b")), tuple("abc"), tuple({1: 2}))
