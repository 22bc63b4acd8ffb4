# Unpacking errors and their messages.
def unpack2(seq):
    a, b = seq
    return a, b


def unpack3(seq):
    a, b, c = seq
    return a, b, c


def unpack_star(seq):
    a, b, *c, d = seq
    return a, b, c, d


for seq in ([1, 2, 3], [1], [], "abc", "ab", range(5), {1: 2}, (x for x in range(3))):
    for fn in (unpack2, unpack3, unpack_star):
        try:
            print(fn.__name__, fn(seq))
        except ValueError as e:
            print(fn.__name__, "ValueError", e)
for bad in (5, None, 2.5, len):
    try:
        unpack2(bad)
    except TypeError as e:
        print("TypeError", e)
