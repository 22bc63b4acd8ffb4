import sys

input = sys.stdin.readline


class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
        self.sets = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.sets -= 1
        return True


n, q = map(int, input().split())
dsu = DSU(n)
answers = []
for _ in range(q):
    op, a, b = input().split()
    a, b = int(a), int(b)
    if op == "U":
        merged = dsu.union(a, b)
        answers.append(f"union {a} {b}: {'merged' if merged else 'same'} ({dsu.sets} sets)")
    else:
        same = dsu.find(a) == dsu.find(b)
        answers.append(f"query {a} {b}: {'YES' if same else 'NO'}")
sys.stdout.write("\n".join(answers) + "\n")
sizes = sorted((dsu.size[r] for r in range(n) if dsu.find(r) == r), reverse=True)
print("component sizes:", sizes)
