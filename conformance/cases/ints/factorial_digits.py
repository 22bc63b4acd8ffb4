# A student exercise: big factorials and their digit statistics.
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


for n in (0, 1, 5, 10, 20, 25, 50):
    print(n, factorial(n))
f100 = factorial(100)
digits = str(f100)
print("100! has", len(digits), "digits")
print("digit sum", sum(int(d) for d in digits))
trailing = len(digits) - len(digits.rstrip("0"))
print("trailing zeros", trailing)
counts = {}
for d in digits:
    counts[d] = counts.get(d, 0) + 1
for d in sorted(counts):
    print(d, counts[d])
print(factorial(500) // factorial(498))
print(factorial(30) // (factorial(15) * factorial(15)))
