# Batch validator that collects failures into ExceptionGroups, handles some
# with except*, and lets the rest escape with notes attached.
from dataclasses import dataclass

class FieldError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

class QuotaError(RuntimeError):
    pass

@dataclass
class Order:
    oid: int
    qty: int
    email: str

def validate(order):
    errors = []
    if order.qty <= 0:
        errors.append(FieldError("qty", f"must be positive, got {order.qty}"))
    if "@" not in order.email:
        errors.append(FieldError("email", f"invalid address {order.email!r}"))
    if order.qty > 100:
        errors.append(QuotaError(f"order {order.oid} exceeds quota"))
    if errors:
        raise ExceptionGroup(f"order {order.oid} invalid", errors)

def run_batch(orders):
    failures = []
    for order in orders:
        try:
            validate(order)
            print(f"order {order.oid} ok")
        except* FieldError as group:
            fields = [e.field for e in group.exceptions]
            print(f"order {order.oid} field errors: {fields}")
        except* QuotaError as group:
            for e in group.exceptions:
                e.add_note(f"batch position {orders.index(order)}")
            failures.extend(group.exceptions)
    if failures:
        eg = ExceptionGroup("quota violations", failures)
        eg.add_note(f"{len(failures)} of {len(orders)} orders rejected")
        raise eg

run_batch([Order(1, 5, "a@x.io"), Order(2, 0, "nope"), Order(3, 500, "b@y.io"),
           Order(4, 101, "bad"), Order(5, 7, "c@z.io")])
