class Tool:
    name = "tool"

    @staticmethod
    def plain(x):
        return x + 1

    @classmethod
    def named(cls, suffix=""):
        return cls.name + suffix

    def regular(self):
        return self.named("!")


class Hammer(Tool):
    name = "hammer"


print(Tool.plain(1), Tool().plain(2), Hammer.plain(3))
print(Tool.named(), Hammer.named("?"), Hammer().named(), Hammer().regular())
f = Hammer.named
print(f(), f("x"))
sm = Tool.__dict__["plain"] if False else staticmethod(abs)
print(sm(-3), callable(sm))
cm = classmethod(lambda cls: cls.__name__)


class Host:
    who = cm


print(Host.who(), Host().who())
try:
    Tool.regular()
except TypeError as e:
    print("TypeError", e)
