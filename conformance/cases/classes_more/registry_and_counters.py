class Plugin:
    registry = {}
    created = 0

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        if key in Plugin.registry:
            raise ValueError(f"duplicate plugin {key!r}")
        Plugin.registry[key] = cls
        cls.instances = 0

    def __init__(self):
        Plugin.created += 1
        type(self).instances += 1

    @classmethod
    def create(cls, key, *args):
        try:
            return cls.registry[key](*args)
        except KeyError:
            raise LookupError(f"no plugin {key!r}") from None


class Upper(Plugin):
    def run(self, s):
        return s.upper()


class Reverse(Plugin, name="rev"):
    def run(self, s):
        return s[::-1]


class Repeat(Plugin):
    def __init__(self, n=2):
        super().__init__()
        self.n = n

    def run(self, s):
        return s * self.n


print(sorted(Plugin.registry))
text = "abc"
for key, args in [("upper", ()), ("rev", ()), ("repeat", (3,)), ("upper", ()), ("nope", ())]:
    try:
        p = Plugin.create(key, *args)
        text = p.run(text)
        print(key, "->", text)
    except LookupError as e:
        print("LookupError", e)
print(Plugin.created, Upper.instances, Reverse.instances, Repeat.instances)
try:
    class Other(Plugin, name="rev"):
        pass
except ValueError as e:
    print("ValueError", e)
print(sorted(Plugin.registry))


class Ticket:
    _next_id = 1000
    by_id = {}

    def __init__(self, title):
        self.id = Ticket._next_id
        Ticket._next_id += 1
        self.title = title
        Ticket.by_id[self.id] = self

    def __repr__(self):
        return f"#{self.id} {self.title}"

    @classmethod
    def get(cls, tid):
        return cls.by_id.get(tid)

    @classmethod
    def count(cls):
        return len(cls.by_id)


for t in ["login bug", "slow page", "typo"]:
    Ticket(t)
print(Ticket.get(1001), Ticket.get(5), Ticket.count(), Ticket._next_id)
print(list(Ticket.by_id.values()))


class Shape:
    kinds = []

    def __init_subclass__(cls):
        Shape.kinds.append(cls.__name__)
        cls.sides = getattr(cls, "sides", 0)


class Tri(Shape):
    sides = 3


class Quad(Shape):
    sides = 4


class Sq(Quad):
    pass


class Dot(Shape):
    pass


print(Shape.kinds, [(k, c.sides) for k, c in [("Tri", Tri), ("Sq", Sq), ("Dot", Dot)]])
