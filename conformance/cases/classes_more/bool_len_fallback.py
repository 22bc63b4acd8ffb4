class Empty:
    def __len__(self):
        return 0


class Full:
    def __len__(self):
        return 3


class Neither:
    pass


class BoolWins:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


for obj in (Empty(), Full(), Neither(), BoolWins()):
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy", not obj)
print([type(o).__name__ for o in (Empty(), Full(), BoolWins()) if o])
print(len(BoolWins()), any([Empty(), Full()]), all([Full(), Neither()]))
