class Base:
    kind = "base"
    tags = []

    def describe(self):
        return f"{self.kind}:{self.name}"


class Child(Base):
    kind = "child"

    def __init__(self, name):
        self.name = name


a, b = Child("a"), Child("b")
a.tags.append("shared!")
print(b.tags, Base.tags)
a.kind = "custom"
print(a.describe(), b.describe(), Child.kind, Base.kind)
Base.kind = "changed"
print(Base().kind if hasattr(Base(), "kind") else None, Child.kind)
b.describe = lambda: "instance override"
print(b.describe(), Child.describe(b), a.describe())
print(getattr(a, "missing", "default"), hasattr(a, "name"), "name" in a.__dict__, "kind" in a.__dict__)
setattr(Child, "extra", property(lambda self: self.name.upper()))
print(a.extra, b.extra)
delattr(a, "kind")
print(a.kind, sorted(k for k in Child.__dict__ if not k.startswith("__")))
print(type(a).__name__, type(a) is Child, isinstance(a, Base), Child.__base__ is Base if False else "")
