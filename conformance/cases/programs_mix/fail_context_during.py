class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False


def process(items):
    with Resource("db") as r:
        out = []
        for it in items:
            try:
                out.append(10 / it)
            except ZeroDivisionError:
                out.append(items["fallback"])
        return out


print(process([1, 2, 5]))
print(process([1, 0]))
