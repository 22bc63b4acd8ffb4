class Builder:
    def __init__(self):
        self.parts = []

    def add(self, part):
        self.parts.append(part)
        return self

    def sep(self, s):
        self.parts.append(s)

    def build(self):
        return "".join(self.parts)


print(Builder().add("a").add("b").build())
print(Builder().add("x").sep("-").add("y").build())
