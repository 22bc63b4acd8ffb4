def traffic_light():
    state = "red"
    durations = {"red": 3, "green": 2, "yellow": 1}
    order = {"red": "green", "green": "yellow", "yellow": "red"}
    ticks = 0
    while True:
        cmd = yield state, ticks
        if cmd == "tick":
            ticks += 1
            if ticks >= durations[state]:
                state, ticks = order[state], 0
        elif cmd == "reset":
            state, ticks = "red", 0
        elif cmd is not None:
            raise ValueError(f"unknown command {cmd!r}")


tl = traffic_light()
print(next(tl))
for c in ["tick"] * 5 + ["reset", "tick"]:
    print(c, tl.send(c))
try:
    tl.send("jump")
except ValueError as e:
    print("ValueError", e)
print(next(tl, "stopped"))
print(tl.gi_running)
