def source():
    yield 1
    yield 2
    raise ValueError("source exhausted badly")
def relay():
    total = yield from source()
    return total
def consume():
    for item in relay():
        print("got", item)
consume()
