# Generator states through its lifecycle (created, running, suspended,
# closed) observed with gi_running/gi_suspended and exceptions.
def watcher():
    print("  running:", gen.gi_running, "suspended:", gen.gi_suspended)
    received = yield "first"
    print("  received", received)
    yield "second"


gen = watcher()
print("created:", gen.gi_running, gen.gi_suspended)
print(next(gen), "| suspended:", gen.gi_suspended)
print(gen.send("hello"))
print(list(gen), "| suspended:", gen.gi_suspended)
print(gen.__name__, gen.__qualname__, type(gen).__name__)
g2 = watcher()
g2.close()
print("closed before start:", g2.gi_suspended, list(g2))
