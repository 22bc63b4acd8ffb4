# Changing a dict's size while iterating raises RuntimeError; iterate over a copy.
d = {i: i * i for i in range(6)}
try:
    for k in d:
        if k % 2 == 0:
            del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2 == 0:
        del d[k]
print(d)
for k in d:
    d[k] = -d[k]
print(d)
try:
    for k in d.values():
        d[k * 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
