def parse(s):
    try:
        return int(s)
    except ValueError:
        raise LookupError(f"no number in {s!r}")


def total(items):
    return sum(parse(i) for i in items)


print(total(["1", "2"]))
print(total(["3", "x"]))
