class Stack(list):
    def push(self, x): self.append(x); return self
    def peek(self):
        if not self: raise IndexError("peek from empty stack")
        return self[-1]
    def __repr__(self): return f"Stack({list.__repr__(self)})"
s = Stack([1, 2]).push(3)
print(s, s.peek(), len(s), s[1:], type(s[1:]).__name__, type(s + s).__name__, type(s * 2).__name__)
s += [9]
print(type(s).__name__, s)
print(s == [1, 2, 3, 9], sorted(s, reverse=True))
try:
    Stack().peek()
except IndexError as e:
    print("IndexError", e)
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged("hello", "greet")
print(t, t.tag, t.upper(), type(t.upper()).__name__, repr(t), t + "!", isinstance(t, str))
class Money(int):
    def __repr__(self): return f"${int(self)}"
    def __add__(self, o): return Money(int(self) + int(o))
m = Money(5) + 7
print(m, repr(m), m * 2, type(m * 2).__name__, f"{m:>5}", str(m))
