# Compare tickets against drawn numbers with set intersection.
drawn = {4, 8, 15, 16, 23, 42}
tickets = {
    "t1": {1, 2, 3, 4, 5, 6},
    "t2": {4, 8, 15, 16, 23, 42},
    "t3": {8, 15, 20, 23, 30, 41},
    "t4": {42, 41, 40, 39, 38, 37},
}
for name, nums in tickets.items():
    hits = nums & drawn
    print(name, len(hits), sorted(hits), "JACKPOT" if hits == drawn else "")
print(sorted(set().union(*tickets.values()) - drawn)[:10])
print(sorted(drawn - set().union(*(t for k, t in tickets.items() if k != "t2"))))
