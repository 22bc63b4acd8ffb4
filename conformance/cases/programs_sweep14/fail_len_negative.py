# A __len__ computed from a difference goes negative.
class Window:
    def __init__(self, start, end):
        self.start, self.end = start, end

    def __len__(self):
        return self.end - self.start


print(len(Window(2, 10)), bool(Window(3, 3)))
print(len(Window(10, 2)))
