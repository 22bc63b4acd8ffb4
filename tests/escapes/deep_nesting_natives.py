# Structures nested far deeper than the native recursion guard, handed to
# every native that walks them recursively: repr/str of lists, dicts,
# tuples and sets-of-frozensets, ==, <, hash of nested tuples, json.dumps,
# copy.deepcopy, pprint.pformat, reprlib (bounded by design), sorted of
# nested lists, `in`, and == of two distinct self-referential lists. Each
# must raise RecursionError (or, where CPython bounds the walk or moat walks
# without recursing, as tuple hashing, answer).
import json, copy, pprint, reprlib

N = 200000


def nest(make):
    x = make(None)
    for _ in range(N):
        x = make(x)
    return x


deep_list = nest(lambda x: [x])
deep_list2 = nest(lambda x: [x])
deep_dict = nest(lambda x: {'k': x})
deep_tuple = nest(lambda x: (x,))
deep_frozen = nest(lambda x: frozenset([x]) if x is not None else frozenset())
a = []
a.append(a)
b = []
b.append(b)
attempts = {
    'repr list': lambda: repr(deep_list),
    'str dict': lambda: str(deep_dict),
    'repr frozenset': lambda: repr(deep_frozen),
    'eq lists': lambda: deep_list == deep_list2,
    'lt lists': lambda: deep_list < deep_list2,
    'hash tuple': lambda: hash(deep_tuple) == hash(deep_tuple),
    'json dumps': lambda: json.dumps(deep_list),
    'json loads': lambda: json.loads('[' * N + ']' * N),
    'deepcopy': lambda: copy.deepcopy(deep_dict),
    'pformat': lambda: pprint.pformat(deep_list),
    'reprlib': lambda: len(reprlib.repr(deep_list)),
    'sorted': lambda: sorted([deep_list, deep_list2]),
    'in': lambda: deep_list2 in [deep_list],
    'self-ref eq': lambda: a == b,
    'self-ref repr': lambda: repr(a),
    'self-ref deepcopy': lambda: copy.deepcopy(a)[0] is not a,
}
for label, attack in attempts.items():
    try:
        print(label, attack())
    except RecursionError:
        print(label, 'RecursionError')
print('done')
# expect-output: repr list RecursionError
# expect-output: str dict RecursionError
# expect-output: repr frozenset RecursionError
# expect-output: eq lists RecursionError
# expect-output: lt lists RecursionError
# expect-output: hash tuple True
# expect-output: json dumps RecursionError
# expect-output: json loads RecursionError
# expect-output: deepcopy RecursionError
# expect-output: pformat RecursionError
# expect-output: reprlib 17
# expect-output: sorted RecursionError
# expect-output: in RecursionError
# expect-output: self-ref eq RecursionError
# expect-output: self-ref repr [[...]]
# expect-output: self-ref deepcopy True
# expect-output: done
