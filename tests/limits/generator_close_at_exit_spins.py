# The exit cleanup runs under the script's limits: a suspended generator
# whose finally loops forever is stopped by the instruction limit.
# args: --max-instructions 1000000
# limit: instructions
def stubborn():
    try:
        yield 1
    finally:
        while True:
            pass

g = stubborn()
next(g)
print("script done")
# expect-output: script done
