class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"no transition from {state!r} on {event!r}")
        self.state, self.event = state, event


class StateMachine:
    def __init__(self, initial):
        self.state = initial
        self.transitions = {}
        self.on_enter = {}
        self.trace = []

    def add(self, src, event, dst, guard=None, action=None):
        self.transitions.setdefault((src, event), []).append((dst, guard, action))
        return self

    def fire(self, event, **ctx):
        options = self.transitions.get((self.state, event))
        if not options:
            raise InvalidTransition(self.state, event)
        for dst, guard, action in options:
            if guard is None or guard(ctx):
                if action:
                    action(ctx)
                self.trace.append(f"{self.state}-{event}->{dst}")
                self.state = dst
                hook = self.on_enter.get(dst)
                if hook:
                    hook(self)
                return dst
        raise InvalidTransition(self.state, event)


class VendingMachine(StateMachine):
    PRICE = 75

    def __init__(self):
        super().__init__("idle")
        self.credit = 0
        self.sold = 0
        self.add("idle", "coin", "paying", action=self.take)
        self.add("paying", "coin", "ready", guard=lambda c: self.credit + c["value"] >= self.PRICE, action=self.take)
        self.add("paying", "coin", "paying", action=self.take)
        self.add("paying", "refund", "idle", action=self.refund)
        self.add("ready", "push", "idle", action=self.vend)
        self.add("ready", "refund", "idle", action=self.refund)
        self.on_enter["ready"] = lambda m: print("  ready! credit", m.credit)

    def take(self, ctx):
        self.credit += ctx["value"]

    def refund(self, ctx):
        print("  refunding", self.credit)
        self.credit = 0

    def vend(self, ctx):
        change = self.credit - self.PRICE
        self.sold += 1
        print("  vend, change", change)
        self.credit = 0


vm = VendingMachine()
events = [("coin", 25), ("coin", 25), ("push", None), ("coin", 50), ("push", None),
          ("refund", None), ("coin", 10), ("refund", None), ("coin", 100), ("coin", 5), ("push", None)]
for name, value in events:
    try:
        ctx = {} if value is None else {"value": value}
        state = vm.fire(name, **ctx)
        print(f"{name:>6} {value!s:>4} -> {state:<7} credit={vm.credit}")
    except InvalidTransition as e:
        print(f"{name:>6} {value!s:>4} !! {e}")
print("sold", vm.sold)
print(vm.trace)

door = StateMachine("closed")
door.add("closed", "open", "opened").add("opened", "close", "closed")
door.add("closed", "lock", "locked").add("locked", "unlock", "closed")
for ev in ["open", "lock", "close", "lock", "open", "unlock", "open"]:
    try:
        print(ev, "->", door.fire(ev))
    except InvalidTransition as e:
        print(ev, "!!", e, (e.state, e.event))
