class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._t, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._t, name)
class T: pass
t = T(); t.a = 1
p = Proxy(t)
print(p.a); p.b = 2; print(t.b); del p.a
print(hasattr(t, "a"), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
class G:
    x = 5
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
g = G()
print(g.x, g.secret_key, getattr(g, "secretx", "dflt"), hasattr(g, "secret"))
