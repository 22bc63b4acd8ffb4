# A list subclass with extra methods and an instance attribute set in
# __init__ after super().__init__().
class Stack(list):
    def __init__(self, name="stack"):
        super().__init__()
        self.name = name

    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack("ops")
s.push(1).push(2).push(3)
print(s, s.name, len(s), s.peek(), s.pop(), s, s.is_empty())
print(type(s).__name__, isinstance(s, list), isinstance(s, Stack), type(s) is list)
print(repr(s), str(s), s == [1, 2], [1, 2] == s, s != [1, 2])
s.name = "renamed"
print(s.name, s.__dict__)
e = Stack()
print(e.is_empty(), bool(e), e.name, e)
print(list(s), type(list(s)).__name__)
