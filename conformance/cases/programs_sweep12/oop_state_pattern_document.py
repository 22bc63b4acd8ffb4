class State:
    name = "?"
    allowed = {}

    def handle(self, doc, action, user):
        target = self.allowed.get(action)
        if target is None:
            return f"cannot {action} a {self.name} document"
        if action in ("approve", "reject") and user == doc.author:
            return f"{user} cannot {action} their own document"
        doc.state = target()
        doc.log.append((action, user, doc.state.name))
        return f"{self.name} -> {doc.state.name}"


class Draft(State):
    name = "draft"


class Review(State):
    name = "review"


class Published(State):
    name = "published"


class Archived(State):
    name = "archived"


Draft.allowed = {"submit": Review}
Review.allowed = {"approve": Published, "reject": Draft}
Published.allowed = {"archive": Archived, "unpublish": Draft}
Archived.allowed = {}


class Document:
    def __init__(self, title, author):
        self.title, self.author = title, author
        self.state = Draft()
        self.log = []

    def do(self, action, user):
        return self.state.handle(self, action, user)


doc = Document("Q3 plan", "ann")
for action, user in [("approve", "bob"), ("submit", "ann"), ("approve", "ann"), ("reject", "bob"),
                     ("submit", "ann"), ("approve", "bob"), ("submit", "ann"), ("archive", "cy"),
                     ("unpublish", "cy")]:
    print(f"{user:>4} {action:<9} {doc.do(action, user)}")
print(doc.state.name, doc.log)
print({cls.name: sorted(cls.allowed) for cls in (Draft, Review, Published, Archived)})
