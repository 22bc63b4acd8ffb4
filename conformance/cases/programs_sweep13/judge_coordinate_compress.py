import sys


def main():
    it = map(int, sys.stdin.buffer.read().split())
    n = next(it)
    xs = [next(it) for _ in range(n)]
    ranks = {v: i for i, v in enumerate(sorted(set(xs)))}
    compressed = [ranks[x] for x in xs]
    tree = [0] * (len(ranks) + 1)

    def add(i):
        i += 1
        while i < len(tree):
            tree[i] += 1
            i += i & -i

    def prefix(i):
        s = 0
        while i > 0:
            s += tree[i]
            i -= i & -i
        return s

    inversions = 0
    for seen, r in enumerate(compressed):
        inversions += seen - prefix(r + 1)
        add(r)
    print(*compressed)
    print("inversions:", inversions)


main()
