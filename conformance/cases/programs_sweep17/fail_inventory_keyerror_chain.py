# Fails with a chained exception: a KeyError inside a lookup helper is
# wrapped into a domain error while another error is being handled.
class InventoryError(Exception):
    def __init__(self, sku, reason):
        super().__init__(f"{sku}: {reason}")
        self.sku = sku

STOCK = {"A1": {"qty": 5, "loc": "shelf-3"}, "B2": {"qty": 0}}

def location_of(sku):
    return STOCK[sku]["loc"]

def pick(order):
    picked = []
    for sku, n in order:
        try:
            where = location_of(sku)
        except KeyError as exc:
            raise InventoryError(sku, f"no location ({exc})") from exc
        if STOCK[sku]["qty"] < n:
            raise InventoryError(sku, f"only {STOCK[sku]['qty']} left")
        picked.append((sku, n, where))
    return picked

def process(orders):
    done = []
    for oid, order in orders.items():
        try:
            done.append((oid, pick(order)))
        except InventoryError as err:
            print(f"order {oid} failed: {err}")
            if err.sku == "B2":
                undefined_audit_log.append(err)
    return done

print(process({"o1": [("A1", 2)], "o2": [("A1", 9)]}))
process({"o3": [("A1", 1), ("B2", 1)]})
