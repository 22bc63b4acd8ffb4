# A dict subclass's __missing__ that re-raises with a better message.
class Config(dict):
    def __missing__(self, key):
        close = [k for k in self if k.startswith(key[:2])]
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise KeyError(f"{key!r} is not configured{hint}")


cfg = Config(host="localhost", port=8080)
print(cfg["host"], cfg.get("user", "nobody"))
try:
    cfg["user"]
except KeyError as e:
    print("KeyError:", e)
print(cfg["hots"])
