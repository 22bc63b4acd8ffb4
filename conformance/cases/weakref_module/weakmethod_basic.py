# A bound method dies at once, so ref() of one is dead immediately;
# WeakMethod lives as long as the object and the function.
import weakref


class Button:
    def __init__(self, label):
        self.label = label

    def click(self):
        return "clicked " + self.label


b = Button("ok")
plain = weakref.ref(b.click)
print(plain() is None)
wm = weakref.WeakMethod(b.click, lambda r: print("method died"))
m = wm()
print(m(), type(m).__name__, m.__func__ is Button.click)
del m
print(wm() is not None, isinstance(wm, weakref.ref))
del b
print(wm() is None)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
