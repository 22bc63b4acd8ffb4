# A generator that tries to advance itself from inside its own body.
def countdown(n):
    while n > 0:
        if n == 2:
            next(gen)
        yield n
        n -= 1


gen = countdown(4)
print(next(gen), next(gen))
print(next(gen))
