# A store through a warm STORE_ATTR site inserts a new key into the
# instance dict; an odd key already there (equal hash, a user __eq__) runs
# Python during that insertion, which replaces the instance's __dict__,
# deletes entries and collects. The cache must neither write through a
# stale entry index nor into the replaced dict's freed entries.
# expect-output: {'x': 'after'}
# expect-output: ['seen', 'y']
# expect-output: ok


class Odd:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return hash("y")

    def __eq__(self, other):
        t = self.target
        t.__dict__ = {"x": "after"}
        junk = [[j] for j in range(200_000)]  # collect now
        return False


class P:
    pass


def put_x(o, v):
    o.x = v


def put_y(o, v):
    o.y = v


warm = P()
for i in range(20):
    put_x(warm, i)
    put_y(warm, i)

p = P()
old = p.__dict__
old[Odd(p)] = "seen"
put_y(p, "y")  # inserting 'y' into `old` compares with the Odd key
print(p.__dict__)
print(sorted(v for v in old.values()))
print("ok")
