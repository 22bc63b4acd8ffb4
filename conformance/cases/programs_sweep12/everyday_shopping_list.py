pantry = {"eggs": 2, "milk": 0, "flour": 1, "sugar": 3, "butter": 0}
recipes = {
    "pancakes": {"eggs": 2, "milk": 1, "flour": 2},
    "cookies": {"butter": 1, "sugar": 2, "flour": 2, "eggs": 1},
    "omelette": {"eggs": 3, "milk": 1},
}
prices = {"eggs": 0.30, "milk": 1.10, "flour": 2.00, "sugar": 1.50, "butter": 2.40}
plan = ["pancakes", "cookies", "omelette"]
needed = {}
for dish in plan:
    for item, qty in recipes[dish].items():
        needed[item] = needed.get(item, 0) + qty
print("needed:", needed)
shopping = {item: qty - pantry.get(item, 0) for item, qty in needed.items() if qty > pantry.get(item, 0)}
print("to buy:")
total = 0
for item in sorted(shopping):
    cost = shopping[item] * prices[item]
    total += cost
    print(f"  {item:<8} x{shopping[item]:<3} ${cost:>6.2f}")
print(f"  {'total':<12} ${total:>6.2f}")
cookable_now = [d for d in plan if all(pantry.get(i, 0) >= q for i, q in recipes[d].items())]
print("cookable now:", cookable_now or "nothing")
print("most used ingredient:", max(needed, key=needed.get))
