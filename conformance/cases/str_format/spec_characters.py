# Odd characters in specs and names: spaces, NUL conversion, digits of other scripts.
print("{0: >5}|".format("a"), "{0:  ^5}|".format(1) if False else "-")
print("{\u0661}".format("zero", "one"), "{0[\u0662]}".format("abc"))
print(repr("{0!\x00}".format(1)))
try:
    print("{0!\x01}".format(1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("{0: <5x}".format(1))
except ValueError as e:
    print(type(e).__name__, e)
