# ExceptionGroup.split/subgroup take a recursion step per nesting level,
# counted with the Python frames: groups nested past the recursion limit
# end in RecursionError from that step (or from the predicate's frame).
def deep(n):
    g = ValueError(0)
    for i in range(n):
        g = ExceptionGroup("g", [g])
    return g


cases = [
    ("deep split by type", lambda: deep(5000).split(ValueError)),
    ("deep subgroup by type", lambda: deep(5000).subgroup(TypeError)),
    ("deep subgroup by predicate", lambda: deep(5000).subgroup(lambda e: False)),
]
for label, case in cases:
    try:
        case()
        print(label, "ok")
    except RecursionError as e:
        print(label, "RecursionError:", e)
print("shallow", deep(50).split(ValueError)[0] is not None)
