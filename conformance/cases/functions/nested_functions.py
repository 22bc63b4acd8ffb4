# Helper functions defined inside functions.
def statistics(values):
    def mean(xs):
        return sum(xs) / len(xs)

    def variance(xs):
        m = mean(xs)
        return sum((x - m) ** 2 for x in xs) / len(xs)

    def median(xs):
        s = sorted(xs)
        mid = len(s) // 2
        return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2

    return {"mean": mean(values), "var": variance(values), "median": median(values)}


print(statistics([2, 4, 4, 4, 5, 5, 7, 9]))
print(statistics([1, 2, 3]))


def tokenize(expr):
    tokens = []
    i = 0

    def read_number():
        nonlocal i
        start = i
        while i < len(expr) and expr[i].isdigit():
            i += 1
        return int(expr[start:i])

    while i < len(expr):
        ch = expr[i]
        if ch.isdigit():
            tokens.append(read_number())
        elif ch in "+-*/()":
            tokens.append(ch)
            i += 1
        else:
            i += 1
    return tokens


print(tokenize("12 + 34*(5-6) / 789"))
