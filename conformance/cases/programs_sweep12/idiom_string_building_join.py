rows = [("Name", "Qty", "Price"), ("Apples", 3, 1.2), ("Bananas", 12, 0.25), ("Cherries", 100, 0.1)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
lines = []
for r in rows:
    lines.append(" | ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
lines.insert(1, "-+-".join("-" * w for w in widths))
print("\n".join(lines))
csv_line = ",".join(f'"{c}"' if isinstance(c, str) else str(c) for c in rows[1])
print(csv_line)
parts = []
for i in range(1, 6):
    parts.append(f"{i}^2={i * i}")
print("; ".join(parts))
print("".join(chr(ord("a") + i) for i in range(26))[::5])
s = ""
for word in ["build", "a", "string", "slowly"]:
    s += word.capitalize()
print(s, len(s), s.lower().count("s"))
print("\n".join(f"{n:>3}: {'*' * n}" for n in (1, 3, 5)))
print(", ".join(map(str, range(5))), " ".join(reversed("a b c".split())), "-".join("2024 06 01".split()))
print("{} + {} = {}".format(2, 3, 2 + 3), "%s has %d items" % ("cart", 4), f"{'x'!r:>5}")
