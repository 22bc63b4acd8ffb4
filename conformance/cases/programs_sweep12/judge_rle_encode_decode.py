import re
import sys


def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def decode(s):
    return "".join(ch * int(n or 1) for n, ch in re.findall(r"(\d*)(\D)", s))


for line in sys.stdin.read().splitlines():
    cmd, _, payload = line.partition(" ")
    if cmd == "E":
        enc = encode(payload)
        print(f"E {payload!r} -> {enc!r} ({len(enc)}/{len(payload)})")
    elif cmd == "D":
        print(f"D {payload!r} -> {decode(payload)!r}")
    else:
        print("?", line)
