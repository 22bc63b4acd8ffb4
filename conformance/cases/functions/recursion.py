# Recursive functions.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]


def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(factorial(0), factorial(10), factorial(25))
print(gcd(1071, 462), gcd(17, 0))
print(power_set([1, 2, 3]))
print(permutations("abc"), len(permutations("abcde")))
print(hanoi(3, "A", "C", "B", []), len(hanoi(10, "A", "C", "B", [])))
print(ackermann(2, 3), ackermann(3, 3))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(400))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(77), is_even(7))
