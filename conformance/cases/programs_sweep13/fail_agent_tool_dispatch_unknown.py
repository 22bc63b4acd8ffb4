import math

TOOLS = {}


def tool(fn):
    TOOLS[fn.__name__] = fn
    return fn


@tool
def add(a, b):
    return a + b


@tool
def sqrt(x):
    return math.sqrt(x)


def dispatch(call):
    name, args = call["name"], call.get("args", {})
    return TOOLS[name](**args)


calls = [{"name": "add", "args": {"a": 2, "b": 3}}, {"name": "sqrt", "args": {"x": 16}}]
for c in calls:
    print(c["name"], "->", dispatch(c))
print(dispatch({"name": "multiply", "args": {"a": 2, "b": 3}}))
