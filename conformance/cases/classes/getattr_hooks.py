class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
try:
    p.nothing
except AttributeError as e:
    print("AttributeError", e)


class Defaults:
    known = 1

    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")


d = Defaults()
print(d.known, d.xyz, getattr(d, "xa"), hasattr(d, "y"), getattr(d, "y", "dflt"))


class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)


r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, r.b, hasattr(r, "a"))


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError("frozen")


f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError", e, f.v)

setattr(r, "c", 3)
print(getattr(r, "c"), r.log)
delattr(r, "c")
print(hasattr(r, "c"))
