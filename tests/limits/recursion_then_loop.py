# Catching RecursionError and recursing again forever: the instruction
# budget still ends it.
# args: --max-instructions 1000000
# limit: instructions
def f():
    f()

while True:
    try:
        f()
    except RecursionError:
        pass
