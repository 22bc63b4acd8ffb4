# json.loads passes a decoder class only the options the caller gave: a
# subclass may set its own hooks, or take no arguments at all.
import json


class DropPrivate(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k: v for k, v in d.items() if not k.startswith("_")}


class NoArgs(json.JSONDecoder):
    def __init__(self):
        super().__init__(parse_float=lambda s: "F" + s)


class Spy(json.JSONDecoder):
    def __init__(self, **kw):
        print("Spy got", sorted(kw))
        super().__init__(**kw)


text = '{"a": 1.5, "_b": {"_c": 1, "d": 2}}'
print(json.loads(text, cls=DropPrivate))
print(json.loads(text, cls=DropPrivate, parse_int=str))
print(json.loads(text, cls=NoArgs))
try:
    json.loads(text, cls=NoArgs, parse_int=str)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads(text, cls=DropPrivate, object_hook=dict)
except TypeError as e:
    print("TypeError", e)
print(json.loads(text, cls=Spy))
print(json.loads(text, cls=Spy, object_pairs_hook=list, parse_constant=str, strict=False))
print(json.loads("[NaN, 1]", cls=Spy, parse_constant=lambda c: c.lower(), object_hook=None))
