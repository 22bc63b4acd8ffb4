import json, re, inspect
from dataclasses import dataclass, field, asdict
from typing import Callable, Dict, List, Optional, get_type_hints
from functools import wraps

@dataclass
class Tool:
    name: str
    fn: Callable
    description: str
    params: Dict[str, str] = field(default_factory=dict)

REGISTRY: Dict[str, Tool] = {}
TYPE_NAMES = {int: "integer", str: "string", float: "number", bool: "boolean", list: "array"}

def tool(fn):
    hints = get_type_hints(fn)
    sig = inspect.signature(fn)
    params = {}
    for pname, p in sig.parameters.items():
        t = hints.get(pname, str)
        params[pname] = TYPE_NAMES.get(getattr(t, "__origin__", t), "object") + ("" if p.default is inspect.Parameter.empty else "?")
    REGISTRY[fn.__name__] = Tool(fn.__name__, fn, inspect.getdoc(fn) or "", params)
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@tool
def add(a: int, b: int = 0) -> int:
    """Add two integers.

    Returns their sum.
    """
    return a + b

@tool
def search(query: str, limit: int = 3, tags: Optional[List[str]] = None) -> list:
    """  Search the corpus.  """
    corpus = ["apple pie", "apple tart", "banana split", "cherry pie", "pie chart"]
    hits = [c for c in corpus if re.search(rf"\b{re.escape(query)}\b", c)]
    return hits[:limit]

@tool
def ratio(x: float, y: float) -> float:
    return x / y

def schema():
    return [{"name": t.name, "description": t.description, "parameters": t.params} for t in REGISTRY.values()]
print(json.dumps(schema(), indent=2))

CALL = re.compile(r"(?P<name>\w+)\((?P<args>.*)\)$")
def dispatch(line):
    m = CALL.match(line.strip())
    if not m:
        return {"error": f"unparseable: {line!r}"}
    t = REGISTRY.get(m["name"])
    if t is None:
        return {"error": f"unknown tool {m['name']}"}
    try:
        args = json.loads("{" + m["args"] + "}") if m["args"] else {}
        sig = inspect.signature(t.fn)
        bound = sig.bind(**args)
        bound.apply_defaults()
        return {"ok": t.fn(*bound.args, **bound.kwargs), "args": dict(bound.arguments)}
    except json.JSONDecodeError as e:
        return {"error": f"bad json: {e}"}
    except TypeError as e:
        return {"error": f"TypeError: {e}"}
    except ZeroDivisionError as e:
        return {"error": f"ZeroDivisionError: {e}"}

for line in ['add("a": 2, "b": 5)', 'add("a": 2)', 'search("query": "pie", "limit": 2)', 'search("query": "apple")',
             'ratio("x": 1, "y": 0)', 'nope()', 'add("c": 1)', 'add("a": 1, "a": 2)', 'garbage', 'add("a" 1)', 'add()']:
    print(line, "=>", json.dumps(dispatch(line), sort_keys=True))
print(inspect.signature(search), inspect.signature(add).return_annotation, str(inspect.signature(ratio).parameters["x"]))
print(add.__wrapped__.__doc__.splitlines()[0], inspect.getdoc(search), inspect.isfunction(add), inspect.iscoroutinefunction(add))
print([p.kind.name for p in inspect.signature(lambda a, /, b, *c, d, **e: 0).parameters.values()])
sig = inspect.signature(lambda a, b=2, *, c: 0)
try:
    sig.bind(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    sig.bind()
except TypeError as e:
    print("TypeError", e)
print(sig.bind_partial(1).arguments, sig.replace(return_annotation=int))
