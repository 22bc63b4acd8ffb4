sales = {"mon": (120, 4), "tue": (90, 3), "wed": (0, 0), "thu": (200, 5)}

for day, (total, orders) in sales.items():
    print(day, total, orders)

per_order = {day: total / orders for day, (total, orders) in sales.items()}
print(per_order)
