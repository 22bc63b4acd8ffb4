# append, extend, insert.
xs = []
xs.append(1)
xs.append([2, 3])
xs.extend([4, 5])
xs.extend("ab")
xs.extend(range(2))
xs.extend((9,))
xs.extend({7: "seven"})
print(xs, len(xs))
xs.insert(0, "first")
xs.insert(len(xs), "last")
xs.insert(-1, "before last")
xs.insert(100, "way past end")
xs.insert(-100, "way before start")
xs.insert(3, 3.5)
print(xs)
ys = [1, 2]
ys.extend(ys)
print(ys)
ys += [3]
ys += "xy"
print(ys)
print(ys.append(0), ys.extend([]), ys.insert(0, 0))
try:
    ys.extend(5)
except TypeError as e:
    print("TypeError", e)
try:
    ys.append(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    ys.insert(1)
except TypeError as e:
    print("TypeError", e)
try:
    ys += 5
except TypeError as e:
    print("TypeError", e)
try:
    ys = ys + (1,)
except TypeError as e:
    print("TypeError", e)
