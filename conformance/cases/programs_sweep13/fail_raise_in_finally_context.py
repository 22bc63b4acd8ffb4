class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        if not self.open:
            raise RuntimeError(f"{self.name} closed twice")
        self.open = False
        print("closed", self.name)


def process(res, fail):
    try:
        if fail:
            raise ValueError(f"bad data in {res.name}")
        print("processed", res.name)
    finally:
        res.close()


r1 = Resource("a.txt")
process(r1, False)
r2 = Resource("b.txt")
r2.close()
process(r2, True)
