# pop, remove, del and clear.
xs = list(range(10))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(3), xs)
xs.remove(5)
print(xs)
xs.append(2)
xs.remove(2)
print(xs)
del xs[0]
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    xs.remove(99)
except ValueError as e:
    print("ValueError", e)
try:
    del xs[50]
except IndexError as e:
    print("IndexError", e)
try:
    xs.pop("0")
except TypeError as e:
    print("TypeError", e)
xs.clear()
print(xs, len(xs))
stack = []
for ch in "abc":
    stack.append(ch)
while stack:
    print("popped", stack.pop())
queue = [1, 2, 3]
while queue:
    print("served", queue.pop(0), "remaining", queue)
