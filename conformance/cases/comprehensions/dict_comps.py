# Dict comprehensions.
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()})
words = ["apple", "bob", "kayak", "tree", "noon"]
print({w: w == w[::-1] for w in words})
print({w[0]: w for w in words})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
prices = {"a": 1.5, "b": 12.0, "c": 0.25}
print({k: round(v * 1.1, 2) for k, v in prices.items() if v > 1})
print({i: {j: i * j for j in range(3)} for i in range(3)})
print({len(w): w for w in words})
print({(x, y): x + y for x in range(2) for y in range(2)})
