def execute(cmds):
    stack = []
    out = []
    for cmd in cmds:
        match cmd:
            case ("push", int(v)):
                stack.append(v)
            case ("push", str(v)):
                stack.append(int(v))
            case ("pop",):
                out.append(stack.pop() if stack else None)
            case ("add" | "mul") as op, :
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ("dup", n) if n > 0:
                stack.extend([stack[-1]] * n)
            case ("print", *fmt):
                out.append(("print",) + tuple(fmt) + (list(stack),))
            case {"op": "clear"}:
                stack.clear()
            case (name, *args):
                out.append(f"unknown {name} with {len(args)} args")
            case other:
                out.append(f"malformed {other!r}")
    return out, stack
print(execute([("push", 2), ("push", "3"), ("add",), ("dup", 2), ("mul",), ("print", "stack"), ("pop",), ("pop",), ("pop",),
               ("jump", 1, 2), {"op": "clear"}, ("push", 1), 42, ("dup", 0)]))
def tree_sum(t):
    match t:
        case {"leaf": int(v)}:
            return v
        case {"node": [left, right]}:
            return tree_sum(left) + tree_sum(right)
        case {"node": [only]}:
            return tree_sum(only)
        case _:
            raise ValueError(f"bad tree {t!r}")
tree = {"node": [{"leaf": 1}, {"node": [{"node": [{"leaf": 2}]}, {"leaf": 3}]}]}
print(tree_sum(tree))
try:
    tree_sum({"node": [{"leaf": "x"}]})
except ValueError as e:
    print(type(e).__name__, e)
