from collections import ChainMap


class Interp:
    def __init__(self):
        self.scope = ChainMap({"print": "builtin", "x": 0})

    def run(self, prog):
        out = []
        for stmt in prog:
            op, *args = stmt
            if op == "enter":
                self.scope = self.scope.new_child()
            elif op == "leave":
                self.scope = self.scope.parents
            elif op == "set":
                self.scope[args[0]] = args[1]
            elif op == "get":
                out.append((args[0], self.scope.get(args[0], "<undefined>")))
            elif op == "del":
                try:
                    del self.scope[args[0]]
                except KeyError as e:
                    out.append(("del-fail", str(e)))
        return out


it = Interp()
prog = [("set", "x", 1), ("enter",), ("set", "x", 2), ("set", "y", 3), ("get", "x"), ("get", "y"), ("del", "print"),
        ("enter",), ("get", "x"), ("del", "x"), ("leave",), ("leave",), ("get", "x"), ("get", "y")]
for r in it.run(prog):
    print(r)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm.maps, list(cm.keys()), dict(cm), cm.parents.maps, len(cm.new_child().maps))
