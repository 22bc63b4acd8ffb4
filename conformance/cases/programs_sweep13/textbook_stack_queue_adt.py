class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for i, ch in enumerate(text):
        if ch in "([{":
            s.push((ch, i))
        elif ch in pairs:
            if not len(s) or s.peek()[0] != pairs[ch]:
                return f"unexpected {ch!r} at {i}"
            s.pop()
    return "ok" if not len(s) else f"unclosed {s.peek()[0]!r} at {s.peek()[1]}"


def to_rpn(expr):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2}
    out, ops = [], Stack()
    for tok in expr.split():
        if tok.isdigit():
            out.append(tok)
        elif tok == "(":
            ops.push(tok)
        elif tok == ")":
            while ops.peek() != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while len(ops) and ops.peek() != "(" and prec[ops.peek()] >= prec[tok]:
                out.append(ops.pop())
            ops.push(tok)
    while len(ops):
        out.append(ops.pop())
    return " ".join(out)


for t in ["(a[b]{c})", "(]", "((x)", "{[()()]}"]:
    print(f"{t:10} {balanced(t)}")
print(to_rpn("3 + 4 * ( 2 - 1 ) / 5"))
s = Stack()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
