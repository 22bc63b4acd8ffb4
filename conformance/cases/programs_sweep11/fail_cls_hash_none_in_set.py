class Item:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name == other.name


items = [Item("a"), Item("b")]
print(items[0] == Item("a"))
unique = set(items)
