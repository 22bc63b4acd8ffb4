class TextBuffer:
    def __init__(self):
        self.lines = []
        self._undo = []

    def _snapshot(self):
        self._undo.append(list(self.lines))

    def append(self, line):
        self._snapshot()
        self.lines.append(line)
        return self

    def replace(self, old, new):
        self._snapshot()
        count = 0
        for i, l in enumerate(self.lines):
            if old in l:
                self.lines[i] = l.replace(old, new)
                count += 1
        if not count:
            self._undo.pop()
            raise LookupError(f"{old!r} not found")
        return count

    def undo(self):
        if not self._undo:
            raise IndexError("nothing to undo")
        self.lines = self._undo.pop()

    def __str__(self):
        return "\n".join(f"{i + 1:>2}: {l}" for i, l in enumerate(self.lines))


buf = TextBuffer().append("hello world").append("goodbye world").append("hello again")
print(buf)
print(buf.replace("hello", "hi"))
print(buf)
try:
    buf.replace("zzz", "y")
except LookupError as e:
    print("LookupError", e)
buf.undo()
print(buf)
for _ in range(4):
    try:
        buf.undo()
    except IndexError as e:
        print("IndexError", e)
print(repr(str(buf)))
