# Functions as values: passing, returning and storing them.
def apply_n(func, n, x):
    for _ in range(n):
        x = func(x)
    return x


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def double(x):
    return x * 2


def inc(x):
    return x + 1


print(apply_n(double, 10, 1), apply_n(inc, 5, 0), apply_n(str.upper, 1, "abc"))
print(compose(double, inc)(5), compose(inc, double)(5), compose()(7))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World Again  "
for step in pipeline:
    value = step(value)
print(value)
handlers = {"double": double, "inc": inc}
print([handlers[name](10) for name in ("double", "inc", "double")])
print(list(map(double, [1, 2, 3])), sorted([-3, 2, -1], key=abs), max("abc", key=ord))


def make_validator(min_len, must_have):
    def validate(s):
        problems = []
        if len(s) < min_len:
            problems.append(f"shorter than {min_len}")
        for ch in must_have:
            if ch not in s:
                problems.append(f"missing {ch!r}")
        return problems or ["ok"]
    return validate


check = make_validator(6, "@.")
for candidate in ("a@b.c", "someone@example.org", "nodots@here", "x"):
    print(candidate, check(candidate))
