import uuid
from dataclasses import dataclass, field

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "inventory.example")


@dataclass(frozen=True)
class Item:
    sku: str
    name: str
    id: uuid.UUID = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "id", uuid.uuid5(NAMESPACE, self.sku))


items = [Item("A-100", "bolt"), Item("B-200", "nut"), Item("A-100", "bolt again")]
for item in items:
    print(item.sku, item.id, item.id.hex[:8])
print(items[0].id == items[2].id, len({i.id for i in items}))
by_id = {i.id: i.name for i in items}
print(sorted(by_id.values()))
print(uuid.UUID(items[1].id.urn))
