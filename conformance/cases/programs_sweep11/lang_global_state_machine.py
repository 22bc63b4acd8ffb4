state = "start"
transitions = 0
history = []


def advance(event):
    global state, transitions
    table = {("start", "go"): "running", ("running", "pause"): "paused", ("paused", "go"): "running", ("running", "stop"): "done"}
    new = table.get((state, event))
    if new is None:
        history.append(f"ignored {event} in {state}")
        return False
    history.append(f"{state} -{event}-> {new}")
    state = new
    transitions += 1
    return True


for ev in ["pause", "go", "pause", "stop", "go", "stop"]:
    advance(ev)
print(state, transitions)
print("\n".join(history))


def counter_factory():
    count = 0

    def hit():
        nonlocal count
        count += 1
        return count
    return hit


a, b = counter_factory(), counter_factory()
print(a(), a(), b(), a())
