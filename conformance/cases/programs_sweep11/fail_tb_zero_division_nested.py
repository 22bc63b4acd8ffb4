def mean(xs):
    return sum(xs) / len(xs)


def report(groups):
    return {k: round(mean(v), 2) for k, v in groups.items()}


print(report({"a": [1, 2], "b": [3]}))
print(report({"a": [1], "empty": []}))
