from itertools import cycle, islice, product, combinations, permutations, starmap, repeat
from operator import mul

staff = ["ann", "bob", "cy"]
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
rota = dict(zip(days, cycle(staff)))
print(rota)
pairs = list(combinations(staff, 2))
print(pairs, list(islice(cycle(pairs), 5)))
print(len(list(permutations(staff))), list(product("AB", [1, 2])))
print(list(starmap(mul, [(2, 3), (4, 5)])), list(map(pow, [2, 3], repeat(2))), list(repeat([0], 2)))
shifts = ["early", "late"]
plan = {d: dict(zip(shifts, islice(cycle(staff), i, i + 2))) for i, d in enumerate(days[:3])}
print(plan)
workload = {s: sum(1 for v in rota.values() if v == s) for s in staff}
print(workload, max(workload.values()) - min(workload.values()))
