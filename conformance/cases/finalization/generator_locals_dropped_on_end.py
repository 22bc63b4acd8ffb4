# A generator's locals go when it ends, as CPython clears its frame: when a
# for loop's break closes it, when close() is called, and when it returns;
# a __del__ among them runs before the caller goes on.


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("released", self.name)


def rows(name):
    handle = Resource(name)
    try:
        for i in range(3):
            yield i
    finally:
        print("closing", name)


for row in rows("loop"):
    if row == 1:
        break
print("after break")

g = rows("explicit")
next(g)
g.close()
print("after close")

print(list(rows("exhausted")))
print("after exhaustion")


def first_match(name, wanted):
    for row in rows(name):
        if row == wanted:
            return row


print(first_match("search", 2))
print("after search")
