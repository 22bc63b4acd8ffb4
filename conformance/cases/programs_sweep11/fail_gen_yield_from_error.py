def inner():
    yield 1
    raise LookupError("inner failed")


def outer():
    try:
        yield from inner()
    finally:
        print("outer cleanup")


for v in outer():
    print(v)
