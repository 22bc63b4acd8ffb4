# Multiplying two million-digit ints over and over: each product is charged
# for its limb work before GMP starts.
# args: --max-instructions 100000000
# limit: instructions
x = 7 ** 1200000
while True:
    y = x * x
