# Ranges are lazy: huge bounds cost nothing until iterated.
r = range(10 ** 12)
print(len(r), r[-1], r[123456789], 999999999999 in r, 10 ** 12 in r)
r2 = range(-(10 ** 30), 10 ** 30, 10 ** 28)
print(len(r2), r2[0], r2[-1], r2[100], 0 in r2, 5 in r2)
print(sum(range(1, 10 ** 6 + 1)), sum(range(0, 10 ** 6, 3)))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError", e)
print(range(10 ** 20)[-1], range(10 ** 20).stop)
