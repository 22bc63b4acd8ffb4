# Truthiness: __bool__ wins over __len__, __len__ alone, neither, and the
# errors for wrong return types and negative lengths.
class Queue:
    def __init__(self, items=()):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

    def __len__(self):
        return 99


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 2.0


for obj in [Queue(), Queue([1]), Flag(False), Flag(True), object()]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
print(len(Flag(False)), [x for x in [Queue(), Queue("a"), Flag(True)] if x].__len__())
for obj in [BadBool(), NegLen(), FloatLen()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(obj).__name__, type(e).__name__ + ":", e)
    try:
        len(obj)
    except (TypeError, ValueError) as e:
        print(type(obj).__name__, "len", type(e).__name__ + ":", e)
print(any([Queue(), Flag(False)]), all([Queue([0]), Flag(True)]), Queue() or "empty", Flag(True) and "on")
