class State:
    allowed = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        State.allowed[cls.__name__.lower()] = cls

    def next(self, order, event):
        raise ValueError(f"{type(self).__name__} cannot handle {event!r}")

    def __repr__(self):
        return type(self).__name__


class New(State):
    def next(self, order, event):
        if event == "pay":
            return Paid()
        if event == "cancel":
            return Cancelled()
        return super().next(order, event)


class Paid(State):
    def next(self, order, event):
        if event == "ship":
            return Shipped()
        if event == "refund":
            return Cancelled()
        return super().next(order, event)


class Shipped(State):
    pass


class Cancelled(State):
    pass


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = New()
        self.log = [repr(self.state)]

    def handle(self, event):
        try:
            self.state = self.state.next(self, event)
            self.log.append(repr(self.state))
        except ValueError as e:
            self.log.append(f"!{e}")


for events in [["pay", "ship"], ["cancel", "pay"], ["pay", "refund", "ship"], ["ship"]]:
    o = Order(1)
    for ev in events:
        o.handle(ev)
    print(" -> ".join(o.log))
print(sorted(State.allowed))
