def make_pipeline(*steps):
    def run(value):
        for i, step in enumerate(steps):
            value = step(value)
        return value
    return run


def parse(s):
    return [int(x) for x in s.split(",")]


def scale(factor):
    def apply(xs):
        return [x * factor for x in xs]
    return apply


def total(xs):
    return sum(xs)


pipe = make_pipeline(parse, scale(3), total)
print(pipe("1,2,3"))
print(pipe("10, 20"))
print(pipe("1,,2"))
