# A big int shifted left by ever larger amounts: its digits are charged.
# limit: memory
x = 1
n = 1
while True:
    x = x << n
    n *= 2
