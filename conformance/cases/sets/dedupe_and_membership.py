# Typical uses: deduplication and fast membership tests.
readings = [5, 3, 5, 1, 3, 3, 7, 0, 1]
unique = set(readings)
print(unique, len(unique), sorted(unique))
print(len(readings) - len(unique), "duplicates")
seen, dupes = set(), set()
for r in readings:
    if r in seen:
        dupes.add(r)
    seen.add(r)
print(dupes)
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), len(set(words)))
allowed = set("abcdefghijklmnopqrstuvwxyz ")
print(all(ch in allowed for ch in "hello world"), sorted(set("Hello, World!") - allowed))
primes = {2, 3, 5, 7, 11, 13}
print([n for n in range(15) if n in primes])
