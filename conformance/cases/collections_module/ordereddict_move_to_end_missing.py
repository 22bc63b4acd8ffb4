# OrderedDict.move_to_end of a missing key raises KeyError as C's
# PyErr_SetObject makes it: None gives no arguments, a tuple its items.
import collections

od = collections.OrderedDict.fromkeys('ab')
for key in [None, (1, 2), (), ('x',), 'z', 0]:
    try:
        od.move_to_end(key)
    except KeyError as e:
        print("KeyError", repr(e), e.args, str(e))
od.move_to_end('a')
print(list(od))
od.move_to_end('a', last=False)
print(list(od))
