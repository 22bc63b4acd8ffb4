sales = {"north": [120.5, 98.25, 143.0], "south": [88.0, 91.75], "east": [], "west": [200.0, 10.0, 5.5, 77.25]}
grand = sum(sum(v) for v in sales.values())
print(f"{'region':<8}{'n':>3}{'total':>10}{'share':>8}{'avg':>9}")
for region, vals in sorted(sales.items(), key=lambda kv: -sum(kv[1])):
    total = sum(vals)
    avg = f"{total / len(vals):9.2f}" if vals else f"{'-':>9}"
    print(f"{region:<8}{len(vals):>3}{total:>10.2f}{total / grand:>8.1%}{avg}")
print(f"{'':-<38}")
print(f"{'all':<8}{sum(map(len, sales.values())):>3}{grand:>10,.2f}{1:>8.0%}")
print("{:>6.2%} {:>+8.3e} {:^10} {:#06x}".format(0.08125, -1234.5, "mid", 255))
