import sys
input = sys.stdin.readline
class SegTree:
    def __init__(self, arr, op=min, ident=float('inf')):
        self.n = 1
        while self.n < len(arr):
            self.n <<= 1
        self.op = op
        self.ident = ident
        self.t = [ident] * (2 * self.n)
        self.t[self.n:self.n + len(arr)] = arr
        for i in range(self.n - 1, 0, -1):
            self.t[i] = op(self.t[2 * i], self.t[2 * i + 1])
    def update(self, i, v):
        i += self.n
        self.t[i] = v
        i >>= 1
        while i:
            self.t[i] = self.op(self.t[i << 1], self.t[i << 1 | 1])
            i >>= 1
    def query(self, l, r):
        resl = resr = self.ident
        l += self.n; r += self.n
        while l < r:
            if l & 1:
                resl = self.op(resl, self.t[l]); l += 1
            if r & 1:
                r -= 1; resr = self.op(self.t[r], resr)
            l >>= 1; r >>= 1
        return self.op(resl, resr)
    def __repr__(self):
        return f"SegTree(n={self.n}, leaves={self.t[self.n:]})"

class BIT:
    def __init__(self, n):
        self.n = n
        self.f = [0] * (n + 1)
    def add(self, i, d):
        i += 1
        while i <= self.n:
            self.f[i] += d
            i += i & -i
    def pref(self, i):
        s = 0
        while i > 0:
            s += self.f[i]
            i -= i & (-i)
        return s

n = int(input())
a = list(map(int, input().split()))
mn = SegTree(a)
mx = SegTree(a, max, -10**18)
sm = SegTree(a, lambda x, y: x + y, 0)
bit = BIT(n)
for i, x in enumerate(a):
    bit.add(i, x)
print(mn, mx.t[1], sm.t[1], bit.f)
q = int(input())
for _ in range(q):
    parts = input().split()
    if parts[0] == 'set':
        i, v = int(parts[1]), int(parts[2])
        bit.add(i, v - a[i]); a[i] = v
        for t in (mn, mx, sm):
            t.update(i, v)
        print("set", i, v, "->", a)
    else:
        l, r = int(parts[1]), int(parts[2])
        print(f"[{l},{r}) min={mn.query(l, r)} max={mx.query(l, r)} "
              f"sum={sm.query(l, r)} bit={bit.pref(r) - bit.pref(l)}")
print(mn.query(0, 0), mx.query(3, 3), sm.query(0, n))
# inversion count via BIT
vals = sorted(set(a))
rank = {v: i for i, v in enumerate(vals)}
b2 = BIT(len(vals)); inv = 0
for i, x in enumerate(a):
    inv += i - b2.pref(rank[x] + 1)
    b2.add(rank[x], 1)
print("inversions", inv)
