# Error messages from set operations.
s = {1, 2}
try:
    s[0]
except TypeError as e:
    print("TypeError", e)
try:
    s + {3}
except TypeError as e:
    print("TypeError", e)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", e)
try:
    set(5)
except TypeError as e:
    print("TypeError", e)
try:
    s.update(5)
except TypeError as e:
    print("TypeError", e)
try:
    {1} < 1
except TypeError as e:
    print("TypeError", e)
try:
    s.add()
except TypeError as e:
    print("TypeError", e)
try:
    {[]}
except TypeError as e:
    print("TypeError", e)
try:
    s.remove([])
except TypeError as e:
    print("TypeError", e)
print([] in [[]], s.discard(5), s)
