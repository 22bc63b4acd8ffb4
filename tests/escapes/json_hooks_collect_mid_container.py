# json's native encoder and scanner call the script back (default=,
# object_hook, object_pairs_hook, parse_float, parse_int) while they hold a
# container half walked or half built. A researcher's hooks drop the last
# reference to the container being encoded (the outer list or dict is
# cleared) and allocate enough for the collector to run inside the hook:
# the encoder must keep walking what it started, and the scanner must keep
# the lists and dicts it is filling alive, exactly as CPython's C code does.
# expect-output: 1722 e4e076
# expect-output: 990 a4893b
# expect-output: 1756 f2acbd
# expect-output: 60 {'a': [5.5, 's5', {'b': 5.25}]} {'a': [59.5, 's59', {'b': 59.25}]}
# expect-output: [('x', [('y', [1.5, [('z', 2)]])]), ('w', [0, 1, 2, 3])]
import hashlib
import json


class Opaque:
    pass


def churn():
    junk = []
    for i in range(3000):
        junk.append([i, str(i), {i: i}])
    return len(junk)


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:6]


outer = []


def drop_outer_list(value):
    outer.clear()
    churn()
    return 'x'


inner = [Opaque()] + [[i, 'a' * i] for i in range(50)]
outer[:] = [inner, {'k': [1.5, 2.5]}]
del inner
text = json.dumps(outer, default=drop_outer_list)
print(len(text), digest(text))
outer_dict = {}


def drop_outer_dict(value):
    outer_dict.clear()
    churn()
    return 'y'


for indent in (None, 1):
    inner = {'a': Opaque(), **{str(i): [i] * 3 for i in range(50)}}
    outer_dict.update(w=inner, z=[1, 2])
    del inner
    text = json.dumps(outer_dict, default=drop_outer_dict, sort_keys=True, indent=indent)
    print(len(text), digest(text))


def churning_float(text):
    churn()
    return float(text)


def churning_hook(d):
    churn()
    return d


source = '[' + ','.join('{"a": [%d.5, "s%d", {"b": %d.25}]}' % (i, i, i) for i in range(60)) + ']'
value = json.loads(source, parse_float=churning_float, object_hook=churning_hook)
print(len(value), value[5], value[-1])


def churning_pairs(pairs):
    churn()
    return pairs


value = json.loads('{"x": {"y": [1.5, {"z": 2}]}, "w": [0, 1, 2, 3]}',
                   object_pairs_hook=churning_pairs, parse_int=lambda t: (churn(), int(t))[1])
print(value)
