class OutOfStock(Exception):
    pass


class Product:
    def __init__(self, sku, name, price_cents, stock):
        self.sku, self.name, self.price, self.stock = sku, name, price_cents, stock

    def __repr__(self):
        return f"{self.sku}:{self.name}x{self.stock}"


class OrderLine:
    def __init__(self, product, qty):
        self.product, self.qty = product, qty

    @property
    def subtotal(self):
        return self.product.price * self.qty


class Order:
    TAX_BP = 825

    def __init__(self, oid, customer):
        self.oid, self.customer = oid, customer
        self.lines = []
        self.status = "open"

    def add(self, product, qty=1):
        for line in self.lines:
            if line.product is product:
                line.qty += qty
                return self
        self.lines.append(OrderLine(product, qty))
        return self

    def subtotal(self):
        return sum(l.subtotal for l in self.lines)

    def discount(self):
        sub = self.subtotal()
        if sub >= 10000:
            return sub // 10
        if sum(l.qty for l in self.lines) >= 5:
            return 500
        return 0

    def total(self):
        taxable = self.subtotal() - self.discount()
        return taxable + (taxable * self.TAX_BP + 5000) // 10000


class Inventory:
    def __init__(self, products):
        self.products = {p.sku: p for p in products}

    def fulfil(self, order):
        short = [(l.product.sku, l.qty, l.product.stock) for l in order.lines if l.qty > l.product.stock]
        if short:
            order.status = "backordered"
            raise OutOfStock(", ".join(f"{s} wants {q} has {h}" for s, q, h in short))
        for l in order.lines:
            l.product.stock -= l.qty
        order.status = "shipped"

    def low_stock(self, threshold=3):
        return sorted((p for p in self.products.values() if p.stock <= threshold), key=lambda p: p.stock)


def cents(n):
    return f"${n // 100}.{n % 100:02d}"


inv = Inventory([Product("A1", "widget", 250, 10), Product("B2", "gadget", 4999, 3),
                 Product("C3", "doohickey", 1200, 1), Product("D4", "gizmo", 75, 100)])
P = inv.products
orders = [
    Order(1, "ann").add(P["A1"], 2).add(P["D4"], 4),
    Order(2, "bob").add(P["B2"], 2).add(P["C3"]),
    Order(3, "cid").add(P["C3"]).add(P["A1"]),
    Order(4, "dee").add(P["B2"], 2).add(P["A1"], 1).add(P["A1"], 1),
]
for o in orders:
    try:
        inv.fulfil(o)
    except OutOfStock as e:
        print(f"order {o.oid}: OutOfStock {e}")
    print(f"order {o.oid} {o.customer:<4} {o.status:<11} sub={cents(o.subtotal()):>8} "
          f"disc={cents(o.discount()):>7} total={cents(o.total()):>8}")
print("low:", inv.low_stock())
revenue = sum(o.total() for o in orders if o.status == "shipped")
print("revenue", cents(revenue))
by_customer = {}
for o in orders:
    by_customer.setdefault(o.status, []).append(o.customer)
print(by_customer)
