class Field:
    def __init__(self, kind, *, minimum=None, choices=None):
        self.kind, self.minimum, self.choices = kind, minimum, choices

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.name} must be one of {sorted(self.choices)}")
        setattr(obj, self.private, value)


class Server:
    host = Field(str)
    port = Field(int, minimum=1)
    mode = Field(str, choices={"dev", "prod"})

    def __init__(self, host, port, mode="dev"):
        self.host, self.port, self.mode = host, port, mode

    def __repr__(self):
        return f"Server({self.host}:{self.port}, {self.mode})"


print(Server("localhost", 8080))
for args in [("db", 0), ("db", "5432"), ("db", 5432, "test"), ("db", 5432, "prod")]:
    try:
        print(Server(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(Server.port.name, Server.port.private, type(Server.__dict__["mode"]).__name__)
s = Server("a", 1)
print(vars(s))
