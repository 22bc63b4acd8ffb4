class Base:
    def __init__(self, size):
        if size < 0:
            raise ValueError(f"size must be >= 0, got {size}")
        self.size = size
class Middle(Base):
    def __init__(self, size, name):
        super().__init__(size)
        self.name = name
class Leaf(Middle):
    def __init__(self):
        super().__init__(-5, "leaf")
Leaf()
