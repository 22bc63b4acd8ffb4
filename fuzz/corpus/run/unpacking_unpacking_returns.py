# Functions returning tuples, unpacked at the call site.
def divmod_verbose(a, b):
    return a // b, a % b, f"{a} = {b} * {a // b} + {a % b}"


q, r, text = divmod_verbose(47, 5)
print(q, r, text)


def min_max(xs):
    lo = hi = xs[0]
    for x in xs[1:]:
        if x < lo:
            lo = x
        elif x > hi:
            hi = x
    return lo, hi


lo, hi = min_max([3, 9, -2, 7])
print(lo, hi, hi - lo)


def split_name(full):
    first, *middle, last = full.split()
    return first, " ".join(middle), last


for n in ("Ada Lovelace", "John Ronald Reuel Tolkien", "Cher Bono"):
    print(split_name(n))
try:
    split_name("Plato")
except ValueError as e:
    print("ValueError", e)
