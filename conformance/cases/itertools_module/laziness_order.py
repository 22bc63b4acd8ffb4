# What happens when the object is made (iter() of the inputs, tuple() of
# the pools) and what waits for next(): the order of side effects.
import itertools as it

log = []


class Source:
    def __init__(self, name, items):
        self.name = name
        self.items = items
    def __iter__(self):
        log.append(f"iter {self.name}")
        return self.Iterator(self)
    class Iterator:
        def __init__(self, source):
            self.source = source
            self.i = 0
        def __iter__(self):
            return self
        def __next__(self):
            if self.i >= len(self.source.items):
                log.append(f"end {self.source.name}")
                raise StopIteration
            self.i += 1
            log.append(f"next {self.source.name}")
            return self.source.items[self.i - 1]


def show(label, make, take=2):
    log.clear()
    obj = make()
    log.append("-- made")
    for _ in range(take):
        try:
            log.append(f"got {next(obj)!r}")
        except StopIteration:
            log.append("stop")
    print(label + ":", "; ".join(log))


A = lambda: Source("a", [1, 2, 3])
B = lambda: Source("b", [0, 1])
show("chain", lambda: it.chain(A(), B()), 4)
show("chain.from_iterable", lambda: it.chain.from_iterable([A(), B()]), 4)
show("islice", lambda: it.islice(A(), 1, 3), 3)
show("islice skip", lambda: it.islice(A(), 5, 2), 1)
show("islice step", lambda: it.islice(A(), 0, 3, 2), 3)
show("islice stop 0", lambda: it.islice(A(), 0), 2)
show("accumulate", lambda: it.accumulate(A()), 2)
show("accumulate initial", lambda: it.accumulate(A(), initial=10), 2)
show("compress", lambda: it.compress(A(), B()), 3)
show("cycle", lambda: it.cycle(B()), 4)
show("dropwhile", lambda: it.dropwhile(lambda x: x < 2, A()), 2)
show("takewhile", lambda: it.takewhile(lambda x: x < 2, A()), 2)
show("filterfalse", lambda: it.filterfalse(lambda x: x % 2, A()), 2)
show("starmap", lambda: it.starmap(divmod, Source("s", [(7, 2), (9, 4)])), 2)
show("pairwise", lambda: it.pairwise(A()), 3)
show("zip_longest", lambda: it.zip_longest(A(), B(), fillvalue="-"), 4)
show("product", lambda: it.product(A(), B()), 2)
show("permutations", lambda: it.permutations(B()), 1)
show("combinations", lambda: it.combinations(A(), 2), 1)
show("cwr", lambda: it.combinations_with_replacement(B(), 2), 1)
show("groupby", lambda: (k for k, g in it.groupby(A(), key=lambda x: x // 2)), 3)
show("tee", lambda: it.tee(A())[0], 2)
show("tee after end", lambda: it.tee(B())[1], 4)
show("starmap after end", lambda: it.starmap(pow, Source("s", [(2, 2)])), 3)
show("takewhile after end", lambda: it.takewhile(bool, B()), 3)
show("dropwhile after end", lambda: it.dropwhile(bool, B()), 3)
show("filterfalse after end", lambda: it.filterfalse(None, B()), 3)
show("accumulate after end", lambda: it.accumulate(Source("s", [])), 2)
show("pairwise after end", lambda: it.pairwise(Source("s", [1])), 2)
show("islice after end", lambda: it.islice(Source("s", [1]), 5), 3)
show("chain after end", lambda: it.chain(Source("s", [1])), 3)
show("zip_longest after end", lambda: it.zip_longest(Source("s", [1])), 3)
show("cycle after end", lambda: it.cycle(Source("s", [])), 2)
show("tee 0", lambda: iter(it.tee(A(), 0)), 0)
show("repeat", lambda: it.repeat("r", 1), 2)
show("product empty pool", lambda: it.product(A(), Source("e", [])), 1)
