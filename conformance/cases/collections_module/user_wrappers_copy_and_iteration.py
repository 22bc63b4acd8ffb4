# copy.copy of a UserList subclass goes through the subclass's __new__ and
# keeps instance attributes; UserList and UserString iterate through
# __getitem__ as Sequence does, so a string's items keep its class.
import copy
from collections import UserList, UserString


class Tracked(UserList):
    made = 0

    def __new__(cls, *args):
        cls.made += 1
        return super().__new__(cls)


t = Tracked([3, 1])
t.label = "first"
u = copy.copy(t)
print(type(u).__name__, u, u.label, u.data is t.data, Tracked.made)
u.append(9)
print(t, u, t.copy(), type(t.copy()).__name__, Tracked.made)


class Loud(UserString):
    def __getitem__(self, index):
        return Loud(self.data[index].upper())


word = Loud("abc")
print([type(c).__name__ for c in word], list(word), list(reversed(word)))
print([c for c in UserString("xy")], [type(c).__name__ for c in reversed(UserString("xy"))])
print(UserList.__iter__.__qualname__, UserString.__reversed__.__qualname__)
print(UserString.__rmul__ is UserString.__mul__, UserList.__rmul__ is UserList.__mul__)

big = UserList([1, 2])
big += (3,)
big += UserList([4])
print(big, [0] + big, (5, 6) + big, big + "ab", 2 * big)
try:
    big + 1
except TypeError as err:
    print("TypeError:", err)
