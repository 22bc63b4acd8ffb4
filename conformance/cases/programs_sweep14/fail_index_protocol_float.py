# A page object used as a list index returns a float from __index__.
class Page:
    def __init__(self, number, per_page=10):
        self.number, self.per_page = number, per_page

    def __index__(self):
        return self.number * self.per_page / self.per_page


items = [f"item{i}" for i in range(5)]
print(items[int(Page(2).number)])
print(items[Page(3)])
