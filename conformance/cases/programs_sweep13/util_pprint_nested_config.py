import pprint
import reprlib

config = {
    "service": "billing",
    "replicas": 3,
    "env": {"DB_HOST": "db.internal", "DB_PORT": 5432, "FEATURES": ["a", "b", "c"]},
    "routes": [{"path": f"/v1/{name}", "methods": ["GET", "POST"] if name != "health" else ["GET"]} for name in ("invoices", "customers", "health")],
    "limits": {"cpu": "500m", "memory": "256Mi"},
}
pprint.pprint(config, width=60, sort_dicts=False)
print(pprint.pformat(config["routes"], width=40, compact=True))
pprint.pprint(list(range(30)), width=50, compact=True)
print(pprint.pformat({"deep": {"er": {"est": [1, [2, [3, [4]]]]}}}, depth=3))
r = reprlib.Repr()
r.maxlist = 4
r.maxstring = 20
print(r.repr(list(range(100))), r.repr("a very long string that keeps going"), reprlib.repr(set(range(20))))
print(pprint.isreadable(config), pprint.saferepr([1, {"x": (2, 3)}]))
