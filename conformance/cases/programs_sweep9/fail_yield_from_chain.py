def leaf(n):
    for i in range(n):
        if i == 2:
            raise LookupError(f"leaf failed at {i}")
        yield i

def middle():
    yield "start"
    yield from leaf(5)

def top():
    yield from middle()

for v in top():
    print(v)
