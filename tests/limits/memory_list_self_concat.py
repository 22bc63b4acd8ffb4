# Each step doubles the list.
# limit: memory
x = [0]
while True:
    x = x + x
