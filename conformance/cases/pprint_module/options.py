# pformat options: indent, depth, compact, sort_dicts, underscore_numbers.
import pprint

data = {"b": [1, 2, {"c": [3, 4, (5, 6)]}], "a": {"x": {"y": {"z": 1}}},
        "list": list(range(40)), "n": 1234567890}
for indent in (0, 1, 2, 4):
    print(pprint.pformat(data, indent=indent, width=30))
for depth in (1, 2, 3):
    print(pprint.pformat(data, depth=depth))
    print(pprint.pformat(data, depth=depth, width=20))
print(pprint.pformat(data, compact=True, width=40))
print(pprint.pformat(list(range(60)), compact=True, width=40))
print(pprint.pformat(["word" * n for n in range(8)], compact=True, width=30))
print(pprint.pformat(data, sort_dicts=False, width=40))
print(pprint.pformat({"z": 1, "a": 2, "m": 3}, sort_dicts=False))
print(pprint.pformat([10**12, -(10**7), 123, {"x": 10**20}], underscore_numbers=True))
print(pprint.pformat(10**30, underscore_numbers=True), pprint.pformat(True, underscore_numbers=True))
pprint.pp({"z": 1, "a": [1, 2]})
pprint.pp({"z": list(range(30)), "a": list(range(30))}, width=50)
pprint.pp({"z": 1, "a": 2}, sort_dicts=True)
pprint.pprint(data, indent=2, width=50, depth=2, compact=True)
