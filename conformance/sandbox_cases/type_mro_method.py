# moat policy: type.mro() walks the class graph, as __mro__ does; both are
# refused with the same sandbox message.
class Z:
    pass

for name in ("__mro__", "mro"):
    try:
        getattr(Z, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    int.mro()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Z(), "mro"))


class HasOwn:
    def mro(self):
        return "its own"


print(HasOwn().mro())
