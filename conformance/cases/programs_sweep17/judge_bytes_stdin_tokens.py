# Online-judge style: read all tokens from the binary buffer, answer queries,
# write the answers through sys.stdout.buffer after flushing text output.
import sys
from bisect import bisect_left, bisect_right
from itertools import accumulate

def main():
    data = sys.stdin.buffer.read().split()
    print("tokens:", len(data), "first:", data[0], data[:3])
    it = iter(data)
    n = int(next(it))
    q = int(next(it))
    arr = [int(next(it)) for _ in range(n)]
    names = [next(it).decode() for _ in range(3)]
    prefix = list(accumulate(arr, initial=0))
    srt = sorted(arr)
    out = []
    for _ in range(q):
        kind = next(it)
        if kind == b"S":
            l, r = int(next(it)), int(next(it))
            out.append(f"sum[{l},{r}]={prefix[r] - prefix[l - 1]}")
        elif kind == b"C":
            lo, hi = int(next(it)), int(next(it))
            cnt = bisect_right(srt, hi) - bisect_left(srt, lo)
            out.append(f"count[{lo}..{hi}]={cnt}")
        elif kind == b"M":
            k = int(next(it))
            out.append("max%d=%s" % (k, max(arr[:k])))
        else:
            out.append("unknown %r" % kind)
    print("names:", ", ".join(n.title() for n in names))
    sys.stdout.flush()
    sys.stdout.buffer.write(("\n".join(out) + "\n").encode())
    sys.stdout.buffer.write(b"bytes-total=%d hex=%s\n" % (sum(arr), hex(sum(arr)).encode()))
    sys.stdout.buffer.write(b"%-6s|%6s|%06.2f\n" % (b"left", b"right", 3.14159))
    sys.stdout.buffer.flush()
    sys.stdout.write("back to text: é ✓\n")
    sys.stdout.flush()
    sys.stdout.buffer.write("ünïcode via buffer\n".encode("utf-8"))
    sys.stdout.buffer.flush()
    print(bytes(data[-1]), data[-1].upper(), data[-1].isalpha(), data[-1].hex("-"))
    print(b" ".join(sorted(set(data[-4:]))))

main()
