# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3),
         (1, 10), (-1, 10), (10 ** 20 + 3, 7), (-(10 ** 20) - 3, 7), (5, 10 ** 20),
         (-5, 10 ** 20)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a} // {b} = {q}; {a} % {b} = {r}; check {q * b + r == a}")
for a, b in pairs:
    print(divmod(a, b))
# Integer modulo used to wrap indices
items = ["a", "b", "c", "d"]
for i in range(-6, 7, 2):
    print(i, items[i % len(items)])
# Clock arithmetic
hour = 22
for add in (1, 2, 5, 26, -30):
    print("22 +", add, "->", (hour + add) % 24)
