# A StopIteration escaping from inside a generator body becomes a
# RuntimeError (PEP 479), chained to the original.
def first_words(lines):
    it = iter(lines)
    while True:
        line = next(it)
        yield line.split()[0]


print("start")
words = first_words(["alpha beta", "gamma delta"])
print(next(words), next(words))
print(next(words))
