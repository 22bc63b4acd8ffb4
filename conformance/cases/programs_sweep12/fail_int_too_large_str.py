import sys


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


for n in (10, 100, 1000):
    s = str(fib(n))
    print(n, len(s), s[:20])
print(sys.get_int_max_str_digits())
big = fib(25000)
print(big.bit_length())
print(len(str(big)))
