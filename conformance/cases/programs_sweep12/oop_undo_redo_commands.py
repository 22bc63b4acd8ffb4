class Document:
    def __init__(self):
        self.text = ""


class Command:
    def do(self, doc): raise NotImplementedError
    def undo(self, doc): raise NotImplementedError


class Insert(Command):
    def __init__(self, pos, s):
        self.pos, self.s = pos, s

    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.s + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.s):]

    def __repr__(self):
        return f"Insert({self.pos}, {self.s!r})"


class Delete(Command):
    def __init__(self, pos, n):
        self.pos, self.n = pos, n
        self.removed = None

    def do(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.n]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.n:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

    def __repr__(self):
        return f"Delete({self.pos}, {self.n})"


class Editor:
    def __init__(self):
        self.doc = Document()
        self.undo_stack, self.redo_stack = [], []

    def run(self, cmd):
        cmd.do(self.doc)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()

    def undo(self):
        if not self.undo_stack:
            return "nothing to undo"
        cmd = self.undo_stack.pop()
        cmd.undo(self.doc)
        self.redo_stack.append(cmd)
        return f"undid {cmd}"

    def redo(self):
        if not self.redo_stack:
            return "nothing to redo"
        cmd = self.redo_stack.pop()
        cmd.do(self.doc)
        self.undo_stack.append(cmd)
        return f"redid {cmd}"


ed = Editor()
for cmd in [Insert(0, "hello"), Insert(5, " world"), Delete(0, 1), Insert(0, "J")]:
    ed.run(cmd)
    print(f"{cmd!r:<22} -> {ed.doc.text!r}")
for action in ["undo", "undo", "redo", "undo", "undo", "undo", "undo", "redo"]:
    print(f"{action:<5} {getattr(ed, action)():<28} {ed.doc.text!r}")
ed.run(Insert(0, ">> "))
print(ed.redo(), repr(ed.doc.text), len(ed.undo_stack))
try:
    Command().do(ed.doc)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
