class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None):
        self.val = val; self.next = next
    def __repr__(self): return f"Node({self.val!r})"

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None; self._size = 0
        for x in reversed(list(iterable)):
            self.push(x)
    def push(self, x):
        self.head = Node(x, self.head); self._size += 1
    def append(self, x):
        node = Node(x)
        if not self.head:
            self.head = node
        else:
            cur = self.head
            while cur.next: cur = cur.next
            cur.next = node
        self._size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.val; self.head = self.head.next; self._size -= 1
        return v
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.next
    def __len__(self): return self._size
    def __repr__(self): return "[" + " -> ".join(map(repr, self)) + "]"
    def __getitem__(self, i):
        if i < 0: i += len(self)
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError("list index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __reversed__(self):
        return reversed(list(self))
    def remove(self, x):
        prev, cur = None, self.head
        while cur and cur.val != x:
            prev, cur = cur, cur.next
        if cur is None:
            raise ValueError(f"{x!r} not in list")
        if prev: prev.next = cur.next
        else: self.head = cur.next
        self._size -= 1

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], list(reversed(ll)), 4 in ll, 9 in ll)
ll.append(9); ll.push(0); print(ll)
ll.reverse(); print(ll, ll.head, ll.head.next)
ll.remove(1); print(ll)
for bad in (42,):
    try: ll.remove(bad)
    except ValueError as e: print("ValueError:", e)
while True:
    try:
        print("popped", ll.pop(), "left", ll)
    except IndexError as e:
        print("IndexError:", e); break
try:
    ll[3]
except IndexError as e:
    print("IndexError:", e)
try:
    ll.head.other = 1
except AttributeError as e:
    print("AttributeError:", e)
n = Node(1)
try:
    n.extra = 2
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(n, '__dict__'), Node.__slots__)

class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x)
    def pop(self): return self._items.pop()
    def peek(self): return self._items[-1]
    def is_empty(self): return not self._items
    def __len__(self): return len(self._items)
    def __str__(self): return f"Stack({self._items})"

def balanced(s):
    st = Stack(); pairs = {')': '(', ']': '[', '}': '{'}
    for ch in s:
        if ch in '([{': st.push(ch)
        elif ch in pairs:
            if st.is_empty() or st.pop() != pairs[ch]:
                return False
    return st.is_empty()
for s in ["([]{})", "([)]", "((", "", "a(b)c[d]{e}", "}"]:
    print(repr(s), balanced(s))
def to_postfix(expr):
    prec = {'+': 1, '-': 1, '*': 2, '/': 2, '^': 3}
    out, ops = [], Stack()
    for tok in expr.split():
        if tok.isdigit(): out.append(tok)
        elif tok == '(': ops.push(tok)
        elif tok == ')':
            while ops.peek() != '(': out.append(ops.pop())
            ops.pop()
        else:
            while len(ops) and ops.peek() != '(' and (prec[ops.peek()] > prec[tok] or prec[ops.peek()] == prec[tok] and tok != '^'):
                out.append(ops.pop())
            ops.push(tok)
        print(f"{tok:>3} out={' '.join(out):<20} {ops}")
    while len(ops): out.append(ops.pop())
    return ' '.join(out)
print(to_postfix("3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3"))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    Stack().peek()
except IndexError as e:
    print("IndexError:", e)
