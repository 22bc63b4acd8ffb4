import json
from dataclasses import dataclass, field


@dataclass
class Step:
    id: int
    tool: str
    args: dict
    depends: list = field(default_factory=list)
    result: object = None
    status: str = "pending"


def run_plan(plan, tools):
    steps = {s["id"]: Step(**s) for s in plan}
    done = set()
    trace = []
    while len(done) < len(steps):
        progressed = False
        for s in steps.values():
            if s.status != "pending" or any(d not in done for d in s.depends):
                continue
            args = {k: (steps[int(v[1:])].result if isinstance(v, str) and v.startswith("$") else v) for k, v in s.args.items()}
            try:
                s.result = tools[s.tool](**args)
                s.status = "ok"
            except Exception as e:
                s.result = f"{type(e).__name__}: {e}"
                s.status = "error"
            done.add(s.id)
            trace.append((s.id, s.tool, s.status, s.result))
            progressed = True
        if not progressed:
            raise RuntimeError("plan is stuck: " + str(sorted(set(steps) - done)))
    return trace


tools = {
    "fetch": lambda city: {"oslo": 3, "lima": 19}.get(city.lower()),
    "to_f": lambda c: c * 9 / 5 + 32,
    "fmt": lambda c, f: f"{c}C = {f:.1f}F",
    "div": lambda a, b: a / b,
}
plan = json.loads("""[
 {"id": 1, "tool": "fetch", "args": {"city": "Oslo"}},
 {"id": 2, "tool": "to_f", "args": {"c": "$1"}, "depends": [1]},
 {"id": 3, "tool": "fmt", "args": {"c": "$1", "f": "$2"}, "depends": [1, 2]},
 {"id": 4, "tool": "div", "args": {"a": "$1", "b": 0}, "depends": [1]}
]""")
for row in run_plan(plan, tools):
    print(row)
try:
    run_plan([{"id": 1, "tool": "fetch", "args": {"city": "x"}, "depends": [2]}, {"id": 2, "tool": "fetch", "args": {"city": "y"}, "depends": [1]}], tools)
except RuntimeError as e:
    print("RuntimeError:", e)
