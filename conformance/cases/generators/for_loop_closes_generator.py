# A generator made by the call a `for` loop iterates is closed when the loop
# is left early (break, return, an exception): its finally and except
# GeneratorExit blocks run right there, before the next statement.
def numbers(label):
    try:
        for i in range(10):
            yield i
    finally:
        print("close", label)


for n in numbers("break"):
    if n == 2:
        break
print("after break")


def first_even(label):
    for n in numbers(label):
        if n % 2 == 0 and n > 0:
            return n


print("first even", first_even("return"))

try:
    for n in numbers("error"):
        if n == 1:
            raise ValueError("stop")
except ValueError as e:
    print("caught", e)


def outer():
    for n in numbers("outer"):
        for m in numbers("inner"):
            if m == 1:
                raise KeyError(n)


try:
    outer()
except KeyError as e:
    print("KeyError", e)

print([n for n in numbers("comprehension")][:3])
for n in numbers("exhausted"):
    pass
print("exhausted loop done")


def watcher():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise


for x in watcher():
    break
print("after watcher")

for x in (y * 2 for y in numbers("under a genexpr")):
    if x > 2:
        break
print("genexpr loop over")


def search(words, target):
    for i, w in ((i, w) for i, w in zip(range(100), words)):
        if w == target:
            return i
    return -1


print(search(["a", "b", "c"], "b"))


class Tree:
    def __init__(self, name, *kids):
        self.name = name
        self.kids = kids

    def walk(self):
        try:
            yield self.name
            for k in self.kids:
                yield from k.walk()
        finally:
            print("leave", self.name)


t = Tree("root", Tree("a", Tree("a1")), Tree("b"))
for name in t.walk():
    print("visit", name)
    if name == "a1":
        break
print("walk stopped")

try:
    for n in numbers("exception passes through"):
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

count = 0
while True:
    for n in numbers(f"pass {count}"):
        if n == count:
            break
    count += 1
    if count == 2:
        break
print("while done")
