# Mapping patterns: extra keys ignored, **rest capture, literal keys,
# dotted value keys, and a defaultdict that is not consulted for missing keys.
import collections


class K:
    ID = "id"


def pick(d):
    match d:
        case {K.ID: int(i), "tags": [*tags], **rest} if not rest:
            return f"id {i} tags {tags}"
        case {K.ID: int(i), **rest}:
            return f"id {i} extra {sorted(rest)}"
        case {"name": str() as n}:
            return f"named {n}"
        case {}:
            return "some mapping"
    return "not a mapping"


dd = collections.defaultdict(lambda: "default", name="dd")
for d in [{"id": 1, "tags": ["a"]}, {"id": 2, "tags": [], "x": 0}, {"id": "3"}, dd, {}, [("id", 1)],
          collections.OrderedDict(id=4), collections.Counter(id=5)]:
    print(pick(d))
print(sorted(dd.items()))
