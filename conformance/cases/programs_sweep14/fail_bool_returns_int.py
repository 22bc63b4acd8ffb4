# __bool__ must return a bool; an int is rejected.
class Inventory:
    def __init__(self, count):
        self.count = count

    def __bool__(self):
        return self.count


print("have stock" if Inventory(True) else "empty")
print("have stock" if Inventory(3) else "empty")
