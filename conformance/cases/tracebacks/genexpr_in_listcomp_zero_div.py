# An error raised inside a generator consumed by a list comprehension.
def items():
    for i in range(3):
        yield {"id": i, "val": 10 // (2 - i)}
result = [x["val"] for x in items()]
