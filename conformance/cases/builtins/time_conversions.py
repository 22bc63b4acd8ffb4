# divmod, abs, round and format in a duration formatter.
def humanize(seconds):
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        amount, seconds = divmod(seconds, size)
        if amount:
            parts.append(f"{int(amount)}{unit}")
    if seconds or not parts:
        parts.append(f"{round(seconds, 2)}s")
    return sign + " ".join(parts)


for s in (0, 59, 60, 61, 3600, 3661, 86400, 90061.5, -125, 1e6, 0.25):
    print(s, humanize(s))
