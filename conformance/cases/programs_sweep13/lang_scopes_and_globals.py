counter = 0
log = []


def bump():
    global counter
    counter += 1
    log.append(counter)


def outer():
    x = "outer"

    def inner():
        nonlocal x
        x = "changed by inner"
        return x

    before = x
    inner()
    return before, x


for _ in range(3):
    bump()
print(counter, log, outer())
x = "global x"


def shadow():
    x = "local x"
    return x, [x for x in range(2)], x


print(shadow(), x)
funcs = {}
for name in ("double", "square"):
    def make(kind=name):
        return (lambda v: v * 2) if kind == "double" else (lambda v: v * v)
    funcs[name] = make()
print({k: f(7) for k, f in funcs.items()})


class Config:
    level = 1
    names = [level * i for i in range(3)]
    doubled = [n * 2 for n in names]


print(Config.names, Config.doubled)
