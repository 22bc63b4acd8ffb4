# A traffic-light controller as a coroutine driven by send(); events can
# force states; throw() injects a fault that the controller recovers from.
class Fault(Exception):
    pass


def controller():
    order = ["red", "green", "yellow"]
    state = "red"
    ticks = 0
    while True:
        try:
            event = yield state
        except Fault as f:
            state = "flashing"
            print(f"  fault: {f}")
            continue
        if event == "tick":
            ticks += 1
            if state == "flashing":
                state = "red"
            else:
                state = order[(order.index(state) + 1) % 3]
        elif event in order:
            state = event
        elif event == "stop":
            return ticks
        else:
            print(f"  ignored {event!r}")


c = controller()
print(next(c))
for ev in ["tick", "tick", "bogus", "tick", "green", "tick"]:
    print(ev, "->", c.send(ev))
print("throw ->", c.throw(Fault("lamp out")))
print("tick ->", c.send("tick"))
try:
    c.send("stop")
except StopIteration as e:
    print("stopped after", e.value, "ticks")
