data = {"Mon": 3, "Tue": 7, "Wed": 5, "Thu": 0, "Fri": 9, "Sat": 2}
top = max(data.values())
for level in range(top, 0, -1):
    row = f"{level:>2} |"
    for v in data.values():
        row += " ## " if v >= level else "    "
    print(row.rstrip())
print("   +" + "----" * len(data))
print("    " + "".join(f"{d:^4}" for d in data))
total = sum(data.values())
print(f"total={total} mean={total / len(data):.2f} busiest={max(data, key=data.get)} idle={[d for d, v in data.items() if not v]}")
spark = "▁▂▃▄▅▆▇█"
print("".join(spark[min(len(spark) - 1, v * len(spark) // (top + 1))] for v in data.values()))
