# The @ operator is unsupported on built-in types.
try:
    [[1]] @ [[1]]
except TypeError as e:
    print("TypeError", e)
try:
    m = 3
    m @= 2
except TypeError as e:
    print("TypeError", e)
print("done")
