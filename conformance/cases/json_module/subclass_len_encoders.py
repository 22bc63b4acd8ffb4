# json's C encoder (no indent) reads a dict subclass's real size and a list
# or tuple subclass through its __iter__; the Python encoder (indent) tests
# the value's truth, so an overridden __len__ or __bool__ decides there.
import json
class D(dict):
    def __len__(self): return 0
    def __bool__(self): return False
class L(list):
    def __len__(self): return 0
    def __iter__(self): return iter(['x'])
class T(tuple):
    def __len__(self): return 0
    def __iter__(self): return iter(['y'])
class D2(dict):
    def __iter__(self): return iter(['q'])
    def items(self): return [('k', 'v')]
for obj in (D(a=1), L([1, 2]), T((3,)), D2(z=1), {'n': L([5])}, [D(b=2)], D(), L()):
    print(json.dumps(obj), json.dumps(obj, indent=1).replace('\n', '|'),
          json.dumps(obj, sort_keys=True))
