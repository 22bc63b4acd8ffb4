# Feeding generators into builtins.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


print(list(countdown(5)), sum(countdown(100)), max(countdown(7)), sorted(countdown(4)))
print(list(zip(countdown(3), "abc")), list(enumerate(countdown(2))), dict(zip("xyz", countdown(3))))
print(any(v == 3 for v in countdown(5)), all(countdown(3)), list(map(str, countdown(3))))
print(list(filter(lambda v: v % 2, countdown(9))), tuple(countdown(3)), set(countdown(3)))
print(", ".join(str(v) for v in countdown(4)), min(countdown(6), key=lambda v: abs(v - 3)))
print(list(reversed(list(countdown(3)))), next(countdown(9)), len(list(countdown(50))))
