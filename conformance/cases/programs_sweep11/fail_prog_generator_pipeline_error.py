def numbers(lines):
    for line in lines:
        yield float(line)


def running_mean(xs):
    total = 0.0
    for i, x in enumerate(xs, 1):
        total += x
        yield total / i


for m in running_mean(numbers(["1", "2", "x3"])):
    print(round(m, 3))
