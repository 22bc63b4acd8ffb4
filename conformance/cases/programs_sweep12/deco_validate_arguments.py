import functools


def check(**rules):
    """rules map a keyword argument to (predicate, message)."""
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(**kwargs):
            problems = [f"{name}: {msg} (got {kwargs.get(name)!r})"
                        for name, (pred, msg) in rules.items()
                        if name in kwargs and not pred(kwargs[name])]
            if problems:
                raise ValueError("; ".join(problems))
            return fn(**kwargs)
        wrapper.rules = sorted(rules)
        return wrapper
    return deco


def positive(x):
    return isinstance(x, (int, float)) and x > 0


@check(width=(positive, "must be positive"), height=(positive, "must be positive"),
       unit=(lambda u: u in {"cm", "in"}, "unknown unit"))
def box(*, width, height, unit="cm"):
    """Describe a box."""
    return f"{width}x{height}{unit} (area {width * height}{unit}²)"


print(box(width=3, height=4))
print(box(width=2.5, height=2, unit="in"))
for kwargs in [dict(width=0, height=4), dict(width=-1, height="x", unit="mm"), dict(width=1, height=1, unit="in")]:
    try:
        print(box(**kwargs))
    except ValueError as e:
        print("ValueError:", e)
print(box.__doc__, box.rules, box.__wrapped__(width=1, height=0))
try:
    box(3, 4)
except TypeError as e:
    print("TypeError:", e)
