# An editor buffer with undo/redo, where a context manager groups edits
# into one undoable step and rolls back on error.
import contextlib


class Buffer:
    def __init__(self):
        self.text, self.undo, self.redo = "", [], []
        self._group = None

    def _record(self, before):
        if self._group is not None:
            self._group.append(before)
        else:
            self.undo.append(before)
            self.redo.clear()

    def insert(self, pos, s):
        self._record(self.text)
        self.text = self.text[:pos] + s + self.text[pos:]

    def delete(self, start, end):
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"bad range {start}:{end} for length {len(self.text)}")
        self._record(self.text)
        self.text = self.text[:start] + self.text[end:]

    @contextlib.contextmanager
    def step(self):
        self._group, before = [], self.text
        try:
            yield self
        except Exception:
            self.text = before
            raise
        else:
            if self._group:
                self.undo.append(before)
                self.redo.clear()
        finally:
            self._group = None

    def do_undo(self):
        self.redo.append(self.text)
        self.text = self.undo.pop()

    def do_redo(self):
        self.undo.append(self.text)
        self.text = self.redo.pop()


b = Buffer()
b.insert(0, "hello")
with b.step():
    b.insert(5, " world")
    b.insert(0, ">> ")
print(repr(b.text), len(b.undo))
b.do_undo()
print(repr(b.text))
b.do_redo()
print(repr(b.text))
try:
    with b.step():
        b.delete(0, 3)
        b.delete(50, 60)
except IndexError as e:
    print("IndexError:", e, "| text kept:", repr(b.text))
b.do_undo()
b.do_undo()
print(repr(b.text), b.undo, b.redo[-1:])
try:
    b.do_undo()
except IndexError as e:
    print("IndexError:", e)
