class Timer:
    depth = 0

    def __enter__(self):
        Timer.depth += 1
        return Timer.depth

    def __exit__(self, *exc):
        Timer.depth -= 1


def work():
    with Timer() as d:
        yield d
        with Timer() as d2:
            yield d2
    yield Timer.depth


print(list(work()))


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened.append(self.name)
        return self

    def __exit__(self, *exc):
        Resource.opened.remove(self.name)


with Resource("db") as db, Resource("cache"):
    print(sorted(Resource.opened), db.name)
print(Resource.opened)
