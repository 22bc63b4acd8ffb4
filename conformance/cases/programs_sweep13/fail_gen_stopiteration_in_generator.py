def pairs(seq):
    it = iter(seq)
    while True:
        a = next(it)
        b = next(it)
        yield a, b


print(list(pairs([1, 2, 3, 4])))
print(list(pairs([1, 2, 3])))
