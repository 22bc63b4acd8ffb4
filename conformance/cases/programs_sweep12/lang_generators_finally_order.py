log = []


def resource(name):
    log.append(f"open {name}")
    try:
        for i in range(3):
            log.append(f"{name} yields {i}")
            yield i
    finally:
        log.append(f"close {name}")


def pipeline():
    for x in resource("outer"):
        for y in resource("inner"):
            if x + y == 2:
                return (x, y)
    return None


print(pipeline())
print("\n".join(log))
log.clear()
g = resource("manual")
print(next(g), next(g))
g.close()
print(log)
log.clear()
with_break = []
for v in resource("loop"):
    with_break.append(v)
    if v == 1:
        break
print(with_break, log)
log.clear()
gen = resource("thrown")
next(gen)
try:
    gen.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", e, log)
