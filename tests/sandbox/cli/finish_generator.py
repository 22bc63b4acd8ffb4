# Exit cleanup closes a suspended generator, whose finally block prints.
def gen():
    try:
        yield 1
    finally:
        print("generator closed")

g = gen()
next(g)
print("end of script")
