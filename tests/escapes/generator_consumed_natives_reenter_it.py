# A generator consumed by a native iterator (groupby, tee, zip_longest,
# chain, islice, pairwise, enumerate, zip, map, filter, accumulate, starmap,
# takewhile, dropwhile, compress) that, from its own body, advances that
# native iterator. CPython raises ValueError 'generator already executing'
# (tee: RuntimeError 'cannot re-enter the tee iterator') for groupby, tee,
# zip_longest and pairwise, and /usr/bin/python3.11 itself crashes on the
# rest; moat must give the ValueError for every one, never step a native's
# half-updated state twice.
# expect-output: groupby ValueError: generator already executing
# expect-output: tee RuntimeError: cannot re-enter the tee iterator
# expect-output: zip_longest ValueError: generator already executing
# expect-output: islice ValueError: generator already executing
# expect-output: pairwise ValueError: generator already executing
# expect-output: enumerate ValueError: generator already executing
# expect-output: zip ValueError: generator already executing
# expect-output: map ValueError: generator already executing
# expect-output: filter ValueError: generator already executing
# expect-output: accumulate ValueError: generator already executing
# expect-output: starmap ValueError: generator already executing
# expect-output: takewhile ValueError: generator already executing
# expect-output: dropwhile ValueError: generator already executing
# expect-output: compress ValueError: generator already executing
# expect-output: reversed of list [1]
import itertools


def reenter(make):
    holder = []

    def g():
        yield 1
        yield next(holder[0])
        yield 3

    it = make(g())
    holder.append(it)
    try:
        return list(it)
    except (ValueError, RuntimeError) as e:
        return type(e).__name__ + ": " + str(e)


print("groupby", reenter(lambda g: itertools.groupby(g)))
print("tee", reenter(lambda g: itertools.tee(g, 2)[0]))
print("zip_longest", reenter(lambda g: itertools.zip_longest(g, range(5))))
print("islice", reenter(lambda g: itertools.islice(g, 0, 5)))
print("pairwise", reenter(lambda g: itertools.pairwise(g)))
print("enumerate", reenter(lambda g: enumerate(g)))
print("zip", reenter(lambda g: zip(g, g)))
print("map", reenter(lambda g: map(str, g)))
print("filter", reenter(lambda g: filter(None, g)))
print("accumulate", reenter(lambda g: itertools.accumulate(g)))
print("starmap", reenter(lambda g: itertools.starmap(lambda x: x, ((v,) for v in g))))
print("takewhile", reenter(lambda g: itertools.takewhile(bool, g)))
print("dropwhile", reenter(lambda g: itertools.dropwhile(lambda v: False, g)))
print("compress", reenter(lambda g: itertools.compress(g, itertools.repeat(1))))
print("reversed of list", reenter(lambda g: iter(list(itertools.islice(g, 1)))))
