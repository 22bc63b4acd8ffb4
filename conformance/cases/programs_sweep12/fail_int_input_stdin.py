import sys

total = 0
count = 0
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    value = int(line)
    total += value
    count += 1
    print(f"line {lineno}: {value:>6} running total {total}")
print("average", total / count)
