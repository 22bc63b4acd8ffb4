import random

rng = random.Random(3)
stock = {"bolts": 50, "nuts": 80, "washers": 30}
reorder_point = {"bolts": 20, "nuts": 30, "washers": 15}
order_qty = {"bolts": 60, "nuts": 100, "washers": 40}
pending = []
stockouts = {k: 0 for k in stock}
for day in range(1, 15):
    arrived = [p for p in pending if p[0] == day]
    pending = [p for p in pending if p[0] != day]
    for _, item, qty in arrived:
        stock[item] += qty
    for item in stock:
        demand = rng.randint(0, 12)
        if demand > stock[item]:
            stockouts[item] += demand - stock[item]
            stock[item] = 0
        else:
            stock[item] -= demand
        on_order = any(p[1] == item for p in pending)
        if stock[item] <= reorder_point[item] and not on_order:
            pending.append((day + rng.randint(2, 4), item, order_qty[item]))
    print(f"day {day:2}: " + " ".join(f"{k}={v:3}" for k, v in stock.items()) + f"  pending={len(pending)}")
print("stockouts:", stockouts)
