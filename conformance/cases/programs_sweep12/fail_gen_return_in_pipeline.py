def numbers(limit):
    for i in range(limit):
        yield i
    return "numbers done"


def squares(src):
    result = yield from ((x * x) for x in src)
    return result


def checked(src):
    result = yield from src
    print("inner returned", result)
    for x in []:
        yield x


print(list(checked(numbers(4))))
print(list(checked(squares(range(3)))))
gen = numbers(2)
print(next(gen), next(gen))
next(gen)
