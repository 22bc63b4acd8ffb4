import sys
from itertools import groupby


def rle(s):
    return "".join(f"{ch}{len(list(g))}" if (n := len(s)) else "" for ch, g in groupby(s))


def unrle(s):
    import re
    return "".join(ch * int(n) for ch, n in re.findall(r"(\D)(\d+)", s))


for line in sys.stdin.read().splitlines():
    enc = rle(line)
    better = enc if len(enc) < len(line) else line
    print(f"{line!r:>16} -> {enc!r:<20} {better!r} {unrle(enc) == line}")
