class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)


class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, n):
        self.balance += n
        return self.balance


acc = Account()
p = LoggingProxy(acc)
p.deposit(10)
p.deposit(5)
p.owner = "ann"
print(p.balance, acc.owner, p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no key {name!r}") from None

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]


cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, cfg)
del cfg.port
print(sorted(cfg), getattr(cfg, "port", "gone"), hasattr(cfg, "host"))


class Defaults:
    def __init__(self, **known):
        self.__dict__.update(known)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return f"<default {name}>"


d = Defaults(a=1)
print(d.a, d.b, d.anything_else)


class Namespace:
    def __init__(self, prefix=""):
        self._prefix = prefix

    def __getattr__(self, name):
        return Namespace(self._prefix + "." + name if self._prefix else name)

    def __call__(self, *args):
        return f"{self._prefix}({', '.join(map(repr, args))})"

    def __repr__(self):
        return f"Namespace({self._prefix!r})"


api = Namespace()
print(api.users.get(42), api.orders.list("open", 10), api.x.y.z)


class ReadOnly:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        data = object.__getattribute__(self, "_data")
        if name in data:
            return data[name]
        raise AttributeError(f"{type(self).__name__} has no {name}")

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}: read-only")


ro = ReadOnly(x=1, secret=2)
print(ro.x)
for action in ("secret", "nope"):
    try:
        getattr(ro, action)
    except AttributeError as e:
        print("AttributeError", e)
try:
    ro.x = 5
except AttributeError as e:
    print("AttributeError", e)
