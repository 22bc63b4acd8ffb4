# Tracebacks through the collections.abc mixin methods: each passes through
# CPython's frozen _collections_abc, shown as '<frozen _collections_abc>'
# entries without a source line, in the traceback module's text, in its
# FrameSummary rows and in a warning's reported location.
import traceback
import warnings
from collections.abc import MutableMapping, MutableSequence, MutableSet, Sequence


class Broken(Exception):
    pass


def show(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"## {label}")
        print(traceback.format_exc().replace(__file__, "case.py"), end="")
        rows = traceback.extract_tb(e.__traceback__)
        print([(r.filename.replace(__file__, "case.py"), r.lineno, r.name, r.line)
               for r in rows])
    else:
        print(f"{label} -> {result!r}")


class Table(MutableMapping):
    def __init__(self, fail=()):
        self.rows = {"a": 1, "b": 2}
        self.fail = set(fail)

    def __getitem__(self, key):
        if "get" in self.fail:
            raise Broken("get")
        return self.rows[key]

    def __setitem__(self, key, value):
        if "set" in self.fail:
            raise Broken("set")
        if key == "warn":
            warnings.warn("setting 'warn'", stacklevel=2)
        self.rows[key] = value

    def __delitem__(self, key):
        if "del" in self.fail:
            raise Broken("del")
        del self.rows[key]

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)


class Row(Sequence):
    def __init__(self, *cells, fail=False):
        self.cells = cells
        self.fail = fail

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, i):
        if self.fail:
            raise Broken("cell")
        return self.cells[i]


class Bag(MutableSequence):
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def insert(self, i, v):
        if v is None:
            raise Broken("None item")
        self.items.insert(i, v)


class Tags(MutableSet):
    def __init__(self, *tags):
        self.tags = set(tags)

    @classmethod
    def _from_iterable(cls, it):
        return cls(*it)

    def __contains__(self, t):
        return t in self.tags

    def __iter__(self):
        return iter(sorted(self.tags))

    def __len__(self):
        return len(self.tags)

    def add(self, t):
        if not isinstance(t, str):
            raise Broken(f"tag {t!r}")
        self.tags.add(t)

    def discard(self, t):
        self.tags.discard(t)


show("update", lambda: Table({"set"}).update(x=1))
show("setdefault", lambda: Table({"set"}).setdefault("z"))
show("get", lambda: Table({"get"}).get("a"))
show("pop missing", lambda: Table().pop("zz"))
show("popitem", lambda: Table({"get"}).popitem())
show("items", lambda: list(Table({"get"}).items()))
show("values in", lambda: 2 in Table({"get"}).values())
show("equality", lambda: Table({"get"}) == {"a": 1})
show("contains", lambda: 5 in Row(1, 2, fail=True))
show("index", lambda: Row(1, 2).index(3))
show("count", lambda: Row(1, fail=True).count(1))
show("reversed", lambda: list(reversed(Row(1, fail=True))))
show("extend", lambda: Bag().extend([1, None]))
show("remove", lambda: Bag().remove(4))
show("pop empty", lambda: Bag().pop())
show("set ior", lambda: Tags("a").__ior__(["b", 3]))
show("set remove", lambda: Tags("a").remove("b"))
show("set pop", lambda: Tags().pop())
show("ok", lambda: (sorted(Tags("a", "b") | {"c"}), Row(1, 2, 1).count(1), Table().get("a")))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    Table().update(warn=1)
for w in caught:
    print(w.filename, w.lineno, w.message, repr(w.line))
