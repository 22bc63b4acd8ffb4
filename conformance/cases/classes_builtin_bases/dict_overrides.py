# A dict subclass overriding __setitem__/__getitem__ and a __repr__.
class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __repr__(self):
        return "Lower(" + super().__repr__() + ")"


x = Lower()
x["Name"] = "moat"
x["AGE"] = 3
print(x, x["NAME"], x["age"], len(x), "name" in x)
print(str(x), [x], f"{x}")


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


a = Attr(x=1)
a.y = 2
print(a.x, a.y, a, hasattr(a, "z"))
try:
    a.z
except AttributeError as e:
    print(type(e).__name__, e)
