# json's native encoder and scanner call back into Python (default, hooks,
# parse_*, a dict subclass's items, a list subclass's __iter__, __eq__ in
# sort_keys) while they hold the containers they are walking: each callback
# here changes or drops those containers, re-enters json, or raises, and
# the run must go on with CPython's answers, never a crash.
import json
log = []
target = {'a': 1, 'b': object(), 'c': 3}
def drop_all(o):
    target.clear()
    return 'gone'
print(json.dumps(target, default=drop_all))
items = [1, object(), 3, 4]
def grow(o):
    items.extend(range(3))
    return 'grew'
print(json.dumps(items, default=grow))
def reenter(o):
    return json.loads(json.dumps({'inner': [1, 2]}))
print(json.dumps([object()], default=reenter))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        box.clear()
        return self.v < other.v
    def __eq__(self, other): return self.v == other.v
    def __hash__(self): return hash(self.v)
box = {'x': 1, 'y': 2}
try:
    print(json.dumps({K(2): 1, K(1): 2}, sort_keys=True))
except TypeError as e:
    print('TypeError', e)
class Items(dict):
    def items(self):
        self.clear()
        return iter([('k', 1), ('j', 2)])
print(json.dumps(Items(a=1)))
class Bad(dict):
    def items(self):
        return [('k', 1, 2)]
try:
    json.dumps(Bad(a=1))
except ValueError as e:
    print('ValueError', e)
seen = []
def hook(d):
    seen.append(d)
    d.clear()
    return len(seen)
print(json.loads('[{"a": {"b": 1}}, {"c": 2}]', object_hook=hook), len(seen))
def pairs(p):
    p.append(('extra', 0))
    return dict(p)
print(json.loads('{"a": {"b": 1}}', object_pairs_hook=pairs))
def pf(s):
    return json.loads('[' + s + ']')
print(json.loads('[1.5, 2.5]', parse_float=pf))
def boom(s):
    raise KeyError(s)
try:
    json.loads('{"a": [1, 2, 3.5]}', parse_float=boom)
except KeyError as e:
    print('KeyError', e)
# expect-output: {"a": 1, "b": "gone", "c": 3}
# expect-output: [1, "grew", 3, 4, 0, 1, 2]
# expect-output: [{"inner": [1, 2]}]
# expect-output: TypeError keys must be str, int, float, bool or None, not K
# expect-output: {"k": 1, "j": 2}
# expect-output: ValueError items must return 2-tuples
# expect-output: [2, 3] 3
# expect-output: {'a': {'b': 1, 'extra': 0}, 'extra': 0}
# expect-output: [[1.5], [2.5]]
# expect-output: KeyError '3.5'
