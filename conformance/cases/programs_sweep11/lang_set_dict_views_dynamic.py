inventory = {"apple": 3, "pear": 0, "fig": 7}
keys = inventory.keys()
values = inventory.values()
items = inventory.items()
print(len(keys), sorted(keys), sorted(values), sorted(items))
inventory["kiwi"] = 2
del inventory["pear"]
print(sorted(keys), sorted(values), ("fig", 7) in items, "pear" in keys)
print(keys & {"apple", "grape"}, sorted(keys | {"grape"}), sorted(keys - {"fig"}), sorted(items)[0])
try:
    for k in keys:
        inventory[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(len(inventory))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError", e)
