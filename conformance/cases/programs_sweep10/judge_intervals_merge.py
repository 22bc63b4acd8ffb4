import sys
def main():
    data = sys.stdin.read().split()
    t = int(data[0]); pos = 1
    for case in range(1, t + 1):
        n = int(data[pos]); pos += 1
        iv = sorted((int(data[pos + 2 * i]), int(data[pos + 2 * i + 1])) for i in range(n))
        pos += 2 * n
        merged = []
        for s, e in iv:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        covered = sum(e - s for s, e in merged)
        print(f"Case #{case}: {len(merged)} {covered} " + " ".join(f"[{s},{e}]" for s, e in merged))
main()
