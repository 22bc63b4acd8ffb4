# 2 ** (10 ** 12): the result alone would need 125 GB of digits.
# limit: memory
x = 2 ** (10 ** 12)
