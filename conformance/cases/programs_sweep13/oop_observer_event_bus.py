from collections import defaultdict


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)
        self.delivered = 0

    def subscribe(self, topic, handler, *, once=False):
        self._subs[topic].append((handler, once))
        return lambda: self._subs[topic].remove((handler, once))

    def publish(self, topic, **payload):
        handlers = list(self._subs.get(topic, [])) + list(self._subs.get("*", []))
        results = []
        for handler, once in handlers:
            try:
                results.append(handler(topic, **payload))
            except Exception as e:
                results.append(f"{handler.__name__} failed: {e!r}")
            self.delivered += 1
            if once:
                self._subs[topic].remove((handler, once))
        return results


def audit(topic, **kw):
    return f"audit {topic} {sorted(kw)}"


def on_order(topic, order_id, total):
    return f"order {order_id} = {total:.2f}"


def welcome(topic, user):
    return f"welcome {user}!"


def broken(topic, **kw):
    raise RuntimeError("handler crashed")


bus = EventBus()
bus.subscribe("*", audit)
unsub = bus.subscribe("order.created", on_order)
bus.subscribe("user.joined", welcome, once=True)
bus.subscribe("order.created", broken)
print(bus.publish("order.created", order_id=7, total=19.5))
print(bus.publish("user.joined", user="kim"))
print(bus.publish("user.joined", user="lee"))
unsub()
print(bus.publish("order.created", order_id=8, total=3))
print("delivered", bus.delivered, {k: len(v) for k, v in bus._subs.items()})
