from collections import namedtuple
Transition = namedtuple("Transition", ["src", "event", "dst", "action"], defaults=[None])

class StateMachineError(Exception):
    def __str__(self):
        state, event = self.args
        return f"no transition from {state!r} on {event!r}"

class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    TRANSITIONS = [
        Transition("idle", "coin", "paying", "add"),
        Transition("paying", "coin", "paying", "add"),
        Transition("paying", "select", "vending", "vend"),
        Transition("paying", "refund", "idle", "refund"),
        Transition("vending", "take", "idle"),
    ]
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.table = {(t.src, t.event): t for t in self.TRANSITIONS}
        self.sales = []

    def fire(self, event, arg=None):
        t = self.table.get((self.state, event))
        if t is None:
            raise StateMachineError(self.state, event)
        if t.action:
            ok = getattr(self, "do_" + t.action)(arg)
            if ok is False:
                return f"[{self.state}] {event} rejected"
        self.state = t.dst
        return f"[{self.state}] credit={self.credit}"

    def do_add(self, cents):
        if cents not in (5, 10, 25, 100):
            return False
        self.credit += cents

    def do_vend(self, item):
        price = self.PRICES.get(item)
        if price is None or price > self.credit:
            return False
        self.credit -= price
        self.sales.append(item)

    def do_refund(self, _):
        print(f"  refunding {self.credit} cents as {self.change(self.credit)}")
        self.credit = 0

    @staticmethod
    def change(amount):
        out = {}
        for coin in (100, 25, 10, 5):
            n, amount = divmod(amount, coin)
            if n:
                out[coin] = n
        return out

vm = VendingMachine()
events = [("coin", 100), ("coin", 3), ("coin", 25), ("select", "cola"), ("coin", 25), ("select", "cola"),
          ("take", None), ("take", None), ("coin", 100), ("coin", 10), ("coin", 5), ("refund", None), ("select", "x")]
for ev, arg in events:
    try:
        print(f"{ev}({arg!r}) -> {vm.fire(ev, arg)}")
    except StateMachineError as e:
        print("error:", e, "|", repr(e))
print(vm.sales, vm.state, Transition("a", "b", "c"))
print(VendingMachine.change(290))
