def classic(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)


def table(n, rules=((3, "Fizz"), (5, "Buzz"), (7, "Bazz"))):
    return "".join(word for d, word in rules if n % d == 0) or str(n)


print(" ".join(classic(i) for i in range(1, 16)))
print(" ".join(table(i) for i in range(100, 106)), table(105))
print([i for i in range(1, 50) if table(i).endswith("zz") and len(table(i)) > 4])
print(sum(1 for i in range(1, 1001) if classic(i) == "FizzBuzz"))
