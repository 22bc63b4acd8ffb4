# moat policy: vars() without an argument (locals()) is left out of the
# sandbox; vars(obj) works.
try:
    print(vars())
except TypeError as e:
    print(str(e))
print("done")
