from bisect import bisect_left


def lis(seq):
    tails, idx, prev = [], [], [-1] * len(seq)
    for i, x in enumerate(seq):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            idx.append(i)
        else:
            tails[k] = x
            idx[k] = i
        prev[i] = idx[k - 1] if k else -1
    out, i = [], idx[-1] if idx else -1
    while i != -1:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


t = int(input())
for case in range(1, t + 1):
    kind, *rest = input().split()
    if kind == "lis":
        nums = list(map(int, rest))
        best = lis(nums)
        print(f"Case #{case}: {len(best)} {best}")
    elif kind == "edit":
        a, b = rest
        print(f"Case #{case}: {edit_distance(a, b)}")
    else:
        print(f"Case #{case}: unknown {kind!r}")
