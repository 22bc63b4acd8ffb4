# OrderedDict's keys/values/items/copy/__reversed__ are C methods taking no
# arguments in CPython: their argument errors have the METH_NOARGS texts.
import collections


class Ordered(collections.OrderedDict):
    pass


def show(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


for od in (collections.OrderedDict(a=1), Ordered(b=2)):
    show(lambda: od.keys(1))
    show(lambda: od.values(1, 2))
    show(lambda: od.items(x=1))
    show(lambda: od.copy(None))
    show(lambda: od.__reversed__(0))
    show(lambda: collections.OrderedDict.keys(od, 1))
    print(list(od.keys()), list(od.values()), list(od.items()), od.copy(), list(reversed(od)))
