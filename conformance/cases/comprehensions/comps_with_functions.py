# Comprehensions calling functions and methods.
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print([n for n in range(50) if is_prime(n)])
print({n: collatz(n) for n in range(1, 11)})
print(max(range(1, 1000), key=collatz), sum(collatz(n) for n in range(1, 100)))
names = ["  ann ", "BOB", " cid"]
print([n.strip().capitalize() for n in names])
records = ["ann:31", "bob:27", "cid:45"]
print({name: int(age) for name, age in (r.split(":") for r in records)})
print([f"{x}^2={x * x}" for x in range(4)])
