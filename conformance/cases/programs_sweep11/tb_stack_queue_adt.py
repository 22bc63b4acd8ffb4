class EmptyError(Exception):
    pass


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self._items:
            raise EmptyError("stack is empty")
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
            try:
                top, j = s.pop()
            except EmptyError:
                return f"unexpected {ch!r} at {i}"
            if top != pairs[ch]:
                return f"mismatch {top!r}@{j} vs {ch!r}@{i}"
    if len(s):
        return f"unclosed {s.peek()[0]!r} at {s.peek()[1]}"
    return "ok"


for t in ["(a[b]{c})", "(]", "((", "x)", "{[()()]}", ""]:
    print(repr(t), balanced(t))


def rpn(expr):
    s = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = s.pop(), s.pop()
            s.push(ops[tok](a, b))
        else:
            s.push(float(tok))
    if len(s) != 1:
        raise ValueError(f"malformed expression, stack={s}")
    return s.pop()


for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "1 2", "4 0 /", "2 x +"]:
    try:
        print(e, "=", rpn(e))
    except (EmptyError, ValueError, ZeroDivisionError) as ex:
        print(e, "->", type(ex).__name__, ex)
