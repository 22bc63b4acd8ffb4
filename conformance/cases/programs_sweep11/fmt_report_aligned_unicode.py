rows = [("Zürich", 421878, 87.88), ("São Paulo", 12325232, 1521.11), ("東京", 13960000, 2194.07), ("Oslo", 697010, 454.0)]
print(f"{'city':<12}|{'population':>12}|{'km²':>10}|{'density':>9}")
print("-" * 46)
for city, pop, area in rows:
    print(f"{city:<12}|{pop:>12,}|{area:>10.2f}|{pop / area:>9.1f}")
print(f"{'total':<12}|{sum(r[1] for r in rows):>12_}|{sum(r[2] for r in rows):>10.1f}|")
print(f"[{'é':^5}] [{'ab':*<4}] [{'→':→>3}] [{'x':\u2500^7}]")
print("{:>5}|{:<5}|{:^5}|".format("ñ", "日本", "ß"), len("日本"), "%-6s|%6s|" % ("ü", "ü"))
