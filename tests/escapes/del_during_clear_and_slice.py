# Finalizers run by list.clear, dict.clear, set.clear and slice stores (which
# finalize the items they drop right there) refill, clear and re-slice the
# very containers being released: each release has finished before any
# finalizer runs, so no freed or half-moved item is read.
# expect-output: [2]
# expect-output: {'k': 'v'}
# expect-output: 1
# expect-output: end
items = []
table = {}
bag = set()
depth = [0]


class Meddler:
    def __del__(self):
        depth[0] += 1
        if depth[0] < 50:
            items[:] = [Meddler(), Meddler()]
            del items[::2]
            items.clear()
            table["m"] = Meddler()
            table.clear()
            bag.add(Meddler())
            bag.clear()
        items[:] = [0, 1, 2]
        table["k"] = "v"
        bag.add(1)


items.extend([Meddler() for _ in range(4)])
items[1:3] = items[::-1]
items.clear()
table.update(a=Meddler(), b=Meddler())
table.clear()
bag.update({Meddler()})
bag.clear()
del items[:2]
items[:] = items[:]
print(items)
print(table)
print(len(bag))
print("end")
