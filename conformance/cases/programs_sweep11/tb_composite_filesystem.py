class Entry:
    def __init__(self, name):
        self.name = name

    def size(self):
        raise NotImplementedError

    def render(self, indent=0):
        return "  " * indent + f"{self.name} ({self.size()})"


class File(Entry):
    def __init__(self, name, nbytes):
        super().__init__(name)
        self.nbytes = nbytes

    def size(self):
        return self.nbytes


class Dir(Entry):
    def __init__(self, name, *children):
        super().__init__(name)
        self.children = list(children)

    def size(self):
        return sum(c.size() for c in self.children)

    def render(self, indent=0):
        lines = [super().render(indent) + "/"]
        for c in sorted(self.children, key=lambda c: (not isinstance(c, Dir), c.name)):
            lines.append(c.render(indent + 1))
        return "\n".join(lines)

    def find(self, pred, path=""):
        for c in self.children:
            p = f"{path}/{c.name}"
            if pred(c):
                yield p
            if isinstance(c, Dir):
                yield from c.find(pred, p)


root = Dir("root", File("a.txt", 120), Dir("src", File("main.py", 900), File("util.py", 300), Dir("empty")),
           Dir("docs", File("readme.md", 50)))
print(root.render())
print(list(root.find(lambda e: e.name.endswith(".py"))))
print(list(root.find(lambda e: isinstance(e, Dir) and e.size() == 0)))
print(max(root.find(lambda e: True), key=len))
try:
    Entry("x").render()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
