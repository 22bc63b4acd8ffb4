class Indent:
    def __init__(self):
        self.level = 0
        self.lines = []

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, et, ev, tb):
        self.level -= 1
        if et is StopIteration:
            self.write("(stopped)")
            return True
        return None

    def write(self, text):
        self.lines.append("    " * self.level + text)


out = Indent()
out.write("def main():")
with out:
    out.write("for i in range(3):")
    with out:
        out.write("print(i)")
        with out:
            raise StopIteration
        out.write("# after inner")
    out.write("return 0")
print("\n".join(out.lines))
print(out.level)
try:
    with out:
        raise KeyError("x")
except KeyError as e:
    print("KeyError", e, out.level)
