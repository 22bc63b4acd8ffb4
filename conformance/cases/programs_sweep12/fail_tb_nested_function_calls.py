def c_to_f(c):
    return c * 9 / 5 + 32


def describe(city, temps):
    avg = sum(temps) / len(temps)
    return f"{city}: avg {c_to_f(avg):.1f}F over {len(temps)} days"


def report(data):
    return [describe(city, temps) for city, temps in data.items()]


print("\n".join(report({"oslo": [2, 4, -1], "rome": [18, 21]})))
print("\n".join(report({"lima": [19, 20], "nowhere": []})))
