import sys


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    for case in range(1, t + 1):
        n, target = int(data[pos]), int(data[pos + 1])
        pos += 2
        arr = list(map(int, data[pos:pos + n]))
        pos += n
        seen = {}
        ans = None
        for i, v in enumerate(arr):
            if target - v in seen:
                ans = (seen[target - v] + 1, i + 1)
                break
            seen.setdefault(v, i)
        print(f"Case #{case}: {ans[0]} {ans[1]}" if ans else f"Case #{case}: IMPOSSIBLE")


main()
