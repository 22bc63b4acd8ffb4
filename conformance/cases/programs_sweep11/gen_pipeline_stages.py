def source(lines):
    for line in lines:
        yield line.rstrip("\n")


def non_empty(lines):
    return (l for l in lines if l.strip())


def parse(lines):
    for l in lines:
        name, _, score = l.partition(":")
        try:
            yield name.strip(), int(score)
        except ValueError:
            yield name.strip(), None


raw = ["ann: 90\n", "\n", "bob: x\n", "cy:75\n", "   \n", "dee : 60"]
pipeline = parse(non_empty(source(raw)))
results = list(pipeline)
print(results)
valid = [s for _, s in results if s is not None]
print(sum(valid) / len(valid), max(results, key=lambda r: r[1] or 0))
g = parse(["a:1"])
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g, "end"))
gi = iter(source(["x", "y"]))
print(gi is iter(gi), list(gi), list(gi))
