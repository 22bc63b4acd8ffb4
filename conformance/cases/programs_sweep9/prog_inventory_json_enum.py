import json
from dataclasses import dataclass, asdict, field
from enum import Enum
from decimal import Decimal
from collections import defaultdict
class Category(str, Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"
@dataclass
class Product:
    sku: str
    name: str
    category: Category
    price: Decimal
    stock: int = 0
    tags: list = field(default_factory=list)
    def value(self): return self.price * self.stock
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal): return str(o)
        return super().default(o)
raw = """[
 {"sku": "T-1", "name": "Hammer", "category": "tools", "price": "12.50", "stock": 4, "tags": ["steel"]},
 {"sku": "F-9", "name": "Apple", "category": "food", "price": "0.35", "stock": 120},
 {"sku": "Y-3", "name": "Yo-yo", "category": "toys", "price": "3.99"},
 {"sku": "T-2", "name": "Saw", "category": "tools", "price": "21.00", "stock": 1}
]"""
products = [Product(**{**d, "category": Category(d["category"]), "price": Decimal(d["price"])}) for d in json.loads(raw)]
by_cat = defaultdict(list)
for p in products:
    by_cat[p.category].append(p)
for cat in Category:
    items = by_cat.get(cat, [])
    total = sum((p.value() for p in items), Decimal("0"))
    print(f"{cat.value:<6} {len(items)} items, value {total:>8}")
print(json.dumps([asdict(p) for p in products[:2]], cls=Encoder, indent=1))
print(Category.FOOD == "food", Category("toys").name, json.dumps({"c": Category.TOOLS}), sorted(products, key=lambda p: p.price)[0].name)
low = [p.sku for p in products if p.stock < 5]
print("low stock:", ", ".join(low) or "none", max(products, key=Product.value).name)
