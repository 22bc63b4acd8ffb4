# A misspelt local variable inside a function: the frame's locals come first.
def total(prices):
    subtotal = 0
    for p in prices:
        subtotal += p
    return subtotl


print(total([1, 2, 3]))
