from enum import Enum, auto


class Status(Enum):
    DRAFT = auto()
    REVIEW = auto()
    APPROVED = auto()
    PUBLISHED = auto()
    ARCHIVED = auto()

    @property
    def allowed(self):
        return {
            Status.DRAFT: {Status.REVIEW},
            Status.REVIEW: {Status.DRAFT, Status.APPROVED},
            Status.APPROVED: {Status.PUBLISHED, Status.DRAFT},
            Status.PUBLISHED: {Status.ARCHIVED},
            Status.ARCHIVED: set(),
        }[self]

    def to(self, other):
        if other not in self.allowed:
            raise ValueError(f"{self.name} -> {other.name} not allowed")
        return other


s = Status.DRAFT
for nxt in ["REVIEW", "APPROVED", "PUBLISHED", "DRAFT", "ARCHIVED"]:
    try:
        s = s.to(Status[nxt])
        print("now", s.name, s.value)
    except ValueError as e:
        print("ValueError", e)
print([m.name for m in Status if not m.allowed], sorted(x.name for x in Status.REVIEW.allowed))
print(Status.DRAFT < Status.REVIEW if False else "unordered", Status(3), list(Status.__members__)[:2])
try:
    Status.DRAFT < Status.REVIEW
except TypeError as e:
    print("TypeError", e)
