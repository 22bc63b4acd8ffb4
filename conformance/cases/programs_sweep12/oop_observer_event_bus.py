from collections import defaultdict
from functools import wraps


class EventBus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.history = []

    def on(self, event, priority=0):
        def deco(fn):
            self.handlers[event].append((priority, len(self.handlers[event]), fn))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return deco

    def emit(self, event, **payload):
        self.history.append(event)
        results = []
        for _, _, fn in self.handlers.get(event, []):
            try:
                r = fn(**payload)
            except Exception as e:
                results.append(f"{fn.__name__} failed: {e!r}")
                continue
            if r is StopIteration:
                results.append(f"{fn.__name__} stopped propagation")
                break
            results.append(r)
        return results


bus = EventBus()


@bus.on("order.created")
def send_email(order_id, email, **_):
    return f"email to {email} about #{order_id}"


@bus.on("order.created", priority=10)
def validate(order_id, total, **_):
    if total <= 0:
        return StopIteration
    return f"order #{order_id} valid"


@bus.on("order.created", priority=5)
def reserve_stock(order_id, items=(), **_):
    return f"reserved {len(items)} items for #{order_id}"


@bus.on("order.shipped")
def notify(order_id, carrier):
    return f"#{order_id} shipped via {carrier.upper()}"


print(bus.emit("order.created", order_id=1, email="a@x.io", total=30, items=["a", "b"]))
print(bus.emit("order.created", order_id=2, email="b@x.io", total=0))
print(bus.emit("order.shipped", order_id=1, carrier="dhl"))
print(bus.emit("order.shipped", order_id=1, carrier=None))
print(bus.emit("order.cancelled", order_id=3), bus.history)
print({k: [f.__name__ for *_, f in v] for k, v in bus.handlers.items()})
