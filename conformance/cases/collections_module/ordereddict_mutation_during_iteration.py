# OrderedDict's iterators check the dict as CPython's odict_iterator checks
# its node list: adding, removing or moving a key ends the iteration with
# "mutated during iteration", clear() alone with the sticky "changed size",
# a value update or a no-op move is allowed, and once the last key was given
# the iterator stops without checking.
from collections import OrderedDict


def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, 'RuntimeError', e)


def clear_during():
    od = OrderedDict.fromkeys('abc')
    for k in od:
        od.clear()


def clear_then_refill():
    od = OrderedDict.fromkeys('abc')
    for k in od:
        od.clear()
        od.update(x=1, y=2, z=3)


def clear_is_sticky():
    od = OrderedDict.fromkeys('abc')
    it = iter(od.items())
    next(it)
    od.clear()
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    od['q'] = 1
    try:
        next(it)
    except RuntimeError as e:
        out.append(str(e))
    out.append(list(it))
    return out


def move_each():
    od = OrderedDict.fromkeys('abcde')
    for k in od:
        od.move_to_end(k)


def move_last_to_end():
    od = OrderedDict.fromkeys('abc')
    for k in od:
        od.move_to_end('c')
    return list(od)


def move_first_to_front():
    od = OrderedDict.fromkeys('abc')
    for k in reversed(od):
        od.move_to_end('a', last=False)
    return list(od)


def move_other_to_front():
    od = OrderedDict.fromkeys('abc')
    for k in od.values():
        od.move_to_end('b', last=False)


def popitem_then_readd():
    od = OrderedDict.fromkeys('abc')
    for k in od:
        od['c'] = od.popitem()[1]


def pop_then_readd():
    od = OrderedDict.fromkeys('abc')
    for k in od.keys():
        od['b'] = od.pop('b')


def update_values():
    od = OrderedDict.fromkeys('abc')
    for k, v in od.items():
        od[k] = k * 2
    return od


def add_after_last():
    od = OrderedDict.fromkeys('abc')
    seen = []
    for k in od:
        seen.append(k)
        if k == 'c':
            od['d'] = None
    return seen, list(od)


def delete_during_reversed():
    od = OrderedDict.fromkeys('abcd')
    for k in reversed(od.items()):
        del od['a']


for f in [clear_during, clear_then_refill, clear_is_sticky, move_each, move_last_to_end,
          move_first_to_front, move_other_to_front, popitem_then_readd, pop_then_readd,
          update_values, add_after_last, delete_during_reversed]:
    attempt(f.__name__, f)
