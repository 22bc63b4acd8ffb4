# starmap turns each item into the call's arguments with tuple(): any
# iterable item works, and a non-iterable one fails as tuple() does.
from itertools import starmap


def show(label, make):
    try:
        print(label, list(make()))
    except TypeError as e:
        print(label, "TypeError:", e)


show("tuples", lambda: starmap(pow, [(2, 3), (3, 2)]))
show("lists", lambda: starmap(max, [[1, 5, 2], [7, 3]]))
show("strings", lambda: starmap(lambda *c: "-".join(c), ["ab", "xyz"]))
show("generator items", lambda: starmap(divmod, ((n, 3) for n in (7, 10))))
show("int item", lambda: starmap(pow, [(2, 3), 5]))
show("None item", lambda: starmap(print, [None]))
it = starmap(pow, iter([(2, 2), 3]))
print(next(it))
try:
    next(it)
except TypeError as e:
    print("TypeError:", e)
