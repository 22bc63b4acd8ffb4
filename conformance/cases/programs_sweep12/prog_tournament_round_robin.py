from itertools import combinations
import random

teams = ["Lions", "Tigers", "Bears", "Wolves", "Eagles"]
rng = random.Random(77)
table = {t: {"P": 0, "W": 0, "D": 0, "L": 0, "GF": 0, "GA": 0, "Pts": 0} for t in teams}
results = []
for home, away in combinations(teams, 2):
    hg, ag = rng.randint(0, 4), rng.randint(0, 3)
    results.append(f"{home:>7} {hg}-{ag} {away}")
    for t, gf, ga in ((home, hg, ag), (away, ag, hg)):
        row = table[t]
        row["P"] += 1
        row["GF"] += gf
        row["GA"] += ga
        if gf > ga:
            row["W"] += 1
            row["Pts"] += 3
        elif gf == ga:
            row["D"] += 1
            row["Pts"] += 1
        else:
            row["L"] += 1
print("\n".join(results))
order = sorted(teams, key=lambda t: (-table[t]["Pts"], -(table[t]["GF"] - table[t]["GA"]), -table[t]["GF"], t))
print(f"{'#':>2} {'Team':<8}" + "".join(f"{k:>4}" for k in ["P", "W", "D", "L", "GF", "GA", "GD", "Pts"]))
for pos, t in enumerate(order, 1):
    r = table[t]
    gd = r["GF"] - r["GA"]
    print(f"{pos:>2} {t:<8}" + "".join(f"{r[k]:>4}" for k in ["P", "W", "D", "L", "GF", "GA"]) + f"{gd:>+4}{r['Pts']:>4}")
