from collections import deque

window = deque(maxlen=3)
for i in range(5):
    window.append(i)
print(window, window[0], window[-1])
print(window[3])
