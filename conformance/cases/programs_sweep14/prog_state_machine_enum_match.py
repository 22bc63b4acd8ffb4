# An order lifecycle as an Enum state machine with transitions checked by
# match, a history log, and a custom exception carrying both states.
import enum


class State(enum.Enum):
    NEW = enum.auto()
    PAID = enum.auto()
    SHIPPED = enum.auto()
    DELIVERED = enum.auto()
    CANCELLED = enum.auto()


class BadTransition(Exception):
    def __init__(self, src, action):
        super().__init__(f"cannot {action} an order that is {src.name.lower()}")
        self.src, self.action = src, action


class Order:
    def __init__(self, oid):
        self.oid, self.state, self.history = oid, State.NEW, [State.NEW]

    def do(self, action):
        match (self.state, action):
            case (State.NEW, "pay"):
                new = State.PAID
            case (State.PAID, "ship"):
                new = State.SHIPPED
            case (State.SHIPPED, "deliver"):
                new = State.DELIVERED
            case (State.NEW | State.PAID, "cancel"):
                new = State.CANCELLED
            case (src, _):
                raise BadTransition(src, action)
        self.state = new
        self.history.append(new)
        return self


o = Order(1).do("pay").do("ship").do("deliver")
print(o.state, [s.name for s in o.history])
for actions in (["cancel"], ["pay", "cancel", "ship"], ["ship"], ["pay", "ship", "cancel"]):
    order = Order(2)
    try:
        for a in actions:
            order.do(a)
        print(actions, "->", order.state.name)
    except BadTransition as e:
        print(actions, "->", e, (e.src, e.action))
print(list(State)[1:3], State["PAID"].value, State(5), len(State))
