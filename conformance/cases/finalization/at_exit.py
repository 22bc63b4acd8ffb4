# Objects alive at the end are finalized after the last line: the main
# module's names starting with one underscore first, then the others in
# definition order.
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


first = A("first")
_private = A("_private")
items = [A("item0"), A("item1")]
last = A("last")
__dunder = A("__dunder")
print("last line")
