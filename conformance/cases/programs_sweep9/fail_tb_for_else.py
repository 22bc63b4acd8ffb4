def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    else:
        raise ValueError(f"{target!r} not found among {len(items)} items")

print(find("abc", "b"))
find("abc", "z")
