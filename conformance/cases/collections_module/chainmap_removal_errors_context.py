# ChainMap's removals look only at maps[0]; their KeyError is raised while
# the first map's own KeyError is handled, so that one stays its context
# (not suppressed), as in CPython.
from collections import ChainMap, defaultdict

chain = ChainMap({}, {"a": 1, "b": 2})
for action in (lambda: chain.__delitem__("a"), lambda: chain.pop("b"), chain.popitem):
    try:
        action()
    except KeyError as err:
        print(repr(err), repr(err.__context__), err.__suppress_context__, err.__cause__)
print(chain.pop("zz", "fallback"), chain, len(chain), sorted(chain))

chain["a"] = 10
print(chain.popitem(), chain)
first = defaultdict(int)
both = ChainMap(first, {"x": 5})
print(both["x"], both["y"], dict(first), "q" in both, both.get("q", "none"))
child = both.new_child({"x": 0}, extra=1)
print(child, child.parents == both, len(child), list(child))
print(ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}, {"b": 3}))
