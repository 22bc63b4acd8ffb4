from collections import deque
deque().pop()
