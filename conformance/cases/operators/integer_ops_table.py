# A table of results for all binary int operators on sign combinations.
values = [7, -7, 3, -3]
for a in values[:2]:
    for b in values[2:]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, a ** 2, a & b, a | b, a ^ b, a << 2, a >> 1,
              round(a / b, 6), divmod(a, b))
