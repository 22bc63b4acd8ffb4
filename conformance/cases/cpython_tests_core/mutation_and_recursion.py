# Native code that calls back into Python: a key whose __eq__ empties the
# set being added to, and a class whose __call__ is its own instance.
class Meddler:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.target.clear()
        return False


s = set()
s.add(Meddler(s))
s.add(Meddler(s))
print(len(s))
t = {Meddler(None)}
t.pop()
t.add(Meddler(t))
t |= {Meddler(t)}
print(len(t))
u = set()
u.add(Meddler(u))
u.update([Meddler(u), Meddler(u)])
print(len(u))


class Loop:
    pass


Loop.__call__ = Loop()
try:
    Loop()()
except RecursionError as exc:
    print("RecursionError", exc)
