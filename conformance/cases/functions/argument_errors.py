# TypeError messages for bad calls.
def two(a, b):
    return a + b


def one_default(a, b=1):
    return a


def kw_only(a, *, k):
    return a


def no_args():
    return None


attempts = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, c=3),
    lambda: two(1, a=1),
    lambda: two(1, 2, b=3),
    lambda: one_default(),
    lambda: one_default(1, 2, 3),
    lambda: kw_only(1),
    lambda: kw_only(1, 2),
    lambda: kw_only(1, 2, k=3),
    lambda: kw_only(1, k=2, j=3),
    lambda: no_args(1),
    lambda: no_args(x=1),
    lambda: two(*[1, 2, 3]),
    lambda: two(**{"a": 1, "b": 2, "c": 3}),
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except TypeError as e:
        print("TypeError", e)


def three(a, b, c):
    pass


try:
    three()
except TypeError as e:
    print("TypeError", e)
try:
    three(1)
except TypeError as e:
    print("TypeError", e)


def kw_many(*, x, y, z):
    pass


try:
    kw_many()
except TypeError as e:
    print("TypeError", e)
try:
    kw_many(x=1)
except TypeError as e:
    print("TypeError", e)
