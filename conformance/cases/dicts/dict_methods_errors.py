# Wrong calls on dict methods.
d = {"a": 1}
try:
    d.keys(1)
except TypeError as e:
    print("TypeError", e)
try:
    d.pop()
except TypeError as e:
    print("TypeError", e)
try:
    d.setdefault()
except TypeError as e:
    print("TypeError", e)
try:
    d.append(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    d.fromkeys()
except TypeError as e:
    print("TypeError", e)
try:
    d + d
except TypeError as e:
    print("TypeError", e)
try:
    d["a"]["b"]
except TypeError as e:
    print("TypeError", e)
try:
    len(d, d)
except TypeError as e:
    print("TypeError", e)
print(d)
