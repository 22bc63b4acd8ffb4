from collections import deque
deque().popleft()
