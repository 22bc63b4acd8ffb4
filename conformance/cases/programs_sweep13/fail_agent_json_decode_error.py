import json


class ToolCallError(Exception):
    pass


def extract_tool_call(model_output):
    start = model_output.index("{")
    end = model_output.rindex("}") + 1
    try:
        return json.loads(model_output[start:end])
    except json.JSONDecodeError as e:
        snippet = model_output[start:end][max(0, e.pos - 5):e.pos + 5]
        raise ToolCallError(f"bad JSON at line {e.lineno} col {e.colno} ({e.msg}) near {snippet!r}") from None


good = 'Sure! {"tool": "calc", "args": {"expr": "2+2"}} done'
print(extract_tool_call(good))
try:
    extract_tool_call('{"tool": "calc", "args": [1, 2,]}')
except ToolCallError as e:
    print("retrying after:", e)
bad = "Calling tool: {'tool': 'calc', 'args': {'expr': '3*3'}}"
print(extract_tool_call(bad))
