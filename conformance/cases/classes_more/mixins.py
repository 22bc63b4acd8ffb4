class ReprMixin:
    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if not k.startswith("_"))
        return f"{type(self).__name__}({attrs})"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(tuple(sorted((k, v) for k, v in self.__dict__.items() if isinstance(v, int))))


class ToDictMixin:
    def to_dict(self):
        out = {}
        for k, v in self.__dict__.items():
            if k.startswith("_"):
                continue
            out[k] = v.to_dict() if isinstance(v, ToDictMixin) else v
        return out


class ObservableMixin:
    def __init__(self, *args, **kwargs):
        self._listeners = []
        super().__init__(*args, **kwargs)

    def subscribe(self, fn):
        self._listeners.append(fn)

    def notify(self, event):
        for fn in self._listeners:
            fn(self, event)


class Address(ReprMixin, ToDictMixin):
    def __init__(self, city, zip_code):
        self.city = city
        self.zip_code = zip_code


class Customer(ObservableMixin, ReprMixin, EqMixin, ToDictMixin):
    def __init__(self, name, age, address):
        super().__init__()
        self.name = name
        self.age = age
        self.address = address

    def birthday(self):
        self.age += 1
        self.notify("birthday")


addr = Address("Oslo", "0150")
c = Customer("Kari", 41, addr)
print(c)
print(c.to_dict())
log = []
c.subscribe(lambda obj, ev: log.append((obj.name, ev, obj.age)))
c.subscribe(lambda obj, ev: print("event:", ev))
c.birthday()
c.birthday()
print(log)
c2 = Customer("Kari", 43, addr)
print(c == c2, c != c2)
c2._listeners = c._listeners
print(c == c2)
print(isinstance(c, ObservableMixin), isinstance(addr, EqMixin))


class LoggingMixin:
    def log(self, msg):
        print(f"[{type(self).__name__}] {msg}")


class Stack(LoggingMixin):
    def __init__(self):
        self.items = []

    def push(self, x):
        self.log(f"push {x}")
        self.items.append(x)

    def pop(self):
        x = self.items.pop()
        self.log(f"pop {x}")
        return x


class LimitedMixin:
    limit = 2

    def push(self, x):
        if len(self.items) >= self.limit:
            self.log(f"refused {x}")
            return
        super().push(x)


class LimitedStack(LimitedMixin, Stack):
    pass


s = LimitedStack()
for i in range(4):
    s.push(i)
print(s.pop(), s.items)
