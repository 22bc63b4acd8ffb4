# get and setdefault.
stock = {"apple": 3, "pear": 0}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", 0), stock.get("pear", 99))
print(stock.setdefault("apple", 10), stock.setdefault("kiwi", 5), stock.setdefault("fig"), stock)
groups = {}
for word in ["ant", "bee", "ape", "cat", "bat", "cow", "asp"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    stock.get()
except TypeError as e:
    print("TypeError", e)
try:
    stock.get("a", 1, 2)
except TypeError as e:
    print("TypeError", e)
