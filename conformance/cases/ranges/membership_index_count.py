# Membership, index and count on ranges.
r = range(3, 30, 4)
print(list(r), 7 in r, 8 in r, 27 in r, 31 in r, -1 in r, 3.0 in r, 7.5 in r, "7" in r)
print(r.index(3), r.index(27), r.count(11), r.count(12), r.count(11.0))
try:
    r.index(4)
except ValueError as e:
    print("ValueError", e)
neg = range(10, -10, -3)
print(list(neg), 4 in neg, 5 in neg, neg.index(-8), -11 in neg)
print(0 in range(0), 0 in range(1), 5 in range(5, 10, 100), 6 in range(5, 10, 100))
