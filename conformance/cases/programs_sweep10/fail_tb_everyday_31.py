from collections import deque
deque([1]).rotate("x")
