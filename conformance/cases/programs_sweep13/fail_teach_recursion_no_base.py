def countdown(n):
    print(n, end=" ") if n > 995 else None
    return countdown(n - 1)


def factorial(n):
    if n == 0:
        return 1
    return n * factorial(n - 1)


print(factorial(10))
countdown(1000)
