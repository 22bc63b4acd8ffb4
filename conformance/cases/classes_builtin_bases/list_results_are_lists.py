# Operations on list subclass instances return plain lists, as in CPython.
class MyList(list):
    pass

m = MyList([3, 1, 2])
for r in [m + [4], m * 2, 2 * m, m[:], m[::2], m.copy(), sorted(m), list(m), [x for x in m]]:
    print(r, type(r).__name__)
m += [5]
print(m, type(m).__name__)
m *= 2
print(m, type(m).__name__)
m.sort()
print(m, type(m).__name__)
m.reverse()
print(m, m.index(3), m.count(5), 5 in m, len(m))
del m[0]
m[0] = 99
m[1:3] = ["a", "b", "c"]
print(m, type(m).__name__)
print(m > [1], m < [100], MyList([1, 2]) == MyList([1, 2]), MyList() == [])
print(list(reversed(MyList([1, 2, 3]))), [*MyList("ab")], max(MyList([4, 9, 2])))
