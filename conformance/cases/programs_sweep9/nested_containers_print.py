data = {
    "users": [
        {"name": "ann", "tags": ("admin", "dev"), "score": 9.5, "meta": None},
        {"name": "bob", "tags": (), "score": 7, "meta": {"x": [1, {2, 3}]}},
    ],
    "empty": [[], {}, (), set(), frozenset(), ""],
    (1, 2): {"nested": {"deep": [[[]]]}},
    "single": (1,),
    True: 1.0,
    None: [b"bytes", bytearray(b"ba"), 3 + 4j, -0.0, float("inf")],
}
print(data)
print(str(data["users"]))
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\u00e9\x00\t\u200b"))
x = [1, 2]
x.append(x)
print(x)
d = {}
d["self"] = d
print(d)
print([[1, 2], [3]] * 2, [(), ([],)], {1: {2: {3: {}}}})
import pprint
pprint.pprint(data, width=60)
pprint.pprint(list(range(30)), compact=True, width=40)
