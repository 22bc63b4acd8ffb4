from dataclasses import dataclass

SERIALIZERS = {}


def serializer(fmt):
    def register(cls):
        SERIALIZERS[fmt] = cls
        cls.format = fmt
        return cls
    return register


def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls


def singleton(cls):
    instances = {}

    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    get.cls = cls
    return get


@serializer("csv")
@add_repr
class CsvOut:
    def __init__(self, sep=","):
        self.sep = sep

    def dump(self, rows):
        return "\n".join(self.sep.join(map(str, r)) for r in rows)


@serializer("md")
class MdOut:
    def dump(self, rows):
        head, *body = rows
        lines = ["| " + " | ".join(map(str, head)) + " |", "|" + "---|" * len(head)]
        return "\n".join(lines + ["| " + " | ".join(map(str, r)) + " |" for r in body])


@singleton
@add_repr
class Settings:
    def __init__(self, debug=False):
        self.debug = debug


rows = [("name", "qty"), ("pen", 3), ("ink", 1)]
for fmt, cls in SERIALIZERS.items():
    print(f"== {fmt} ({cls.__name__}, {cls.format})")
    print(cls().dump(rows))
print(CsvOut(";"), Settings(debug=True), Settings(), Settings() is Settings(), Settings.cls.__name__)
