# array as a sequence: indexing, slicing, slice assignment, the list-like
# methods, concatenation and repetition, comparisons, bytes round trips.
from array import array
import copy
import io

a = array("i", range(6))
print(a[0], a[-1], a[1:4], a[::-2], a[10:], len(a), 3 in a, 9 in a, list(reversed(a)))
a[0] = 100
a[1:3] = array("i", [7, 8, 9])
print(a)
del a[::2]
print(a)
a[::2] = array("i", [-1, -2])
print(a)
for action in [lambda: a[::2].__len__() and a.__setitem__(slice(None, None, 2), array("i", [1])),
               lambda: a.__setitem__(slice(0, 1), [4]),
               lambda: a.__setitem__(slice(0, 1), array("d", [4.0])),
               lambda: a[99], lambda: a.__setitem__(99, 1), lambda: a.__delitem__(99),
               lambda: a.__setitem__(0, "x"), lambda: a["k"]]:
    try:
        action()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

b = array("d", [1.5, 2.5])
b.append(3)
b.extend([4, 5.5])
b.extend(array("d", [6]))
b.insert(0, -1)
b.insert(100, 99)
b.insert(-100, -99)
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.remove(2.5)
print(b, b.index(3.0), b.count(3.0), b.index(b[-1], 1), b.tolist())
b.reverse()
b.fromlist([7, 8])
print(b)
for action in [lambda: b.remove(42), lambda: b.index(42), lambda: array("i").pop(),
               lambda: b.pop(50), lambda: b.extend(array("i", [1])), lambda: b.fromlist((1,)),
               lambda: b.fromlist([1, "x"]), lambda: b.append("x"), lambda: b.insert(1.0, 2)]:
    try:
        action()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(b)

c = array("h", [1, 2])
print(c + array("h", [3]), c * 2, 3 * c, c * 0, c * -1)
c += array("h", [5])
c *= 2
print(c)
for action in [lambda: c + [1], lambda: c + array("i"), lambda: c.__iadd__([1]),
               lambda: c.__iadd__(array("b")), lambda: c * "x", lambda: c * 1.5, lambda: hash(c)]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
print(array("i", [1, 2]) < array("i", [1, 3]), array("i", [1]) == array("d", [1.0]),
      array("i", [1]) == [1], array("b", [1, 2]) >= array("b", [1]), array("i") != array("i"))

for code, values in [("h", [1, -2, 300]), ("I", [1, 2 ** 32 - 1]), ("d", [0.5, -2.25]),
                     ("f", [1.5]), ("u", "añ☃"), ("q", [-1])]:
    arr = array(code, values)
    raw = arr.tobytes()
    back = array(code)
    back.frombytes(raw)
    swapped = array(code, values)
    if code != "u":
        swapped.byteswap()
    print(code, raw, back == arr, swapped.tolist() if code != "u" else "")
try:
    array("i").frombytes(b"12345")
except ValueError as e:
    print(e)
u = array("u", "ab")
u.fromunicode("cd")
print(u.tounicode(), u)
for action in [lambda: array("i").tounicode(), lambda: array("i").fromunicode("x"),
               lambda: u.fromunicode(5), lambda: array("i").frombytes("x")]:
    try:
        action()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

stream = io.BytesIO()
array("i", [1, 2, 3]).tofile(stream)
stream.seek(0)
loaded = array("i")
loaded.fromfile(stream, 2)
print(loaded, stream.read())
print(copy.copy(loaded), copy.deepcopy(loaded), copy.copy(loaded) is loaded)


class Samples(array):
    def mean(self):
        return sum(self) / len(self)


s = Samples("d", [1, 2, 4])
print(repr(s), s.mean(), type(s[1:]).__name__, type(s + s).__name__, isinstance(s, array))
print(sorted(array("i", [3, 1, 2])), max(array("B", b"hello")), sum(array("f", [0.5] * 4)))
