# Nested attribute access over a dict with __getattr__, __dir__, and
# __setattr__ that writes back, plus attribute names that are keywords.
class AttrDict:
    def __init__(self, data):
        object.__setattr__(self, "_data", data)

    def __getattr__(self, name):
        try:
            value = self._data[name]
        except KeyError:
            raise AttributeError(name) from None
        return AttrDict(value) if isinstance(value, dict) else value

    def __setattr__(self, name, value):
        self._data[name] = value

    def __dir__(self):
        return list(self._data)

    def __repr__(self):
        return f"AttrDict({self._data})"


cfg = AttrDict({"db": {"host": "h", "port": 5432}, "class": "gold", "debug": False})
print(cfg.db.host, cfg.db.port, getattr(cfg, "class"), cfg.debug, dir(cfg))
cfg.db.port = 6543
cfg.new = [1]
print(cfg, hasattr(cfg, "missing"), getattr(cfg, "missing", None))
try:
    cfg.db.user
except AttributeError as e:
    print("AttributeError:", repr(e), e.args)
