import re
from collections import Counter, defaultdict

LOG = r'''
10.0.0.1 - - [12/Mar/2024:10:15:32 +0000] "GET /index.html HTTP/1.1" 200 5124 "-" "Mozilla/5.0"
10.0.0.2 - - [12/Mar/2024:10:15:40 +0000] "POST /api/login HTTP/1.1" 401 87 "-" "curl/8.0"
10.0.0.1 - - [12/Mar/2024:10:16:02 +0000] "GET /static/app.js HTTP/1.1" 200 90211 "/index.html" "Mozilla/5.0"
10.0.0.3 - - [12/Mar/2024:10:17:11 +0000] "GET /missing HTTP/1.1" 404 0 "-" "Googlebot/2.1"
10.0.0.2 - - [12/Mar/2024:10:17:30 +0000] "POST /api/login HTTP/1.1" 200 301 "-" "curl/8.0"
10.0.0.4 - - [12/Mar/2024:11:02:59 +0000] "GET /api/items?page=2 HTTP/1.1" 500 12 "-" "python-requests/2.31"
not a log line at all
10.0.0.1 - - [12/Mar/2024:11:05:00 +0000] "GET /index.html HTTP/1.1" 304 0 "-" "Mozilla/5.0"
'''

PATTERN = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) \S+ \S+ \[(?P<day>[^:]+):(?P<hour>\d\d):\d\d:\d\d [^\]]+\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)'
)

hits = Counter()
status_classes = Counter()
bytes_by_ip = defaultdict(int)
per_hour = Counter()
bad = []
for lineno, line in enumerate(LOG.strip().splitlines(), 1):
    m = PATTERN.match(line)
    if not m:
        bad.append(lineno)
        continue
    d = m.groupdict()
    path = d["path"].split("?", 1)[0]
    hits[(d["method"], path)] += 1
    status_classes[d["status"][0] + "xx"] += 1
    bytes_by_ip[d["ip"]] += int(d["size"])
    per_hour[d["hour"]] += 1

print("unparsed lines:", bad)
print("top endpoints:")
for (method, path), n in hits.most_common(3):
    print(f"  {method:<5}{path:<20}{n:>3}")
print("status classes:", dict(sorted(status_classes.items())))
total = sum(bytes_by_ip.values())
for ip, b in sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]):
    print(f"{ip:>10} {b:>8,} B {b / total:7.2%}")
print("per hour:", " ".join(f"{h}h={n}" for h, n in sorted(per_hour.items())))
errors = [m.group("path") for m in map(PATTERN.match, LOG.splitlines()) if m and m["status"] >= "400"]
print("error paths:", errors)
print(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", "client 10.0.0.42 and 192.168.1.7"))
