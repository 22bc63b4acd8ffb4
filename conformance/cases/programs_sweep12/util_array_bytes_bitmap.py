import array


class Bitmap:
    def __init__(self, size):
        self.size = size
        self.bits = bytearray((size + 7) // 8)

    def set(self, i):
        self.bits[i >> 3] |= 1 << (i & 7)

    def clear(self, i):
        self.bits[i >> 3] &= ~(1 << (i & 7)) & 0xFF

    def __contains__(self, i):
        return bool(self.bits[i >> 3] >> (i & 7) & 1)

    def count(self):
        return sum(bin(b).count("1") for b in self.bits)

    def __iter__(self):
        return (i for i in range(self.size) if i in self)


bm = Bitmap(40)
for i in (0, 3, 7, 8, 21, 39):
    bm.set(i)
bm.clear(3)
print(list(bm), bm.count(), 21 in bm, 22 in bm, bm.bits.hex())
temps = array.array("f", [21.5, 22.25, 19.75])
temps.extend([23.0, 18.5])
print(temps, temps.typecode, temps.itemsize, len(temps), max(temps), temps.index(23.0))
ints = array.array("h", range(-3, 4))
print(ints.tobytes().hex(), ints[::-1], ints.count(0), sum(ints))
ints.byteswap()
print(ints.tolist()[:3])
u = array.array("B", b"hello")
u[0] = ord("j")
print(u.tobytes(), bytes(u).upper(), list(u)[:2])
try:
    array.array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
packed = array.array("I", [1, 2, 3])
packed.frombytes(array.array("I", [99]).tobytes())
print(packed, packed.buffer_info()[1])
