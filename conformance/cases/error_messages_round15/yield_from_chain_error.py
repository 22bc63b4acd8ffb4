def read_numbers():
    yield 1
    yield int("two")


def doubled():
    for n in read_numbers():
        yield n * 2


def pipeline():
    yield from doubled()


print(list(pipeline()))
