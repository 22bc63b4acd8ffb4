r = range(10, 0, -3)
print(list(r), len(r), r[1], r[-1], r[1:3], 4 in r, 5 in r, r.index(4), r.count(7))
print(range(5) == range(0, 5, 1), range(0) == range(3, 3), reversed(range(3)).__class__.__name__)
print(list(reversed(range(1, 10, 4))), range(2, 20, 3)[::-1], range(10)[::-2], repr(range(1, 5, 2)))
s = slice(1, None, 2)
print(s, s.start, s.stop, s.step, s.indices(10), slice(-3, None).indices(5), "abcdefg"[s])
lst = list(range(10))
lst[s] = "abcde"
print(lst)
lst[::3] = [0] * 4
print(lst, lst[slice(2)], lst[-100:100][:3])
del lst[::2]
print(lst)
print(range(0, 10**20, 10**18)[5], len(range(-5, 5, 2)), bool(range(0)), max(range(3)))
for bad in [lambda: range(1, 2, 0), lambda: range(3)[5], lambda: range(3).index(9), lambda: range(1.5),
            lambda: lst.__setitem__(slice(None, None, 2), [1]), lambda: "abc"[::0], lambda: range(3) + range(2)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
