from statistics import mean


def normalize(scores):
    total = sum(scores.values())
    assert total > 0, f"scores must not all be zero: {scores}"
    return {k: round(v / total, 3) for k, v in scores.items()}


print(normalize({"a": 3, "b": 1}))
print(mean(normalize({"x": 1, "y": 1, "z": 2}).values()))
print(normalize({"p": 0, "q": 0}))
