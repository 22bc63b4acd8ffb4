# While a finalizable object lives, a store checks what it drops. A store
# that runs Python (a __setattr__, a key's __eq__) may collect before that
# check: the dropped value must stay alive until the check (no use after
# free; the sanitizer build reports one).
# expect-output: dropped attr
# expect-output: dropped item
# expect-output: end
# expect-output: del keeper


class Keeper:
    def __del__(self):
        print("del keeper")


keeper = Keeper()  # makes every store check what it drops


class Dropped:
    def __init__(self, what):
        self.what = what

    def __del__(self):
        print("dropped", self.what)


class Collecting:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
        junk = [[i] for i in range(300_000)]  # enough to collect


c = Collecting()
c.x = Dropped("attr")
c.x = 1


class CollidingKey:
    armed = False

    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return hash("k")

    def __eq__(self, other):
        if CollidingKey.armed:
            CollidingKey.armed = False
            self.d.pop("k", None)  # the old value leaves the dict ...
            junk = [[i] for i in range(300_000)]  # ... and a collection runs
        return False


d = {}
d[CollidingKey(d)] = 0
d["k"] = Dropped("item")
CollidingKey.armed = True
d["k"] = 1
print("end")
