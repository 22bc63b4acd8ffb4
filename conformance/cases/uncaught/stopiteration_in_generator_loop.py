def gen():
    yield 1
    raise StopIteration("explicit")
for x in gen():
    print(x)
