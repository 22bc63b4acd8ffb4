# The heap's chunk bitmaps under churn: objects and buffers of every size
# class around the 512-byte pooled limit, grown and shrunk across it;
# finalizers that resurrect, allocate and drop objects while a collection
# runs; generators the collector closes; classes that die with live
# instances; identity hashes of swept and reused blocks. Output and the
# --stats figures must be the same on every run.

class Grow:
    __slots__ = ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')


saved = []
log = []


class Phoenix:
    def __init__(self, n, payload):
        self.n = n
        self.payload = payload

    def __del__(self):
        # Allocate across the pooled limit while the collector is running.
        junk = [bytes(k) for k in range(500, 530)]
        junk.append("x" * (self.n % 700))
        log.append(self.n)
        if self.n % 3 == 0:
            saved.append(self)  # resurrected: must stay intact


def gen(n, box):
    try:
        yield n
        yield n + 1
    finally:
        log.append(-n)
        tmp = {i: str(i) * 40 for i in range(20)}  # dict growth while closing
        del tmp


def make_class(slotted):
    if slotted:
        class C:
            __slots__ = ("x",)
    else:
        class C:
            pass
    return C


hashes = set()
for round_ in range(6):
    objs = []
    for size in range(480, 545, 4):
        objs.append(bytes(size))
        objs.append("s" * size)
        objs.append(bytearray(size))
        objs.append([None] * (size // 8))
        objs.append(tuple(range(size // 8)))
        objs.append({i: i for i in range(size // 32)})
    for ba in objs[2::6]:
        ba.extend(b"z" * 100)   # across the limit, then back
        del ba[10:]
        ba.extend(b"q" * 600)
    for i in range(200):
        p = Phoenix(round_ * 1000 + i, [0] * ((round_ * 1000 + i) % 70))
        p.cycle = p
        box = []
        g = gen(round_ * 1000 + i, box)
        next(g)
        if i % 2:
            box.append(g)  # a cycle through the generator's frame
        # A class that dies with its instances still alive until the sweep.
        C = make_class(i % 2)
        c = C()
        c.x = c
        c = C = None
        hashes.add(hash(object()) % 1000003)
    objs = None
    p = g = box = None
    for s in saved:
        assert s.payload == [0] * (s.n % 70), s.n
        assert s.cycle is s
    print(round_, len(saved), len(log), sum(log) % 100003)

inst = [Grow() for _ in range(300)]
ids = {hash(x) % 1000003 for x in inst}
inst = None
inst2 = [Grow() for _ in range(300)]
ids2 = {hash(x) % 1000003 for x in inst2}
# A reused block gets a new identity: no hash repeats.
print(len(ids), len(ids2), len(ids & ids2), len(hashes))
instances = set(inst2)
print(len(instances), all(x in instances for x in inst2))
saved.clear()
print(len(log))
