# while loops with counters, conditions and else.
n = 0
while n < 5:
    n += 1
print("n =", n)
digits = []
value = 90125
while value:
    digits.append(value % 10)
    value //= 10
print(digits[::-1])
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print("even", i)
else:
    print("never printed")
count = 3
while count > 0:
    print("countdown", count)
    count -= 1
else:
    print("while-else runs when the condition becomes false")
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print("first fib >= 1000:", b)
balance, years = 1000.0, 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
