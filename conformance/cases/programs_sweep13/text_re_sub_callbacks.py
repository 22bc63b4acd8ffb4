import re

LOG = """2024-03-01 12:00:01 ERROR db timeout after 30s (user=42)
2024-03-01 12:00:05 WARN cache miss ratio 0.75 (user=7)
2024-03-02 08:15:00 INFO started worker-3
2024-03-02 09:00:00 ERROR disk /dev/sda1 at 97% (user=42)"""

pattern = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) (?P<msg>.*?)(?: \(user=(?P<user>\d+)\))?$",
    re.MULTILINE,
)
for m in pattern.finditer(LOG):
    d = m.groupdict()
    print(d["level"].ljust(5), d["date"], d["user"] or "-", "|", d["msg"])


def redact(m):
    return f"user=<{len(m.group(1))} digits>"


print(re.sub(r"user=(\d+)", redact, LOG).splitlines()[0])
print(re.sub(r"(?P<num>\d+)s\b", lambda m: str(int(m["num"]) * 1000) + "ms", LOG.splitlines()[0]))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail ann@corp.com or bob@home.com"))
print(re.subn(r"\s+", " ", "  too   many    spaces  "))
print(re.sub(r"(?i)error|warn", lambda m: m.group().upper().center(9, "*"), "error, Warn, ok"))
counts = {}
re.sub(r"\b[A-Z]{4,5}\b", lambda m: counts.__setitem__(m[0], counts.get(m[0], 0) + 1) or m[0], LOG)
print(counts)
print(re.split(r"(\d+)", "a1bb22ccc333"), re.findall(r"(\w)(\d)", "a1 b2 c"))
print(pattern.groupindex["level"], pattern.groups)
