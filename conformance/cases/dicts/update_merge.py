# update and the | and |= operators.
base = {"host": "localhost", "port": 80, "debug": False}
override = {"port": 8080, "debug": True, "user": "admin"}
merged = base | override
print(merged)
print(override | base)
print(base)
base |= {"port": 443}
print(base)
base |= [("extra", 1)]
print(base)
cfg = {}
cfg.update(base)
cfg.update({"a": 1}, b=2)
cfg.update([("c", 3), ("a", 10)])
cfg.update(d=4)
print(cfg)
print({**base, "port": 1, **{"z": 26}})
try:
    base | [("x", 1)]
except TypeError as e:
    print("TypeError", e)
try:
    cfg.update([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    cfg.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
try:
    cfg.update(5)
except TypeError as e:
    print("TypeError", e)
