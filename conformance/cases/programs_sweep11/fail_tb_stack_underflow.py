class StackUnderflow(IndexError):
    pass


class Stack(list):
    def pop(self):
        if not self:
            raise StackUnderflow("pop from empty stack")
        return super().pop()


def evaluate(tokens):
    s = Stack()
    for t in tokens:
        if t == "+":
            s.append(s.pop() + s.pop())
        else:
            s.append(int(t))
    return s.pop()


print(evaluate("1 2 +".split()))
print(evaluate("1 + +".split()))
