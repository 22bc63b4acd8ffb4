# Nested containers built from subclasses, walked the way a JSON encoder
# does it (isinstance checks), then compared with plain values.
class Obj(dict):
    pass


class Arr(list):
    pass


class Text(str):
    pass


class Num(int):
    pass


class Real(float):
    pass


def encode(v):
    if isinstance(v, dict):
        return "{" + ", ".join(encode(Text(k)) + ": " + encode(x) for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(encode(x) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v + '"'
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(int(v)) if isinstance(v, int) else repr(float(v))
    return "null"


doc = Obj(name=Text("moat"), tags=Arr([Text("a"), Text("b")]), size=Num(3),
          ratio=Real(0.5), nested=Obj(items=Arr([Obj(id=Num(1)), Obj(id=Num(2))])), ok=True)
print(encode(doc))
print(doc == {"name": "moat", "tags": ["a", "b"], "size": 3, "ratio": 0.5,
              "nested": {"items": [{"id": 1}, {"id": 2}]}, "ok": True})
print(doc)
print(type(doc["nested"]["items"][1]["id"]).__name__, sorted(doc), doc["tags"] + ["c"])
copy = {k: v for k, v in doc.items()}
print(type(copy).__name__, type(copy["tags"]).__name__, len(copy))
