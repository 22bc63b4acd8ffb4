# list.extend over the list's own iterator never runs out: each item the
# iterator yields is appended behind it (CPython grows until MemoryError).
# moat charges each append and ends the run at the memory limit.
# limit: memory
items = [1, 2, 3]
items.extend(iter(items))
print("unreachable")
