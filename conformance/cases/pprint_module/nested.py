# pprint of nested dicts, lists and tuples at several widths.
import pprint

data = {
    "name": "moat",
    "versions": [3, 11, 4],
    "nested": {"alpha": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "beta": ("x", "y", "z"),
               "gamma": {"deep": {"deeper": [["a", "b"], ["c", "d"]]}}},
    "empty": {}, "empty_list": [], "empty_tuple": (), "one": (1,),
    "numbers": list(range(30)),
    10: None, 2.5: True,
}
pprint.pprint(data)
for width in (20, 40, 60, 120, 1):
    print(pprint.pformat(data, width=width))
print(pprint.pformat([list(range(10))] * 3, width=30))
print(pprint.pformat(tuple(range(25)), width=20))
print(pprint.pformat((("single",),), width=5))
print(pprint.pformat({"k": ("v",) * 12}, width=25))
pprint.pprint([[[[["deep"]]]]], width=5)
pprint.pprint(list(range(100)))
