import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [10/Oct/2024:13:55:36] "GET /index.html HTTP/1.1" 200 2326
192.168.1.11 - - [10/Oct/2024:13:55:40] "GET /api/users HTTP/1.1" 200 512
10.0.0.5 - - [10/Oct/2024:13:56:01] "POST /api/login HTTP/1.1" 401 87
192.168.1.10 - - [10/Oct/2024:13:56:12] "GET /missing HTTP/1.1" 404 0
10.0.0.5 - - [10/Oct/2024:13:57:30] "POST /api/login HTTP/1.1" 200 91
192.168.1.12 - - [10/Oct/2024:13:58:02] "GET /api/users HTTP/1.1" 500 0
malformed line here
10.0.0.5 - - [10/Oct/2024:13:59:59] "DELETE /api/users/7 HTTP/1.1" 204 0
"""
LINE = re.compile(r'(?P<ip>[\d.]+) - - \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)')
by_status = Counter()
by_ip = defaultdict(list)
bytes_by_path = Counter()
bad = 0
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        bad += 1
        continue
    by_status[m["status"][0] + "xx"] += 1
    by_ip[m["ip"]].append(m["method"])
    bytes_by_path[m["path"]] += int(m["size"])
print(sorted(by_status.items()))
print(by_status.most_common(2))
for ip, methods in sorted(by_ip.items()):
    print(f"{ip:15} {len(methods)} {Counter(methods)}")
print(bytes_by_path.most_common(3), "malformed:", bad)
print((by_status + Counter({"2xx": 10})).total(), +Counter({"a": -1, "b": 2}))
