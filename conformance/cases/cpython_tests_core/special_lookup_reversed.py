# reversed() finds __reversed__ on the type, as every special method: an
# instance's __getattribute__ and __getattr__ are not asked, a descriptor
# stored on the class is bound, and one that raises lets its error through.


class Noisy:
    def __getattribute__(self, name):
        raise RuntimeError("asked the instance for " + name)

    def __getattr__(self, name):
        raise RuntimeError("fell back to __getattr__ for " + name)


class Countdown(Noisy):
    def __reversed__(self):
        return iter("cba")


print(list(reversed(Countdown())))


class Binder:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, owner):
        print("binding", self.func.__name__, "for", owner.__name__)
        return self.func.__get__(obj, owner)


def backwards(self):
    return iter([3, 2, 1])


class ViaDescriptor(Noisy):
    __reversed__ = Binder(backwards)


print(list(reversed(ViaDescriptor())))


class Broken:
    def __get__(self, obj, owner):
        raise LookupError("no way back")


class ViaBroken(Noisy):
    __reversed__ = Broken()


try:
    reversed(ViaBroken())
except LookupError as e:
    print("LookupError", e)


class OnInstanceOnly:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return "xy"[i]


thing = OnInstanceOnly()
thing.__reversed__ = lambda: iter(["ignored"])
print(list(reversed(thing)))


class Refused:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


try:
    reversed(Refused())
except TypeError as e:
    print("TypeError", e)
