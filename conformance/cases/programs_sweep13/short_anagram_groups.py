from collections import defaultdict

words = "listen silent enlist inlets google elgoog cat act tac dog god odg".split()
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:8} {len(ws)} {ws}")
print(max(groups.values(), key=len), sum(len(v) > 1 for v in groups.values()))
