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


class Queue:
    """Queue built from two stacks (amortized O(1))."""

    def __init__(self):
        self._in, self._out = Stack(), Stack()

    def enqueue(self, x):
        self._in.push(x)

    def dequeue(self):
        if not len(self._out):
            while len(self._in):
                self._out.push(self._in.pop())
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)


class RingBuffer:
    def __init__(self, cap):
        self.buf = [None] * cap
        self.start = self.size = 0

    def push(self, x):
        end = (self.start + self.size) % len(self.buf)
        self.buf[end] = x
        if self.size == len(self.buf):
            self.start = (self.start + 1) % len(self.buf)
        else:
            self.size += 1

    def __iter__(self):
        return (self.buf[(self.start + i) % len(self.buf)] for i in range(self.size))


s = Stack()
for ch in "abc":
    s.push(ch)
print(s, s.peek(), s.pop(), len(s))
q = Queue()
for i in range(5):
    q.enqueue(i)
print([q.dequeue() for _ in range(3)], len(q))
q.enqueue(99)
print([q.dequeue() for _ in range(len(q))])
try:
    q.dequeue()
except IndexError as e:
    print("IndexError:", e)
rb = RingBuffer(3)
for i in range(7):
    rb.push(i)
    print(i, list(rb))


def balanced(expr):
    st = Stack()
    for ch in expr:
        if ch in "([{":
            st.push(ch)
        elif ch in ")]}":
            if not len(st) or "([{"[")]}".index(ch)] != st.pop():
                return False
    return not len(st)


print([balanced(e) for e in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]])
