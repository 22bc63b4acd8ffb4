# The heap's byte count stays exact through churn that crosses the pooled
# block limit (512 bytes) both ways, identity hashes of blocks that are
# swept and reused, and finalizers that resurrect, allocate and drop
# objects during collections: a leak of a few bytes per object would add up
# past this memory limit over the rounds (an identity entry, 32 bytes, per
# hash: 6 MB), where the live data (about 1.2 MB) never does.
# args: --max-memory 3M
# limit: none
# expect-output: 100 200000 0
saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n
        self.cycle = self
        self.blob = bytearray(500 + n % 40)

    def __del__(self):
        self.blob.extend(bytes(100))   # grows past the pooled limit
        junk = [str(self.n) * (k % 9) for k in range(50)]
        if self.n % 4 == 0:
            saved.append(self)


seen = 0
for round_ in range(100):
    objs = [object() for _ in range(2000)]
    seen += len({hash(o) for o in objs})
    for i in range(200):
        Phoenix(round_ * 1000 + i)
    grow = [bytearray(480) for _ in range(300)]
    for b in grow:
        b.extend(bytes(100))
        del b[400:]
    text = ["x" * (500 + i % 30) for i in range(300)]
    d = {}
    for i in range(2000):
        d[i] = i
    objs = grow = text = d = None
    saved.clear()
print(round_ + 1, seen, len(saved))
