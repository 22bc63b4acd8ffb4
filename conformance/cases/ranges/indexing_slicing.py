# Indexing and slicing ranges yields ints and ranges.
r = range(10, 50, 5)
print(r[0], r[1], r[-1], r[-2], r[len(r) - 1])
print(r[1:4], r[::-1], r[::2], r[-3:], r[5:1:-2], r[100:], list(r[1:4]))
print(range(10)[::-3], list(range(10)[::-3]), range(0, -10, -1)[2:5])
try:
    r[8]
except IndexError as e:
    print("IndexError", e)
try:
    r[-9]
except IndexError as e:
    print("IndexError", e)
try:
    r["1"]
except TypeError as e:
    print("TypeError", e)
try:
    r[0] = 1
except TypeError as e:
    print("TypeError", e)
big = range(0, 10 ** 20, 7)
print(big[-1], big[10 ** 18], big[::10 ** 19], 10 ** 19 in big, 7 * 10 ** 18 in big)
