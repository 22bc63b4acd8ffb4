from __future__ import annotations
import json
from dataclasses import dataclass, field, asdict, astuple, fields, replace
from typing import Any, Dict, List, Optional, Tuple, TypedDict, Literal, NamedTuple

class Point(NamedTuple):
    x: float
    y: float
    label: str = ""

class Config(TypedDict, total=False):
    name: str
    retries: int

@dataclass
class ToolResult:
    tool: str
    ok: bool
    output: Optional[str] = None
    meta: Dict[str, Any] = field(default_factory=dict)
    tags: List[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

def run_tool(name: str, args: Dict[str, Any]) -> ToolResult:
    if name == "add":
        return ToolResult(name, True, str(sum(args["values"])), {"count": len(args["values"])})
    if name == "upper":
        return ToolResult(name, True, args["text"].upper(), tags=["text"])
    return ToolResult(name, False, meta={"error": f"unknown tool {name!r}"})

calls = [("add", {"values": [1, 2, 3.5]}), ("upper", {"text": "héllo"}), ("rm", {})]
results = [run_tool(n, a) for n, a in calls]
for r in results:
    print(r.to_json())
print(results[0])
print(astuple(results[1]))
print([f.name for f in fields(ToolResult)])
print(replace(results[2], ok=True))
print(json.dumps([asdict(r) for r in results], indent=2, ensure_ascii=False))
print(json.dumps({"s": "héllo", "n": None, "t": True, "f": 1.0, "l": [1, [2, {}]]}))
p = Point(1.5, 2)
print(p, p._asdict(), p._replace(label="A"), Point._field_defaults)
print(list(Point._fields))
cfg: Config = {"name": "x", "retries": 3}
print(cfg, type(cfg).__name__)
mode: Literal["fast", "slow"] = "fast"
print(mode)
def summarize(rs: List[ToolResult]) -> Tuple[int, int]:
    ok = sum(r.ok for r in rs)
    return ok, len(rs) - ok
print(summarize(results))
print(summarize.__annotations__)
print(ToolResult.__annotations__)
