# Generators that own resources: close() releases them, a with statement
# around a generator, and contextlib.closing on a generator.
import contextlib

open_handles = set()


def reader(name, lines):
    open_handles.add(name)
    try:
        for line in lines:
            yield f"{name}:{line}"
    finally:
        open_handles.discard(name)
        print(f"  released {name}")


r = reader("a", ["1", "2", "3"])
print(next(r), sorted(open_handles))
r.close()
print(sorted(open_handles), r.gi_running)
with contextlib.closing(reader("b", ["x", "y"])) as rb:
    for item in rb:
        print(item)
        break
print(sorted(open_handles))
gens = [reader(n, ["only"]) for n in "cde"]
print([next(g) for g in gens], sorted(open_handles))
for g in reversed(gens):
    g.close()
print(sorted(open_handles), list(reader("f", [])))
