from collections import OrderedDict
od = OrderedDict(a=1, b=2)
print(od == OrderedDict(b=2, a=1), od == dict(b=2, a=1), list(reversed(od)), od.popitem(), od)
od.move_to_end("zz")
