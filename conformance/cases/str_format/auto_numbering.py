# Automatic field numbering: each "{}" takes the next positional argument.
print("{} {} {}".format("a", "b", "c"))
print("{}{}".format(1, 2), "[{}]".format(""), "{}".format(None))
print("x{}y{}z".format([1, 2], (3,)))
print("{}".format("only"), "none".format(1, 2, 3))
print("{:>4}|{:<4}|".format(1, 2))
print("{!r}-{!s}".format("q", "q"))
