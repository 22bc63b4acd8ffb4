# Integer modulo by zero inside a comprehension.
divisors = [3, 2, 1, 0]
print("remainders of 10 by", divisors)
print([10 % d for d in divisors])
