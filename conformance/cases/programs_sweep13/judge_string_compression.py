import sys
from itertools import groupby


def rle(s):
    return "".join(f"{len(list(g))}{ch}" if len(s) else "" for ch, g in groupby(s))


def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


for line in sys.stdin.read().split():
    enc = rle(line)
    better = "shorter" if len(enc) < len(line) else "longer" if len(enc) > len(line) else "same"
    print(line, enc, better, unrle(enc) == line)
