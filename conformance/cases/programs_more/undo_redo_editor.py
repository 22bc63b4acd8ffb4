class Command:
    def do(self, doc):
        raise NotImplementedError

    def undo(self, doc):
        raise NotImplementedError


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"


class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length = pos, length
        self.removed = None

    def do(self, doc):
        if self.pos + self.length > len(doc.text):
            raise IndexError(f"delete past end ({self.pos}+{self.length} > {len(doc.text)})")
        self.removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

    def __repr__(self):
        return f"Delete({self.pos}, {self.length})"


class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new = old, new
        self.before = None

    def do(self, doc):
        self.before = doc.text
        doc.text = doc.text.replace(self.old, self.new)

    def undo(self, doc):
        doc.text = self.before

    def __repr__(self):
        return f"Replace({self.old!r}, {self.new!r})"


class Macro(Command):
    def __init__(self, *cmds):
        self.cmds = cmds

    def do(self, doc):
        for c in self.cmds:
            c.do(doc)

    def undo(self, doc):
        for c in reversed(self.cmds):
            c.undo(doc)

    def __repr__(self):
        return f"Macro{self.cmds}"


class Document:
    def __init__(self, text=""):
        self.text = text
        self.undo_stack, self.redo_stack = [], []

    def run(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()

    def undo(self):
        if not self.undo_stack:
            return False
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return True

    def redo(self):
        if not self.redo_stack:
            return False
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)
        return True


d = Document()
actions = [Insert(0, "hello world"), Insert(5, ","), Replace("world", "there"), "undo", "undo", "redo",
           Delete(0, 5), Macro(Insert(0, "HI"), Insert(2, "!!")), "undo", "undo", "undo", "undo", "undo",
           "redo", Delete(3, 50), Insert(6, "big "), "redo", "undo"]
for a in actions:
    if a == "undo":
        ok = d.undo()
        label = "undo" + ("" if ok else " (nothing)")
    elif a == "redo":
        ok = d.redo()
        label = "redo" + ("" if ok else " (nothing)")
    else:
        try:
            d.run(a)
            label = repr(a)
        except IndexError as e:
            label = f"{a!r} failed: {e}"
    print(f"{label:<40} {d.text!r:<22} u={len(d.undo_stack)} r={len(d.redo_stack)}")
try:
    Command().do(d)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
