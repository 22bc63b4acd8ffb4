# register() makes a virtual subclass: isinstance() sees it, the MRO does not.
from collections.abc import Sequence, Mapping, Iterable, Sized, Hashable

class Row:
    def __init__(self, *cells):
        self.cells = cells
    def __getitem__(self, i):
        return self.cells[i]
    def __len__(self):
        return len(self.cells)

print(isinstance(Row(), Sequence), issubclass(Row, Sized))
print(Sequence.register(Row) is Row)
print(isinstance(Row(1), Sequence), issubclass(Row, Iterable), issubclass(Row, Mapping))
print(hasattr(Row, "index"))

@Mapping.register
class Table:
    pass

print(Table.__name__, issubclass(Table, Mapping), isinstance(Table(), Sized))
