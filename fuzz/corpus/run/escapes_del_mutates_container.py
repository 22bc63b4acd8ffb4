# Finalizers that mutate the containers whose release runs them: the
# release has finished before any finalizer runs, so nothing is read freed.
# expect-output: ['new', 'new', 'new']
# expect-output: {'x': 1}
# expect-output: end
registry = []
table = {}


class Meddler:
    def __del__(self):
        registry.clear()
        registry.extend(["new"] * 3)
        table.clear()
        table["x"] = 1


registry.extend([Meddler(), Meddler(), Meddler()])
registry[1] = None
del registry[0]
table["a"] = Meddler()
table["b"] = Meddler()
table["a"] = None
print(registry)
print(table)
print("end")
