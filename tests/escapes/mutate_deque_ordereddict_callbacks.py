# deque and OrderedDict operations whose element __eq__ empties or refills
# the container mid-scan (index, count, remove, __contains__, ==), dicts
# whose keys' __eq__ clears them during get/setdefault, json.dumps whose
# default() changes the dict or list being encoded, and a deepcopy whose
# __deepcopy__ clears the memo: each ends in CPython's RuntimeError or
# result, never a read of a freed buffer.
# expect-output: deque index RuntimeError deque mutated during iteration
# expect-output: deque count RuntimeError deque mutated during iteration
# expect-output: deque remove IndexError deque mutated during iteration
# expect-output: deque contains RuntimeError deque mutated during iteration
# expect-output: dict get -> None
# expect-output: dict setdefault -> 1
# expect-output: ordereddict eq -> False
# expect-output: json list cleared -> [1]
# expect-output: json dict grown sorted -> 80
# expect-output: deepcopy memo cleared -> list
import collections
import copy
import json


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r if isinstance(r, (int, bool, str, type(None))) else type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


class Refill:
    def __eq__(self, other):
        dq.clear()
        dq.extend(range(100))
        return False


for op in ("index", "count", "remove", "contains"):
    dq = collections.deque(Refill() for _ in range(10))
    if op == "contains":
        attempt("deque contains", lambda: 1 in dq)
    else:
        attempt(f"deque {op}", lambda: getattr(dq, op)(1))

armed = False


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if armed:
            d.clear()
        return False


d = {Key(i): i for i in range(5)}
armed = True
attempt("dict get", lambda: d.get(Key(9)))
armed = False
d = {Key(i): i for i in range(5)}
armed = True
attempt("dict setdefault", lambda: d.setdefault(Key(10), 1))
armed = False
od = collections.OrderedDict((i, i) for i in range(5))


class OdKey:
    def __hash__(self):
        return 0

    def __eq__(self, other):
        od.clear()
        return False


attempt("ordereddict eq", lambda: collections.OrderedDict([(OdKey(), 1)]) == od)
items = [object()] * 10
attempt("json list cleared", lambda: json.dumps(items, default=lambda o: items.clear() or 1))
data = {i: object() for i in range(10)}
attempt("json dict grown sorted", lambda: len(json.dumps(data, sort_keys=True,
                                                        default=lambda o: data.update({i + 100: 1 for i in range(50)}) or 1)))


class ClearMemo:
    def __deepcopy__(self, memo):
        memo.clear()
        return 1


attempt("deepcopy memo cleared", lambda: copy.deepcopy([ClearMemo(), [ClearMemo()], ClearMemo()]))
