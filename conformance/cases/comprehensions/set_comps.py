# Set comprehensions (printed with small ints or via sorted()).
print({x % 5 for x in range(20)})
print({x * x for x in range(-3, 4)})
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print(sorted({len(w) for w in "a bb ccc dd e".split()}))
print({n for n in range(10) if n % 3 == 0} | {1})
vowels = sorted({c for c in "Programming Python is fun" if c.lower() in "aeiou"})
print(vowels)
