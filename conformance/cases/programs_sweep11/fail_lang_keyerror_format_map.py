template = "{name} ordered {qty} x {item}"
orders = [{"name": "ann", "qty": 2, "item": "pen"}, {"name": "bob", "qty": 1}]
for o in orders:
    print(template.format_map(o))
