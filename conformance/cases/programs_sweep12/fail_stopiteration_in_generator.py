def pairs(items):
    it = iter(items)
    while True:
        first = next(it)
        second = next(it)
        yield first, second


print(list(pairs([1, 2, 3, 4])))
print(list(pairs([1, 2, 3])))
