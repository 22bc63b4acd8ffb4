import sys

groups = {}
current = None
for line in sys.stdin.read().splitlines():
    if line.startswith("["):
        current = line.strip("[]")
        groups[current] = []
    elif line.strip():
        groups[current].append(float(line))
for name, values in groups.items():
    print(f"{name}: n={len(values)} avg={sum(values) / len(values):.2f}")
