# A str subclass normalising its value in __new__.
class Upper(str):
    def __new__(cls, value):
        return str.__new__(cls, value.upper())

    def shout(self):
        return self + "!"


u = Upper("hello")
print(u, repr(u), len(u), u.shout(), type(u.shout()).__name__, type(u).__name__)
print(u == "HELLO", "HELLO" == u, u != "hello", u < "Z", hash(u) == hash("HELLO"))
print(u.lower(), type(u.lower()).__name__, type(u.upper()).__name__, type(u[:]).__name__)
print(type(u + ""), type(u * 1).__name__, type(str(u)).__name__, type(u.strip()).__name__)
print(isinstance(u, str), u.startswith("HE"), u.split("L"), "-".join([u, u]), f"<{u}>")
print({u: 1}["HELLO"], {"HELLO": 2}[u], u in ["HELLO"], "ELL" in u, u.replace("L", "l"))
print("%s|%r|%5s" % (u, u, Upper("a")), "{}/{!r}".format(u, u), format(u, ">7"))


class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj


t = Tagged("text", "b")
print(t, t.tag, t.__dict__, t.title())
