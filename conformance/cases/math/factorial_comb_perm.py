# factorial, comb and perm.
import math

print([math.factorial(n) for n in range(11)])
print(math.factorial(50))
print(len(str(math.factorial(1000))), math.factorial(20) == 2432902008176640000)
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(10, 0), math.perm(3, 5), math.perm(52, 5), math.perm(20, 20) == math.factorial(20))
print([math.comb(6, k) for k in range(7)], sum(math.comb(20, k) for k in range(21)) == 2 ** 20)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(5.0)
except TypeError as e:
    print("TypeError", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError", e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    math.comb(5, -2)
except ValueError as e:
    print("ValueError", e)
try:
    math.perm(5, -1)
except ValueError as e:
    print("ValueError", e)
try:
    math.comb(5.0, 2)
except TypeError as e:
    print("TypeError", e)
try:
    math.comb(5)
except TypeError as e:
    print("TypeError", e)
