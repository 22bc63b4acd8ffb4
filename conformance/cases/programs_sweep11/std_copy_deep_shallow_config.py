import copy

base = {"name": "svc", "ports": [80, 443], "env": {"DEBUG": False, "paths": ["/a"]}}
shallow = copy.copy(base)
deep = copy.deepcopy(base)
shallow["ports"].append(8080)
deep["env"]["paths"].append("/b")
shallow["name"] = "changed"
print(base)
print(shallow["ports"] is base["ports"], deep["env"] is base["env"], deep["env"]["paths"])


class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0] is kid, clone.children[0].children[0].val)
t = (1, [2, 3])
t2 = copy.deepcopy(t)
print(t2 == t, t2 is t, t2[1] is t[1], copy.copy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[1] is cyc, len(cc))
