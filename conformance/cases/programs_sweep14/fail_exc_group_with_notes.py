# An ExceptionGroup whose members carry notes is printed with them.
def check(order):
    errors = []
    if order["qty"] <= 0:
        e = ValueError(f"bad quantity {order['qty']}")
        e.add_note(f"order id {order['id']}")
        errors.append(e)
    if order["sku"] not in {"A1", "B2"}:
        e = KeyError(order["sku"])
        e.add_note("sku not in catalogue")
        errors.append(e)
    return errors


orders = [{"id": 1, "qty": 2, "sku": "A1"}, {"id": 2, "qty": 0, "sku": "Z9"},
          {"id": 3, "qty": -1, "sku": "B2"}]
problems = []
for o in orders:
    problems.extend(check(o))
print(len(problems), "problems")
group = ExceptionGroup("order validation", problems)
group.add_note(f"{len(orders)} orders checked")
raise group
