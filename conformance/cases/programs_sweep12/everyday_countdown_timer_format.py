def fmt_duration(seconds):
    if seconds < 0:
        return "-" + fmt_duration(-seconds)
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        n, seconds = divmod(seconds, size)
        if n or (unit == "s" and not parts):
            parts.append(f"{n}{unit}")
    return " ".join(parts)


def clock(seconds):
    h, rem = divmod(int(seconds), 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"


def parse_duration(text):
    import re
    total = 0
    for n, unit in re.findall(r"(\d+)\s*([dhms])", text):
        total += int(n) * {"d": 86400, "h": 3600, "m": 60, "s": 1}[unit]
    return total


for s in [0, 59, 60, 3599, 3600, 86399, 90061, 1_000_000, -125]:
    print(f"{s:>8} -> {fmt_duration(s):<16} {clock(abs(s))}")
for text in ["1h 30m", "2d5s", "45 m 15 s", "nothing"]:
    print(f"{text!r:<12} = {parse_duration(text)}s = {fmt_duration(parse_duration(text))}")
remaining = 125
while remaining > 0:
    print(clock(remaining), end=" ")
    remaining -= 30
print("| done")
