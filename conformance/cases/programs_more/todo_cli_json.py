import json
from dataclasses import dataclass, field, asdict
from typing import List

@dataclass
class Todo:
    id: int
    text: str
    done: bool = False
    tags: List[str] = field(default_factory=list)

class TodoApp:
    def __init__(self):
        self.items: List[Todo] = []
        self.next_id = 1

    def dispatch(self, line: str) -> str:
        cmd, _, rest = line.partition(" ")
        handler = getattr(self, f"cmd_{cmd}", None)
        if handler is None:
            return f"unknown command: {cmd}"
        try:
            return handler(rest)
        except (ValueError, IndexError) as e:
            return f"error: {e}"

    def cmd_add(self, rest):
        words = rest.split()
        tags = [w[1:] for w in words if w.startswith("#")]
        text = " ".join(w for w in words if not w.startswith("#"))
        if not text:
            raise ValueError("empty todo")
        self.items.append(Todo(self.next_id, text, tags=tags))
        self.next_id += 1
        return f"added #{self.next_id - 1}"

    def _find(self, rest):
        tid = int(rest)
        for t in self.items:
            if t.id == tid:
                return t
        raise IndexError(f"no todo {tid}")

    def cmd_done(self, rest):
        t = self._find(rest)
        t.done = True
        return f"completed {t.text!r}"

    def cmd_rm(self, rest):
        t = self._find(rest)
        self.items.remove(t)
        return f"removed {t.id}"

    def cmd_list(self, rest):
        shown = [t for t in self.items if not rest or rest in t.tags]
        if not shown:
            return "(nothing)"
        return "\n".join(f"[{'x' if t.done else ' '}] {t.id:>2}. {t.text}" + (f"  #{' #'.join(t.tags)}" if t.tags else "") for t in shown)

    def cmd_export(self, rest):
        return json.dumps([asdict(t) for t in self.items], indent=None if rest != "pretty" else 2)

    def cmd_import(self, rest):
        for d in json.loads(rest):
            self.items.append(Todo(**d))
        self.next_id = max(t.id for t in self.items) + 1
        return f"imported, now {len(self.items)}"

app = TodoApp()
session = ["add buy milk #home", "add write report #work #urgent", "add call mom #home", "add", "list", "done 2",
           "done 9", "done x", "list home", "rm 1", "list", "export", "fly away",
           'import [{"id": 10, "text": "imported", "done": true, "tags": ["z"]}]', "list", "add after import", "export pretty"]
for line in session:
    print(f"$ {line}")
    print(app.dispatch(line))
