from dataclasses import dataclass, field
import re


@dataclass
class Mail:
    sender: str
    subject: str
    body: str
    tags: set = field(default_factory=set)
    score: int = 0


RULES = [
    (lambda m: m.sender.endswith("@boss.com"), 50, "boss"),
    (lambda m: re.search(r"\burgent\b", m.subject, re.I), 30, "urgent"),
    (lambda m: re.search(r"unsubscribe", m.body, re.I), -40, "newsletter"),
    (lambda m: "?" in m.subject, 5, "question"),
    (lambda m: len(m.body) > 80, -5, "long"),
]
inbox = [
    Mail("ceo@boss.com", "Quarterly numbers", "Please review by Friday."),
    Mail("deals@shop.com", "URGENT: 50% off", "Click now! To unsubscribe reply STOP."),
    Mail("friend@mail.com", "Lunch?", "Are you free tomorrow?"),
    Mail("ops@corp.com", "Urgent outage", "Database is down. " * 6),
]
for m in inbox:
    for pred, pts, tag in RULES:
        if pred(m):
            m.score += pts
            m.tags.add(tag)
for m in sorted(inbox, key=lambda m: (-m.score, m.sender)):
    print(f"{m.score:>4} {m.sender:<16} {m.subject:<20} {','.join(sorted(m.tags))}")
