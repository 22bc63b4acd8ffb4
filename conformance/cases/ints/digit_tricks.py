# Common exercises on digits of integers.
def digit_sum(n):
    n = abs(n)
    total = 0
    while n:
        total += n % 10
        n //= 10
    return total


def reverse_number(n):
    sign = -1 if n < 0 else 1
    n = abs(n)
    rev = 0
    while n > 0:
        rev = rev * 10 + n % 10
        n //= 10
    return sign * rev


def is_palindrome(n):
    return n >= 0 and reverse_number(n) == n


def is_armstrong(n):
    s = str(n)
    return n == sum(int(c) ** len(s) for c in s)


print([digit_sum(n) for n in (0, 7, 123, -456, 99999, 2 ** 100)])
print([reverse_number(n) for n in (0, 120, -123, 1000001, 12345678901234567890)])
print([n for n in range(100, 200) if is_palindrome(n)])
print([n for n in range(1, 10000) if is_armstrong(n)])
print(digit_sum(2 ** 1000))
n = 9875
while n >= 10:
    n = digit_sum(n)
    print("root step", n)
lychrel_steps = []
for start in (56, 57, 59, 89):
    n, steps = start, 0
    while not is_palindrome(n):
        n += reverse_number(n)
        steps += 1
    lychrel_steps.append((start, steps, n))
print(lychrel_steps)
