# PEP 585 generics in function and variable annotations.
def group(words: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[0], []).append(w)
    return out
print(group(["apple", "avocado", "banana"]))
print(group.__annotations__)
pairs: list[tuple[str, int]] = [("a", 1)]
print(__annotations__)
