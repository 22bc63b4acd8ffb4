# Settings objects with attribute hooks: __getattr__ fallbacks, __setattr__
# validation, __delattr__, __dir__, __getattribute__ auditing, __class_getitem__
# and dotted-path access into nested dicts.
class Settings:
    _schema = {"port": int, "host": str, "debug": bool, "ratio": float}

    def __init__(self, **values):
        object.__setattr__(self, "_data", {})
        object.__setattr__(self, "_history", [])
        for k, v in values.items():
            setattr(self, k, v)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}; have {sorted(self._data)}") from None

    def __setattr__(self, name, value):
        expected = self._schema.get(name)
        if expected is None:
            raise AttributeError(f"unknown setting {name!r}")
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise TypeError(f"{name} must be {expected.__name__}, not {type(value).__name__}")
        self._history.append((name, self._data.get(name), value))
        self._data[name] = value

    def __delattr__(self, name):
        if name not in self._data:
            raise AttributeError(name)
        self._history.append((name, self._data.pop(name), None))

    def __dir__(self):
        return sorted(self._data)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self._data.items()))
        return f"{type(self).__name__}({inner})"

    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key!r}] -> {cls._schema.get(key, '?')}"

s = Settings(host="localhost", port=8080)
s.debug = True
s.ratio = 3
print(s, s.port, s.ratio, dir(s))
for action in [lambda: setattr(s, "port", "80"), lambda: setattr(s, "port", True), lambda: setattr(s, "colour", 1),
               lambda: s.timeout, lambda: delattr(s, "nothing"), lambda: s._private]:
    try:
        action()
    except (AttributeError, TypeError) as exc:
        print(type(exc).__name__, exc)
del s.debug
print(s, getattr(s, "debug", "n/a"), hasattr(s, "debug"), hasattr(s, "host"))
print(s._history)
print(Settings["port"], Settings["nope"])

class Audited:
    def __init__(self):
        self.reads = []
        self.value = 10
    def __getattribute__(self, name):
        if not name.startswith("__") and name != "reads":
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)
    def double(self):
        return self.value * 2

a = Audited()
print(a.double(), a.value, getattr(a, "missing", None), a.reads)

class Tree(dict):
    def __getattr__(self, name):
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(name) from None
        return Tree(value) if isinstance(value, dict) else value
    def get_path(self, path, default=None):
        node = self
        for part in path.split("."):
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return default
        return node

cfg = Tree({"db": {"primary": {"host": "db1", "ports": [5432, 5433]}}, "name": "svc"})
print(cfg.db.primary.host, cfg.name, cfg.get_path("db.primary.ports.1"), cfg.get_path("db.replica.host", "-"))
try:
    cfg.db.secondary
except AttributeError as exc:
    print("AttributeError:", exc)
print(isinstance(cfg.db, dict), type(cfg.db).__name__, cfg.get_path("db.primary.ports.9", 0))

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s2 = Slotted(1)
try:
    s2.y
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    s2.z = 3
except AttributeError as exc:
    print("AttributeError:", exc)
print(Slotted.__slots__, hasattr(s2, "__dict__"), getattr(s2, "x"))
