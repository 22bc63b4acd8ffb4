# __hash__ returning a string breaks set membership.
class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Tag) and other.name == self.name

    def __hash__(self):
        return self.name.lower()


print(Tag("a") == Tag("a"))
tags = {Tag("python"), Tag("moat")}
