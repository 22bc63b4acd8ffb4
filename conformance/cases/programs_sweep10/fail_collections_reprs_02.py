from collections import deque
deque(maxlen=-1)
