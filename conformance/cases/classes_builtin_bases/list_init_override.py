# __init__ overrides on list subclasses, list.__init__ clearing, and the
# argument errors of list's own __init__.
class Numbers(list):
    def __init__(self, *args):
        super().__init__(args)

n = Numbers(1, 2, 3)
print(n, len(n), type(n).__name__)

class Doubled(list):
    def __init__(self, items):
        super().__init__(x * 2 for x in items)

print(Doubled(range(4)))

class Plain(list):
    pass

p = Plain("abc")
print(p)
list.__init__(p, [7, 8])
print(p)
p.__init__()
print(p)
for make in [lambda: Plain(1, 2), lambda: Plain(x=1), lambda: Plain(5), lambda: list(1, 2)]:
    try:
        print(make())
    except TypeError as e:
        print(type(e).__name__, e)
