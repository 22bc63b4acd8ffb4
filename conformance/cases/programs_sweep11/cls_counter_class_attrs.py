class Widget:
    count = 0
    registry = []

    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        self.name = name
        self.registry.append(self)

    @classmethod
    def reset(cls):
        cls.count = 0
        cls.registry = []

    def __repr__(self):
        return f"<{self.name}#{self.id}>"


class Button(Widget):
    count = 100


w1, w2 = Widget("a"), Widget("b")
b1 = Button("ok")
print(w1, w2, b1, Widget.count, Button.count, Widget.registry)
Button.reset()
print(Button.count, Button.registry, Widget.count, Widget.registry)
b2 = Button("cancel")
print(b2, Button.registry, Widget.registry)
w1.count = 99
print(w1.count, Widget.count, "count" in w1.__dict__)
del w1.count
print(w1.count)
try:
    del w1.count
except AttributeError as e:
    print("AttributeError", e)
print(Widget.__dict__["count"], "reset" in Button.__dict__, hasattr(Button, "reset"))
