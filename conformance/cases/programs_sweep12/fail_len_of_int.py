def describe(items):
    return f"{len(items)} items: {items}"


print(describe([1, 2, 3]))
print(describe("abc"))
print(describe({"a": 1}))
print(describe(42))
