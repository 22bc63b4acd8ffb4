# A validating descriptor rejects a value deep inside a constructor.
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, cls=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Box:
    width = Positive()
    height = Positive()

    def __init__(self, w, h):
        self.width = w
        self.height = h

    def area(self):
        return self.width * self.height


boxes = [Box(2, 3), Box(1, 1)]
print([b.area() for b in boxes])
boxes.append(Box(4, -2))
