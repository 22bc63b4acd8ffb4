# An exception raised by __repr__ while formatting an error message.
class Widget:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Widget({self.label!r})"


class Panel:
    def __init__(self):
        self.widgets = []

    def add(self, w):
        if not isinstance(w, Widget):
            raise TypeError(f"expected a Widget, got {w!r}")
        self.widgets.append(w)


p = Panel()
p.add(Widget("ok"))
try:
    p.add(3)
except TypeError as e:
    print("TypeError:", e)
print(f"{p.widgets}")
