# %-formatting an exact int with no width or precision writes its digits
# directly in CPython, with no "while getting the str of an object" step,
# so it still works in the deepest frame of a runaway recursion; a width, a
# bool or another type goes through str() and fails there.


def run(action):
    levels = []

    def dive(n):
        try:
            dive(n + 1)
        except RecursionError:
            levels.append(n)
            action(n)
            raise

    try:
        dive(0)
    except RecursionError as e:
        return (len(levels) > 1, str(e))


class Named:
    def __str__(self):
        return "named"


actions = {
    "'%s' % n": lambda n: "%s" % n,
    "'%r' % n": lambda n: "%r" % n,
    "'%a' % n": lambda n: "%a" % n,
    "'%5s' % n": lambda n: "%5s" % n,
    "'%.2s' % n": lambda n: "%.2s" % n,
    "'%d' % n": lambda n: "%d" % n,
    "'%x' % n": lambda n: "%x" % n,
    "'%s' % 'x'": lambda n: "%s" % "x",
    "'%s' % Named()": lambda n: "%s" % Named(),
    "f'{n}'": lambda n: f"{n}",
    "f'{n!r}'": lambda n: f"{n!r}",
}
for name, action in actions.items():
    print(name, run(action))
print("%s|%r|%a|%s|%r" % (5, -7, 10**20, True, False))
