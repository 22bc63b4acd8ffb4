def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((n, src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def binary_strings(n, prefix=""):
    if len(prefix) == n:
        return [prefix]
    out = binary_strings(n, prefix + "0")
    if not prefix.endswith("1"):
        out += binary_strings(n, prefix + "1")
    return out


moves = hanoi(4)
print(len(moves), moves[:5])
print(power_set(["a", "b", "c"]))
print(list(flatten([1, [2, (3, [4, 5]), []], [[[6]]], 7])))
print(gcd(1071, 462), gcd(17, 5), [ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))
print(binary_strings(4), len(binary_strings(10)))
