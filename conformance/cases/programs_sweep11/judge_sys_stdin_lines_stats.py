import sys

rows = [line.rstrip("\n") for line in sys.stdin]
print(len(rows), sum(len(r) for r in rows))
numeric = []
for r in rows:
    try:
        numeric.append(float(r))
    except ValueError:
        pass
if numeric:
    numeric.sort()
    mid = len(numeric) // 2
    med = numeric[mid] if len(numeric) % 2 else (numeric[mid - 1] + numeric[mid]) / 2
    print(f"min={numeric[0]:g} max={numeric[-1]:g} median={med:g} mean={sum(numeric) / len(numeric):.3f}")
print(sorted(set(r.strip().lower() for r in rows if r.strip() and not r.strip().lstrip("-").replace(".", "", 1).isdigit())))
sys.stdout.write("done\n")
sys.stdout.writelines(["a", "b\n"])
print(sys.stdin.read() == "", sys.stdin.readline() == "")
