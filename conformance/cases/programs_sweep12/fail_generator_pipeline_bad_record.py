RAW = ["id=1;qty=3;price=2.50", "id=2;qty=1;price=10", "id=3;qty=two;price=1.00", "id=4;qty=5;price=0.20"]


def parse(lines):
    for line in lines:
        yield dict(kv.split("=") for kv in line.split(";"))


def typed(records):
    for r in records:
        yield {"id": int(r["id"]), "qty": int(r["qty"]), "price": float(r["price"])}


def totals(records):
    for r in records:
        yield r["id"], r["qty"] * r["price"]


running = 0.0
for rid, total in totals(typed(parse(RAW))):
    running += total
    print(f"order {rid}: {total:.2f} (running {running:.2f})")
