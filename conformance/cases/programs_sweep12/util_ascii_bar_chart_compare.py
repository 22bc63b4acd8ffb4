data = {"Q1": (120, 100), "Q2": (95, 130), "Q3": (160, 155), "Q4": (40, 90)}
scale = 40 / max(max(v) for v in data.values())
print(f"{'':4}{'2023':<42}{'2024'}")
for q, (a, b) in data.items():
    print(f"{q:<4}{'▇' * round(a * scale):<40}{a:>4}  {'▇' * round(b * scale):<40}{b:>4}  {(b - a) / a:+.0%}")
total_a, total_b = (sum(v[i] for v in data.values()) for i in (0, 1))
print(f"total {total_a} -> {total_b} ({(total_b - total_a) / total_a:+.1%})")
rows = []
for level in range(10, 0, -1):
    threshold = level * 16
    rows.append(f"{threshold:>4} |" + "".join(" ## " if v[1] >= threshold else "    " for v in data.values()))
print("\n".join(rows))
print("     +" + "----" * len(data))
print("      " + "".join(f" {q} " for q in data))
