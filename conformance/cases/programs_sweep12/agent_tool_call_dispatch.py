import json

TOOLS = {}


def tool(fn):
    TOOLS[fn.__name__] = fn
    return fn


@tool
def add(a: float, b: float) -> float:
    """Add two numbers."""
    return a + b


@tool
def word_count(text: str) -> dict:
    """Count words in text."""
    words = text.lower().split()
    return {"words": len(words), "unique": len(set(words))}


@tool
def lookup(key: str, table: dict = None) -> str:
    """Look a key up in a table."""
    table = table or {"pi": "3.14159", "e": "2.71828"}
    return table[key]


def call(request):
    try:
        req = json.loads(request)
        fn = TOOLS[req["tool"]]
        result = fn(**req.get("args", {}))
        return json.dumps({"ok": True, "result": result})
    except json.JSONDecodeError as e:
        return json.dumps({"ok": False, "error": f"bad json: {e.msg}"})
    except KeyError as e:
        return json.dumps({"ok": False, "error": f"unknown {e.args[0]!r}"})
    except TypeError as e:
        return json.dumps({"ok": False, "error": str(e)})


for req in ['{"tool": "add", "args": {"a": 2, "b": 3.5}}',
            '{"tool": "word_count", "args": {"text": "the cat and the hat"}}',
            '{"tool": "lookup", "args": {"key": "pi"}}',
            '{"tool": "lookup", "args": {"key": "tau"}}',
            '{"tool": "add", "args": {"a": 1}}',
            '{"tool": "delete_everything"}',
            '{"tool": "add", "args": {"a": 1, "b": 2, "c": 3}}',
            "{not json}"]:
    print(call(req))
print(json.dumps({name: {"doc": fn.__doc__, "params": {k: v.__name__ for k, v in fn.__annotations__.items()}}
                  for name, fn in TOOLS.items()}, indent=1))
