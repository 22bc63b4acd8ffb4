# __eq__ that compares again: each level is a comparison step plus a
# Python frame, so half as many levels as plain recursion.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self == other
print(P(1) == P(1))
