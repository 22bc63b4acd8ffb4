# Errors specific to starred unpacking.
def take(seq):
    a, *b, c, d = seq
    return a, b, c, d


for seq in ([1, 2, 3], [1, 2], [1], "abcdef"):
    try:
        print(take(seq))
    except ValueError as e:
        print("ValueError", e)
try:
    first, *rest = 10
except TypeError as e:
    print("TypeError", e)
try:
    first, *rest = None
except TypeError as e:
    print("TypeError", e)
