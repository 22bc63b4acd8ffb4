# A set display of constants is a frozenset constant built by CPython's
# compiler; its iteration order (and that of sets built from it) follows
# the compiler's table, including keys whose hashes collide.
print({-5, -4, -3, -2, -1, 0})
print({-1, -2, -3, -4, -5, -6})
print({65, 97, 34, 8, 12, 370, 18, 22, 1050})
print({34, 1476, 6, 486, 71, 330, 1230, 19, 21, 29})
print({100, 75, 1132, 11, 1263, 17, 23, 30})
print({1665, 34, 719, 30, 783})
print({1, 9, 17, 25, 33})
print({(1, 2), (3, 4), (0, 0), (9, 9)})
s = {34, 1092, 7, 1320, 1008, 1525, -7, 31, 30, 607}
print(s)
s.add(15)
s.discard(1008)
print(s, s | {2, 66}, s & {7, 31, 607, 99})
f = frozenset({8, 16, 24, 32, 40, 48})
print(f, set(f), {0} | f)
print(3 in {1, 9, 17, 3}, 17 in {1, 9, 17, 3}, [x for x in {2**40, 2**41, 7, 2**40 + 7}])
