def fizzbuzz(n, rules=((3, "Fizz"), (5, "Buzz"))):
    return "".join(word for k, word in rules if n % k == 0) or str(n)


print(" ".join(fizzbuzz(i) for i in range(1, 31)))
print([fizzbuzz(i, ((2, "Two"), (7, "Seven"))) for i in (1, 2, 7, 14, 15)])
counts = {}
for i in range(1, 101):
    w = fizzbuzz(i)
    key = w if not w.isdigit() else "number"
    counts[key] = counts.get(key, 0) + 1
print(counts)
print(*(("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or i for i in range(10, 16)))
