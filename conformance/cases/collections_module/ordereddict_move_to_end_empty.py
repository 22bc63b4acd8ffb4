# move_to_end on an empty OrderedDict raises KeyError before hashing the
# key, so an unhashable key is a KeyError there and a TypeError otherwise.
from collections import OrderedDict

for d in (OrderedDict(), OrderedDict(a=1)):
    for key in ([1, 2], {'x': 0}, 'z', (1, 2), None):
        for last in (True, False):
            try:
                d.move_to_end(key, last=last)
                print(list(d))
            except Exception as e:
                print(type(e).__name__, repr(e))
