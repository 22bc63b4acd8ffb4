import copy


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __repr__(self):
        return f"Node({self.name}, links={[n.name for n in self.links]})"


a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
graph = {"nodes": [a, b], "meta": {"tags": ["x", "y"]}}
shallow = copy.copy(graph)
deep = copy.deepcopy(graph)
print(shallow["nodes"] is graph["nodes"], deep["nodes"] is graph["nodes"])
print(deep["nodes"][0].links[0].links[0] is deep["nodes"][0], deep["nodes"])
deep["meta"]["tags"].append("z")
print(graph["meta"], deep["meta"])


class Config:
    def __init__(self, values):
        self.values = values
        self.cache = {"computed": True}

    def __deepcopy__(self, memo):
        new = Config(copy.deepcopy(self.values, memo))
        return new

    def __copy__(self):
        c = Config(self.values)
        c.cache = {}
        return c


c = Config({"a": [1, 2]})
c2 = copy.deepcopy(c)
c3 = copy.copy(c)
print(c2.values is c.values, c2.values == c.values, c2.cache, c3.values is c.values, c3.cache)
t = (1, [2, 3], frozenset({4}))
t2 = copy.deepcopy(t)
print(t2 == t, t2 is t, t2[1] is t[1], copy.deepcopy((1, 2)) is not None, copy.copy([1, [2]])[1] is not None)
lst = [1, 2]
lst.append(lst)
lst2 = copy.deepcopy(lst)
print(lst2[2] is lst2, lst2)
