# saferepr, isreadable, isrecursive and recursion handling.
import pprint

print(pprint.saferepr([1, "a", (2, 3), {"k": None}]))
print(pprint.saferepr({"b": 1, "a": 2}))
print(pprint.isreadable([1, 2, 3]), pprint.isreadable({"a": (1, 2.5)}))
print(pprint.isreadable([1, object]), pprint.isreadable(len))
print(pprint.isrecursive([1, 2]), pprint.isreadable(3j))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r))
d = {"a": 1}
d["self"] = d
print(pprint.isrecursive(d))
print(pprint.isrecursive({"x": [{"y": []}]}))
p = pprint.PrettyPrinter()
print(p.isreadable([1, 2]), p.isrecursive(r), p.isreadable(r))
print(p.format([1, 2], {}, 0, 0))
print(pprint.saferepr([[1, [2, [3]]]]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

pprint.pprint([Point(i, i * i) for i in range(12)])
print(pprint.isreadable(Point(1, 2)))

class L(list):
    pass

class R(list):
    def __repr__(self):
        return "R!"

pprint.pprint(L(range(30)))
pprint.pprint(R(range(30)))
pprint.pprint({"r": R(), "l": L([1])})

class D(dict):
    pass

pprint.pprint(D((i, str(i) * 5) for i in range(12)))
print(pprint.__all__)
