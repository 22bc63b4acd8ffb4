from itertools import accumulate
import operator

deposits = [100, -20, 35, -80, 200, -150, 10]
balance = list(accumulate(deposits))
print(balance, min(balance), max(balance))
print(list(accumulate(deposits, max)), list(accumulate(deposits, operator.mul))[-1])
print(list(accumulate(deposits, lambda a, b: a + b if a + b >= 0 else 0)))
low_points = [i for i, b in enumerate(balance) if b == min(balance)]
print("lowest after transaction", low_points)
print(list(accumulate(range(1, 8), initial=100)), list(accumulate([], initial=0)))
