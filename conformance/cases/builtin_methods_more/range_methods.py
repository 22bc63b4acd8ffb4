r = range(0, 20, 3)
print(r, r[2], r[-1], r[1:4], r[::-1], r[::2], r[-2:], r[10:], r[1:-1:2])
print(len(r), 9 in r, 10 in r, 9.0 in r, "9" in r, r.index(9), r.count(9), r.count(10), r.count(9.0))
print(range(10, 0, -2)[1:3], range(10, 0, -2)[::-1], list(range(10, 0, -2)[::-3]))
print(range(5)[::-1][::-1], range(0)[::-1], range(5, 1), list(range(5, 1)), len(range(5, 1)))
print(range(3) == range(0, 3, 1), range(0) == range(5, 1), range(0, 3, 2) == range(0, 4, 2), range(1, 2, 5) == range(1, 7, 7))
print(range(1, 10).start, range(1, 10).stop, range(1, 10).step, range(3).step)
try:
    range(5).index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(5)["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(5)[1:2:0]
except ValueError as e:
    print(type(e).__name__, e)
big = range(0, 10**20, 7)
print(big[-1], 10**19 in big, big[10**18], big.index(70))
print(list(reversed(range(1, 8, 3))), sum(range(101)), max(range(-5, 5, 4)), bool(range(1)), repr(range(-3, -1)))
print(range(True, 5)[True], range(2, 100, 9)[3:8:2], list(range(2, 100, 9)[3:8:2]))
