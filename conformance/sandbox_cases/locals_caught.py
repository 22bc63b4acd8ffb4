# moat policy: locals() is left out of the sandbox.
def f():
    a = 1
    try:
        return locals()
    except NameError as e:
        return str(e)


print(f())
