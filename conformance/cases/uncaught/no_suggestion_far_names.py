# Names too different get no suggestion; subclasses of AttributeError and
# exceptions raised by hand without name/obj get none either.
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


class LookupFailed(AttributeError):
    pass


try:
    Point().z
except AttributeError as e:
    print("AttributeError", e, e.name)
try:
    raise LookupFailed("x", name="x", obj=Point())
except AttributeError as e:
    print(type(e).__name__, e, e.name)
raise AttributeError("no such field: y")
