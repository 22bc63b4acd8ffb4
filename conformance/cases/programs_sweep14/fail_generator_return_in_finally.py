# A generator closed twice and sent to after closing.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = numbers()
print(next(g))
g.close()
g.close()
print("closed twice fine")
g.send(None)
