grades = {
    "ann": {"math": 90, "art": 72},
    "bob": {"math": 65},
    "cy": {"math": 88, "art": 91},
}
print({name: g["math"] for name, g in grades.items()})
print({name: sum(g.values()) / len(g) for name, g in grades.items()})
print({name: {s: g[s] - grades["ann"][s] for s in ("math", "art")} for name, g in grades.items()})
