inventory = {"apples": {"count": 3, "price": 0.5}, "pears": {"count": 0}}
def value(item):
    entry = inventory[item]
    return entry["count"] * entry["price"]
for item in inventory:
    print(item, value(item))
