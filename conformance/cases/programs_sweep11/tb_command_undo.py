class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []

    def execute(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()

    def undo(self):
        if not self.undo_stack:
            raise IndexError("nothing to undo")
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)

    def redo(self):
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)


class Insert:
    def __init__(self, pos, s):
        self.pos, self.s = pos, s

    def do(self, ed):
        ed.text = ed.text[:self.pos] + self.s + ed.text[self.pos:]

    def undo(self, ed):
        ed.text = ed.text[:self.pos] + ed.text[self.pos + len(self.s):]

    def __repr__(self):
        return f"Insert({self.pos}, {self.s!r})"


class Delete:
    def __init__(self, pos, n):
        self.pos, self.n = pos, n
        self.removed = None

    def do(self, ed):
        self.removed = ed.text[self.pos:self.pos + self.n]
        ed.text = ed.text[:self.pos] + ed.text[self.pos + self.n:]

    def undo(self, ed):
        ed.text = ed.text[:self.pos] + self.removed + ed.text[self.pos:]


ed = Editor()
for c in [Insert(0, "hello"), Insert(5, " world"), Delete(0, 1), Insert(0, "J")]:
    ed.execute(c)
    print(repr(ed.text))
ed.undo()
ed.undo()
print(repr(ed.text), ed.redo_stack[-1].__class__.__name__)
ed.redo()
print(repr(ed.text))
ed.execute(Insert(len(ed.text), "!"))
print(repr(ed.text), ed.redo_stack)
try:
    ed.redo()
except IndexError as e:
    print("IndexError", e)
while True:
    try:
        ed.undo()
    except IndexError as e:
        print("stop:", e, repr(ed.text))
        break
