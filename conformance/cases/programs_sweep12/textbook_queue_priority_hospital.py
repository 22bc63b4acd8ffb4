import heapq
from dataclasses import dataclass, field
from itertools import count

_seq = count()


@dataclass(order=True)
class Patient:
    severity: int
    arrival: int = field(default_factory=lambda: next(_seq))
    name: str = field(default="", compare=False)
    complaint: str = field(default="", compare=False)


class Triage:
    def __init__(self, doctors):
        self.queue = []
        self.free = list(range(1, doctors + 1))
        self.treating = {}

    def arrive(self, name, severity, complaint):
        heapq.heappush(self.queue, Patient(-severity, name=name, complaint=complaint))
        return f"{name} arrives (severity {severity}, {complaint})"

    def assign(self):
        msgs = []
        while self.free and self.queue:
            p = heapq.heappop(self.queue)
            doc = self.free.pop(0)
            self.treating[doc] = p
            msgs.append(f"Dr{doc} sees {p.name}")
        return msgs

    def discharge(self, doc):
        p = self.treating.pop(doc)
        self.free.append(doc)
        self.free.sort()
        return f"Dr{doc} discharges {p.name}"


er = Triage(doctors=2)
script = [("arrive", "ann", 3, "sprain"), ("arrive", "bob", 8, "chest pain"), ("arrive", "cy", 3, "cut"),
          ("assign",), ("arrive", "di", 9, "bleeding"), ("arrive", "ed", 1, "cough"), ("discharge", 1),
          ("assign",), ("discharge", 2), ("assign",), ("discharge", 1), ("assign",)]
for step in script:
    out = getattr(er, step[0])(*step[1:])
    for line in out if isinstance(out, list) else [out]:
        print(line)
print("waiting:", [p.name for p in sorted(er.queue)], "treating:", {d: p.name for d, p in er.treating.items()})
