# Attribute sites that warm up on one shape of instance, then see the
# instance dict change under them: attributes added, deleted, reordered,
# the dict replaced, and instances of the same class with other layouts.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


ps = [P(i, -i) for i in range(20)]
print(read_x(ps)[:5])

# Deleted mid-loop: the site must see the deletion at once.
total = 0
for i, p in enumerate(ps):
    if i == 10:
        del ps[12].x
    try:
        total += p.x
    except AttributeError as e:
        print(i, "AttributeError:", e)
print(total)

# Re-added at another position in the dict (after y).
ps[12].x = 1000
print(ps[12].__dict__)
print(read_x(ps)[10:14])

# An instance whose dict was built in another order.
q = P.__new__(P)
q.y = 5
q.x = 7
print(read_x([ps[0], q, ps[1], q]))

# Replacing __dict__ wholesale.
r = P(1, 2)
print(read_x([r, r]))
r.__dict__ = {"x": "replaced"}
print(read_x([r]))
r.__dict__ = {}
print(read_x([r]))
r.__dict__ = {"y": 1, "x": "again"}
print(read_x([r, r]))

# A key that is an equal but distinct str object.
s = P(0, 0)
name = "".join(["x"])
s.__dict__ = {name: "built name"}
print(read_x([s, s]))

# Stores: a warm store site, then deletion, then a __dict__ swap.
def bump(objs, n):
    for _ in range(n):
        for o in objs:
            o.x = o.x + 1


objs = [P(0, 0) for _ in range(4)]
bump(objs, 50)
print([o.x for o in objs])
del objs[1].x
try:
    bump(objs, 1)
except AttributeError as e:
    print("AttributeError:", e)
print([getattr(o, "x", None) for o in objs])
objs[1].__dict__ = {"x": 100}
bump(objs, 3)
print([o.x for o in objs], objs[1].__dict__)
old = objs[2].__dict__
objs[2].__dict__ = {"x": -1}
bump(objs, 1)
print(old, objs[2].__dict__)

# Many attributes, deleted one by one through a warm site.
class Bag:
    pass


b = Bag()
for i in range(30):
    setattr(b, "a%d" % i, i)
for i in range(0, 30, 3):
    delattr(b, "a%d" % i)
print(sorted(b.__dict__.items())[:6], len(b.__dict__))
vals = []
for i in range(30):
    try:
        vals.append(getattr(b, "a%d" % i))
    except AttributeError:
        vals.append(None)
print(vals)
