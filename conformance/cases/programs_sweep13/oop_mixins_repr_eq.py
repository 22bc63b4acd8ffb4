class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash((type(self).__name__, tuple(sorted(vars(self).items()))))


class JsonMixin:
    def to_json(self):
        import json
        return json.dumps({"type": type(self).__name__, **{k: v for k, v in vars(self).items() if not k.startswith("_")}})


class Point(ReprMixin, EqMixin, JsonMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
        self._cache = None


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p, q, r = Point(1, 2), Point(1, 2), Point3(1, 2, 3)
print(p, r, p == q, p == r, len({p, q, r}))
print(p.to_json(), r.to_json())
print(isinstance(r, EqMixin), issubclass(Point3, ReprMixin), Point3.__repr__ is ReprMixin.__repr__)
