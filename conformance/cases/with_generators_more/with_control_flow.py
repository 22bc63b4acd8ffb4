events = []
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        events.append("in " + self.tag)
        return self.tag
    def __exit__(self, et, ev, tb):
        events.append("out " + self.tag + (" " + et.__name__ if et else ""))
        return False
def ret():
    with CM("r1"):
        with CM("r2"):
            return "returned"
    events.append("never")
print(ret(), events); events.clear()
for i in range(4):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        events.append("body " + str(i))
print(events); events.clear()
def ret_finally():
    try:
        with CM("f"):
            return "from with"
    finally:
        events.append("finally")
print(ret_finally(), events); events.clear()
def override():
    class Swallow:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            events.append("swallow")
            return True
    for i in range(3):
        with Swallow():
            if i == 1:
                raise ValueError
            events.append(i)
    return "loop done"
print(override(), events); events.clear()
i = 0
while True:
    with CM("w" + str(i)):
        i += 1
        if i < 3:
            continue
        break
print(events); events.clear()
def gen():
    with CM("g"):
        yield 1
        yield 2
g = gen()
print(next(g), events)
g.close()
print(events)
