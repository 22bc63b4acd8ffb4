# Each step doubles the list in place.
# limit: memory
x = [0]
while True:
    x.extend(x)
