# list.clear, dict.clear, set.clear and list.remove drop the items the
# container held the last reference to right there, as CPython does.
class Res:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == (other.n if isinstance(other, Res) else other)

    __hash__ = object.__hash__

    def __del__(self):
        print("del", self.n)


items = [Res(1), Res(2), Res(3)]
items.clear()
print("after list.clear", items)
table = {"a": Res(4), "b": Res(5)}
table.clear()
print("after dict.clear", table)
keyed = {Res(6): Res(7)}
keyed.clear()
print("after dict.clear with object keys")
bag = {Res(8)}
bag.clear()
print("after set.clear", bag)
queue = [Res(9), Res(10)]
queue.remove(9)
print("after list.remove", len(queue))
shared = Res(11)
holder = [shared, shared]
holder.clear()
print("still held by a name")
del shared
print("end")
