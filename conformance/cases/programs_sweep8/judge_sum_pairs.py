import sys
def main():
    data = sys.stdin.read().split()
    t = int(data[0]); pos = 1
    out = []
    for _ in range(t):
        n, k = int(data[pos]), int(data[pos+1]); pos += 2
        arr = list(map(int, data[pos:pos+n])); pos += n
        seen = {}
        cnt = 0
        for x in arr:
            cnt += seen.get(k - x, 0)
            seen[x] = seen.get(x, 0) + 1
        out.append(str(cnt))
    sys.stdout.write("\n".join(out) + "\n")
    print(f"{sum(map(int, out)):>8}|{len(out):<4}|{max(map(int,out)):^7}|")
main()
