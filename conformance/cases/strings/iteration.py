# Iterating over strings.
word = "banana"
for i, ch in enumerate(word):
    print(i, ch, word.count(ch), word.index(ch))
print(list(word), tuple("ab"), sorted(set(word)))
print([c for c in "Hello World" if c.isupper()], list(reversed("abc")))
print(list(zip("abc", "xyz")), ["".join(p) for p in zip("abc", "123")])
it = iter("xy")
print(next(it), next(it), next(it, "done"))
pairs = [word[i:i + 2] for i in range(len(word) - 1)]
print(pairs, len(set(pairs)))
total = 0
for digit in "9071":
    total = total * 10 + int(digit)
print(total, total + 1)
print(sum(map(int, "12345")), max("hello"), "".join(sorted("hello", reverse=True)))
