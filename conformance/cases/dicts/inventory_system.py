# An inventory with dicts: orders, restocks and a report.
inventory = {"bolts": 120, "nuts": 80, "washers": 200, "screws": 15}
prices = {"bolts": 0.25, "nuts": 0.1, "washers": 0.05, "screws": 0.3}
orders = [("bolts", 50), ("screws", 20), ("nuts", 80), ("gears", 5), ("washers", 199)]
backorders = {}
for item, qty in orders:
    if item not in inventory:
        print(f"unknown item {item!r}")
        continue
    available = inventory[item]
    shipped = min(available, qty)
    inventory[item] -= shipped
    if shipped < qty:
        backorders[item] = backorders.get(item, 0) + qty - shipped
    print(f"{item}: shipped {shipped}, left {inventory[item]}")
print("backorders:", backorders)
low = {k: v for k, v in inventory.items() if v < 20}
print("low stock:", low)
for item in low:
    inventory[item] += 100
value = sum(inventory[k] * prices[k] for k in inventory)
print(inventory, round(value, 2))
