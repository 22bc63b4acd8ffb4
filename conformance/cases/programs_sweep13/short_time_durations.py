def human(seconds):
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        n, seconds = divmod(seconds, size)
        if n:
            parts.append(f"{n}{unit}")
    return " ".join(parts) or "0s"


def parse(text):
    total = 0
    for token in text.split():
        total += int(token[:-1]) * {"d": 86400, "h": 3600, "m": 60, "s": 1}[token[-1]]
    return total


for s in (0, 59, 61, 3600, 3661, 90061, 1000000):
    print(f"{s:>8} -> {human(s):14} -> {parse(human(s))}")
print(divmod(-7, 2), divmod(7.5, 2), -7 // 2, -7 % 2, round(-2.5), round(3.5))
