employees = [
    ("ceo", None, 300), ("cto", "ceo", 250), ("cfo", "ceo", 240), ("dev1", "cto", 150), ("dev2", "cto", 140),
    ("intern", "dev1", 40), ("acct", "cfo", 90), ("ops", "cto", 120),
]
children = {}
salary = {}
for name, boss, pay in employees:
    children.setdefault(boss, []).append(name)
    salary[name] = pay


def total_cost(name):
    return salary[name] + sum(total_cost(c) for c in children.get(name, []))


def show(name, depth=0):
    kids = children.get(name, [])
    print(f"{'    ' * depth}{name} ({salary[name]}) team={total_cost(name)}")
    for k in sorted(kids, key=total_cost, reverse=True):
        show(k, depth + 1)


show(children[None][0])


def chain(name):
    boss = {n: b for n, b, _ in employees}
    out = [name]
    while boss[out[-1]] is not None:
        out.append(boss[out[-1]])
    return " -> ".join(out)


print(chain("intern"), "|", chain("ceo"))
depth = {}
for n, b, _ in employees:
    depth[n] = 0 if b is None else depth[b] + 1
print(max(depth.items(), key=lambda kv: kv[1]), sorted(n for n in salary if n not in children))
