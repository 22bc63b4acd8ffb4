# A bad record surfaces from deep inside a chain of generators.
def read(rows):
    for i, row in enumerate(rows):
        yield i, row


def parse(pairs):
    for i, row in pairs:
        name, qty = row.split(",")
        yield name, int(qty)


def total(items):
    t = 0
    for name, qty in items:
        t += qty
    return t


print(total(parse(read(["a,1", "b,2"]))))
print(total(parse(read(["a,1", "b,two", "c,3"]))))
