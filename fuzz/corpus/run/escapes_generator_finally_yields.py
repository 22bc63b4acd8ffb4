# A dropped generator whose finally yields again: "generator ignored
# GeneratorExit" is reported and dropped, the run goes on, and the
# generator is not closed twice.
# expect-output: finally 1
# expect-output: end
runs = [0]


def stubborn():
    try:
        yield 1
    finally:
        runs[0] += 1
        print("finally", runs[0])
        yield 2


g = stubborn()
next(g)
del g
for i in range(3):
    junk = [[] for _ in range(10000)]
print("end")
